import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoMeasures } from '@weegschaal/core';
import type { LessonInput } from '@weegschaal/core';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { DatabaseHandle } from '../database.ts';
import { upsertMeasure } from '../measure/measure.repository.ts';
import { countAuditEvents, verifyAuditLog } from '../audit/audit-event.repository.ts';
import { createLesson, getLesson, listLessons, updateLesson } from './lesson-learned.repository.ts';
import { createDossier, listDossiers } from './dossier.repository.ts';
import { createPlaybook, listPlaybooks } from './playbook.repository.ts';
import { searchKnowledge } from './knowledge-search.repository.ts';
import { loadDemoKnowledge } from './demo-knowledge-loader.ts';

const actor = { userId: null, username: 'test', role: 'system' };
const now = new Date('2026-11-24T09:00:00Z');

const lesson = (over: Partial<LessonInput> = {}): LessonInput => ({
  title: 'Noodopvang tijdens de sluiting',
  whatHappened: 'De school bleef dicht; de noodopvang liep vol.',
  whatWeLearned: 'Spreek vooraf af wie noodopvang krijgt.',
  followUp: 'Draaiboek noodopvang opstellen.',
  followUpOwner: 'OCW',
  status: 'open',
  occurredOn: '2021-01-04',
  dossierId: null,
  links: [{ type: 'measure', measureCode: 'scholen' }],
  ...over,
});

describe.each(testDatabaseTargets())('knowledge base on $kind', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
    for (const m of demoMeasures()) await upsertMeasure(handle.db, m);
  });
  afterAll(() => handle.close());

  it('finds Dutch word forms: "scholen" finds a text that only says "school", with a marked snippet', async () => {
    const created = await createLesson(handle.db, actor, lesson(), now);
    expect(created.links).toEqual([
      { target: { type: 'measure', measureCode: 'scholen' }, label: 'Sluiting van scholen' },
    ]);
    const found = await searchKnowledge(handle.db, 'scholen');
    const hit = found.hits.find((h) => h.id === created.id);
    expect(hit?.type).toBe('lesson');
    expect(hit?.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase())).toContain(
      'school',
    );
    // the snippet is the text itself, cut into parts: nothing is added or lost
    expect(hit?.snippet.map((p) => p.text).join('')).toContain('school bleef dicht; de noodopvang');
    const excluded = await searchKnowledge(handle.db, 'scholen -noodopvang');
    expect(excluded.hits.map((h) => h.id)).not.toContain(created.id);
    expect((await searchKnowledge(handle.db, 'rekenachterstand')).hits).toEqual([]);
  });

  it('ranks a title match above a body match', async () => {
    const inTitle = await createLesson(
      handle.db,
      actor,
      lesson({ title: 'Avondklok en jongeren', whatHappened: 'Rellen in januari.' }),
      now,
    );
    const inBody = await createLesson(
      handle.db,
      actor,
      lesson({ title: 'Handhaving', whatHappened: 'De avondklok vroeg veel van de boa’s.' }),
      now,
    );
    const ids = (await searchKnowledge(handle.db, 'avondklok')).hits.map((h) => h.id);
    expect(ids.indexOf(inTitle.id)).toBeLessThan(ids.indexOf(inBody.id));
    expect(ids.indexOf(inBody.id)).toBeGreaterThanOrEqual(0);
  });

  it('keeps the search index in step with edits, and records them in the audit trail', async () => {
    const created = await createLesson(handle.db, actor, lesson({ title: 'Thuiswerken' }), now);
    const events = await countAuditEvents(handle.db);
    await updateLesson(
      handle.db,
      actor,
      created.id,
      lesson({
        title: 'Thuiswerken',
        whatHappened: 'Kantoren bleven maandenlang leeg.',
        status: 'done',
      }),
      now,
    );
    expect((await getLesson(handle.db, created.id)).status).toBe('done');
    const hits = (await searchKnowledge(handle.db, 'kantoor')).hits.map((h) => h.id);
    expect(hits).toContain(created.id);
    expect(await countAuditEvents(handle.db)).toBe(events + 1);
    expect((await verifyAuditLog(handle.db)).ok).toBe(true);
    expect((await listLessons(handle.db, { status: 'done' })).map((l) => l.id)).toEqual([
      created.id,
    ]);
  });

  it('refuses a link to a fiche that does not exist, naming the link, and writes nothing', async () => {
    const before = (await listLessons(handle.db)).length;
    await expect(
      handle.db
        .transaction()
        .execute((trx) =>
          createLesson(
            trx,
            actor,
            lesson({ links: [{ type: 'fiche', measureCode: 'scholen', level: 3, version: 99 }] }),
            now,
          ),
        ),
    ).rejects.toMatchObject({
      kind: 'invalid-input',
      invalidParams: [
        expect.objectContaining({
          name: 'links[0]',
          reason: 'no fiche scholen level 3 version 99',
        }),
      ],
    });
    expect((await listLessons(handle.db)).length).toBe(before);
  });

  it('flags playbooks whose review date has passed', async () => {
    const base = {
      kind: 'protocol' as const,
      sector: 'Sport',
      owner: 'VWS',
      body: 'Protocol voor sportclubs.',
      lastReviewedOn: null,
      links: [],
    };
    const stale = await createPlaybook(
      handle.db,
      actor,
      { ...base, title: 'Oud protocol', reviewBy: '2026-11-23' },
      now,
    );
    const current = await createPlaybook(
      handle.db,
      actor,
      { ...base, title: 'Nieuw protocol', reviewBy: '2026-11-24' },
      now,
    );
    const all = await listPlaybooks(handle.db, '2026-11-24');
    expect(all.find((p) => p.id === stale.id)?.review).toMatchObject({
      stale: true,
      daysOverdue: 1,
    });
    expect(all.find((p) => p.id === current.id)?.review.stale).toBe(false);
    const staleOnly = await listPlaybooks(handle.db, '2026-11-24', { staleOnly: true });
    expect(staleOnly.map((p) => p.id)).toEqual([stale.id]);
  });

  it('loads the demo knowledge base labelled demo, once', async () => {
    await loadDemoKnowledge(handle.db, now);
    const events = await countAuditEvents(handle.db);
    await loadDemoKnowledge(handle.db, now);
    expect(await countAuditEvents(handle.db)).toBe(events);
    const dossiers = await listDossiers(handle.db);
    expect(dossiers.length).toBe(2);
    expect(dossiers.every((d) => d.demo)).toBe(true);
    const demoLessons = (await listLessons(handle.db)).filter((l) => l.demo);
    expect(demoLessons.length).toBe(4);
    expect(demoLessons.filter((l) => l.dossierId !== null).length).toBe(2);
    const curfew = await searchKnowledge(handle.db, 'avondklokken');
    expect(curfew.hits.some((h) => h.demo && h.type === 'dossier')).toBe(true);
    const created = await createDossier(
      handle.db,
      actor,
      {
        title: 'Cultuur',
        theme: 'Cultuur',
        summary: 'x',
        strategicAdvice: '',
        owner: 'OCW',
        reviewBy: null,
        links: [],
      },
      now,
    );
    expect(created.demo).toBe(false);
  });
});
