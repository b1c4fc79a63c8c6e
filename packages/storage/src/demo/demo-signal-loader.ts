import { randomUUID } from 'node:crypto';
import {
  SIGNAL_TEXT_RETENTION_DAYS,
  amsterdamDate,
  amsterdamYear,
  clusterSignals,
  demoPracticeCircles,
  demoSignals,
  formatReference,
  regionPartsOf,
  reporterPseudonym,
  scrubPersonalData,
} from '@weegschaal/core';
import type { Executor } from '../database.ts';
import { chunksFor } from '../bulk/chunk.ts';
import { copyInto, copyNumber, copyText } from '../bulk/copy.ts';
import { pseudonymSecret } from '../signal/signal.repository.ts';

export interface DemoSignalLoadReport {
  practiceCircles: number;
  signals: number;
  signalClusters: number;
}

export const DEMO_REPORTER_USERNAME = 'demo-praktijkkring';

/**
 * Loads the demo practice circles (replaced by code), puts the demo reporter in the young
 * people's circle, and replaces all demo signals with a fresh generation ending in the last
 * complete week before `now`. Texts go through the scrubber like any intake; texts older than
 * the retention period are stored already deleted, as the retention job would leave them.
 */
export async function loadDemoSignals(db: Executor, now: Date): Promise<DemoSignalLoadReport> {
  const circles = demoPracticeCircles();
  const circleIds = new Map<string, string>();
  for (const c of circles) {
    const row = await db
      .insertInto('practice_circle')
      .values({
        code: c.code,
        name_nl: c.nameNl,
        name_en: c.nameEn,
        target_group: c.targetGroup,
        source_kind: c.sourceKind,
        member_organisations: JSON.stringify(c.memberOrganisations),
        description: c.description,
        is_demo: true,
      })
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          name_nl: eb.ref('excluded.name_nl'),
          name_en: eb.ref('excluded.name_en'),
          target_group: eb.ref('excluded.target_group'),
          source_kind: eb.ref('excluded.source_kind'),
          member_organisations: eb.ref('excluded.member_organisations'),
          description: eb.ref('excluded.description'),
          is_demo: true,
        })),
      )
      .returning('id')
      .executeTakeFirstOrThrow();
    circleIds.set(c.code, row.id);
  }
  const reporter = await db
    .selectFrom('user_account')
    .select('id')
    .where('username', '=', DEMO_REPORTER_USERNAME)
    .executeTakeFirst();
  if (reporter)
    await db
      .insertInto('practice_circle_member')
      .values({ circle_id: circleIds.get('young-people')!, account_id: reporter.id })
      .onConflict((oc) => oc.columns(['circle_id', 'account_id']).doNothing())
      .execute();

  await db.deleteFrom('signal').where('is_demo', '=', true).execute();
  await db.deleteFrom('signal_cluster').where('is_demo', '=', true).execute();

  const today = amsterdamDate(now);
  const generated = demoSignals(today);
  const secret = await pseudonymSecret(db);
  const pseudonyms = new Map<string, string>();
  for (const s of generated)
    if (!pseudonyms.has(s.reporterKey))
      pseudonyms.set(s.reporterKey, await reporterPseudonym(secret, s.reporterKey));
  const retentionStart = now.getTime() - SIGNAL_TEXT_RETENTION_DAYS * 86_400_000;
  const ids: string[] = generated.map(() => randomUUID());
  const scrubbed = generated.map((s) => scrubPersonalData(s.text));
  const expired = generated.map((s) => Date.parse(s.createdAt) < retentionStart);

  const groups = clusterSignals(
    generated.map((s, i) => ({
      id: ids[i]!,
      gemeenteCode: s.gemeenteCode,
      observedOn: s.observedOn,
      text: expired[i] ? null : scrubbed[i]!.text,
    })),
  );
  const clusterOf = new Map<string, string>();
  const clusterRows = groups.map((g, i) => {
    const id = randomUUID();
    for (const m of g.memberIds) clusterOf.set(m, id);
    const first = generated[ids.indexOf(g.memberIds[0]!)]!;
    return {
      id,
      reference: formatReference('CL', amsterdamYear(now), i + 1).replace('CL-', 'CL-DEMO-'),
      gemeente_code: g.gemeenteCode,
      domain: first.domain,
      explanation: g.explanation,
      is_demo: true,
      created_at: now,
    };
  });
  for (const chunk of chunksFor(clusterRows, 7))
    await db.insertInto('signal_cluster').values(chunk).execute();

  const sequence = new Map<number, number>();
  const rows = generated.map((s, i) => {
    const year = Number(s.createdAt.slice(0, 4));
    const n = (sequence.get(year) ?? 0) + 1;
    sequence.set(year, n);
    const parts = regionPartsOf(s.gemeenteCode)!;
    const createdAt = new Date(s.createdAt);
    return {
      id: ids[i]!,
      reference: formatReference('SIG', year, n).replace('SIG-', 'SIG-DEMO-'),
      circle_id: circleIds.get(s.circleCode) ?? null,
      reporter_pseudonym: pseudonyms.get(s.reporterKey)!,
      text: expired[i] ? null : scrubbed[i]!.text,
      scrub_report: JSON.stringify({ total: scrubbed[i]!.total, masked: scrubbed[i]!.masked }),
      region_code: s.gemeenteCode,
      gemeente_code: parts.gemeenteCode,
      wijk_code: parts.wijkCode,
      observed_on: s.observedOn,
      domain: s.domain,
      target_group: s.targetGroup,
      people_count: s.peopleCount,
      knowledge_source: s.knowledgeSource,
      status: s.status,
      urgency: s.urgency,
      assignee_account_id: null,
      due_at: null,
      interpretation: s.interpretation,
      linked_indicator_codes: '[]',
      cluster_id: clusterOf.get(ids[i]!) ?? null,
      is_demo: true,
      created_at: createdAt,
      text_deleted_at: expired[i] ? new Date(retentionStart) : null,
    };
  });
  // COPY: thousands of rows in one statement, a fraction of the time of multi-row inserts
  const text = (v: string | null) => (v === null ? '\\N' : copyText(v));
  const columns = Object.keys(rows[0] ?? {}) as (keyof (typeof rows)[number])[];
  const line = (row: (typeof rows)[number]) =>
    columns
      .map((c) => {
        const v = row[c];
        if (v === null) return '\\N';
        if (v instanceof Date) return v.toISOString();
        if (typeof v === 'boolean') return v ? 't' : 'f';
        if (typeof v === 'number') return copyNumber(v);
        return copyText(v);
      })
      .join('\t') + '\n';
  if (rows.length > 0)
    await copyInto(db, `signal (${columns.join(', ')})`, [rows.map(line).join('')]);

  // the history a signal at its status has: created, then each workflow step
  const order = ['new', 'triaged', 'interpreted', 'closed'] as const;
  const events: string[] = [];
  generated.forEach((s, i) => {
    const at = Date.parse(s.createdAt);
    const steps = order.indexOf(s.status);
    events.push(
      `${ids[i]}\tcreated\t\\N\tnew\t${text(pseudonyms.get(s.reporterKey)!)}\t${new Date(at).toISOString()}\n`,
    );
    for (let k = 1; k <= steps; k++)
      events.push(
        `${ids[i]}\ttransition\t${order[k - 1]}\t${order[k]}\t\\N\t${new Date(at + k * 3_600_000).toISOString()}\n`,
      );
  });
  if (events.length > 0)
    await copyInto(
      db,
      'signal_event (signal_id, kind, from_status, to_status, actor_pseudonym, at)',
      [events.join('')],
    );

  return {
    practiceCircles: circles.length,
    signals: rows.length,
    signalClusters: clusterRows.length,
  };
}
