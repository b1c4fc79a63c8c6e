import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError, InvalidTransitionError, demoMeasures } from '@weegschaal/core';
import type { FicheContent } from '@weegschaal/core';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { DatabaseHandle } from '../database.ts';
import { upsertMeasure } from '../measure/measure.repository.ts';
import {
  countFiches,
  createFicheVersion,
  getFicheVersion,
  listAdoptedFiches,
  listFicheSummaries,
  listFicheTransitions,
  listFicheVersions,
  transitionFicheVersion,
} from './fiche.repository.ts';

const content = (shortTerm: number, summary = 'Scholen dicht'): FicheContent => ({
  summary,
  impacts: [
    {
      target: { kind: 'group', code: 'young-people' },
      shortTerm: shortTerm as -1,
      longTerm: -2,
      evidence: 'moderate',
      uncertainty: 'medium',
      explanation: 'Leerachterstand',
      sources: [{ citation: 'NRO', url: 'https://www.nro.nl' }],
      mitigations: ['Noodopvang'],
    },
  ],
  rights: [{ rightId: 'crc-28', note: 'Onderwijs' }],
});

const key = { measureCode: 'scholen', level: 3 };

describe.each(testDatabaseTargets())('fiche repository on $kind', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
    await upsertMeasure(
      handle.db,
      demoMeasures().find((m) => m.code === 'scholen')!,
    );
  });
  afterAll(() => handle.close());

  const create = (c: FicheContent, author = 'anna', changeNote = 'eerste opzet') =>
    handle.db
      .transaction()
      .execute((trx) => createFicheVersion(trx, key, { content: c, author, changeNote }));
  const move = (
    version: number,
    to: 'draft' | 'in-review' | 'adopted' | 'archived',
    author = 'bob',
  ) =>
    handle.db
      .transaction()
      .execute((trx) => transitionFicheVersion(trx, key, version, to, author, `naar ${to}`));

  it('stores a new version as a draft with who made it and why, content intact', async () => {
    const v1 = await create(content(-1));
    expect(v1).toMatchObject({
      ...key,
      version: 1,
      status: 'draft',
      author: 'anna',
      changeNote: 'eerste opzet',
      demo: false,
    });
    expect(v1.content).toEqual(content(-1));
    expect(await getFicheVersion(handle.db, key, 1)).toEqual(v1);
  });

  it('supersedes an open draft without overwriting it', async () => {
    const v2 = await create(content(-2), 'carla', 'scores herzien');
    expect(v2.version).toBe(2);
    const versions = await listFicheVersions(handle.db, key);
    expect(versions.map((v) => [v.version, v.status, v.content.impacts[0]?.shortTerm])).toEqual([
      [1, 'archived', -1],
      [2, 'draft', -2],
    ]);
    expect((await listFicheTransitions(handle.db, key)).at(-1)).toMatchObject({
      version: 1,
      from: 'draft',
      to: 'archived',
      author: 'carla',
      reason: 'Superseded by version 2.',
    });
  });

  it('walks the workflow, blocks new versions during review, and records every step', async () => {
    await move(2, 'in-review');
    await expect(create(content(-3))).rejects.toThrow(/in review/);
    await expect(move(2, 'archived')).rejects.toBeInstanceOf(InvalidTransitionError);
    const adopted = await move(2, 'adopted', 'voorzitter');
    expect(adopted.status).toBe('adopted');
    expect(
      (await listAdoptedFiches(handle.db)).map((f) => [f.measureCode, f.level, f.version]),
    ).toEqual([['scholen', 3, 2]]);
    const steps = (await listFicheTransitions(handle.db, key)).map(
      (t) => `${t.version}:${t.from}>${t.to}:${t.author}`,
    );
    expect(steps).toEqual([
      '1:draft>archived:carla',
      '2:draft>in-review:bob',
      '2:in-review>adopted:voorzitter',
    ]);
  });

  it('archives the previously adopted version when a newer one is adopted', async () => {
    await create(content(-3), 'anna', 'nieuwe inzichten');
    await move(3, 'in-review');
    await move(3, 'adopted');
    const versions = await listFicheVersions(handle.db, key);
    expect(versions.map((v) => v.status)).toEqual(['archived', 'archived', 'adopted']);
    const [summary] = await listFicheSummaries(handle.db);
    expect(summary).toMatchObject({
      ...key,
      latestVersion: 3,
      latestStatus: 'adopted',
      adoptedVersion: 3,
    });
    expect(await countFiches(handle.db)).toEqual({ fiches: 1, versions: 3, adopted: 1, demo: 0 });
  });

  it('rejects invalid fiches and unknown versions with domain errors', async () => {
    const bad = { ...content(-1), rights: [{ rightId: 'echr-99', note: 'x' }] };
    const error = await create(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).invalidParams.map((p) => p.name)).toEqual([
      'content.rights.0.rightId',
    ]);
    await expect(
      handle.db
        .transaction()
        .execute((trx) =>
          createFicheVersion(
            trx,
            { measureCode: 'scholen', level: 0 },
            { content: content(-1), author: 'a', changeNote: '' },
          ),
        ),
    ).rejects.toThrow(/invalid/);
    await expect(move(99, 'in-review')).rejects.toThrow(
      "Fiche version 'scholen/3 v99' does not exist.",
    );
    await expect(
      listFicheVersions(handle.db, { measureCode: 'scholen', level: 1 }),
    ).rejects.toThrow(/does not exist/);
  });
});
