import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import {
  DEFAULT_CLUSTER_OPTIONS,
  DomainError,
  amsterdamDate,
  amsterdamYear,
  findNearDuplicate,
  formatReference,
  invalidInput,
  isKnowledgeSource,
  isSignalDomain,
  isSignalStatus,
  isTargetGroup,
  isUrgency,
  mayTriage,
  notFound,
  reporterPseudonym,
  scrubPersonalData,
  transitionSignal,
  validateSignalIntake,
} from '@weegschaal/core';
import type {
  PiiKind,
  Principal,
  Signal,
  SignalCluster,
  SignalEvent,
  SignalEventKind,
  SignalIntakeInput,
  SignalTransitionRequest,
  SignalWorkflowStatus,
  ScrubReport,
  ValidSignalIntake,
} from '@weegschaal/core';
import type { Executor } from '../database.ts';
import { getMeta, setMeta } from '../app-meta/app-meta.repository.ts';
import type { SignalClusterRow, SignalEventRow, SignalRow } from './signal.table.ts';

const PSEUDONYM_SECRET_KEY = 'signals.pseudonymSecret';

/**
 * The secret behind reporter pseudonyms: WEEGSCHAAL_PSEUDONYM_SECRET when set (several
 * servers on one database must share it), else a random one made once per database and kept
 * in app_meta, so pseudonyms stay stable across restarts.
 */
export async function pseudonymSecret(
  db: Executor,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const configured = env['WEEGSCHAAL_PSEUDONYM_SECRET'];
  if (configured) return configured;
  const stored = await getMeta(db, PSEUDONYM_SECRET_KEY);
  if (stored) return stored;
  const secret = randomBytes(32).toString('hex');
  await setMeta(db, PSEUDONYM_SECRET_KEY, secret);
  return (await getMeta(db, PSEUDONYM_SECRET_KEY)) ?? secret;
}

function must<T extends string>(value: string, guard: (v: string) => v is T, what: string): T {
  if (!guard(value)) throw new Error(`${what} '${value}' in the database is unknown`);
  return value;
}

export function toSignal(row: SignalRow): Signal {
  return {
    id: row.id,
    reference: row.reference,
    circleId: row.circle_id,
    reporterPseudonym: row.reporter_pseudonym,
    text: row.text,
    scrubReport: {
      total: row.scrub_report.total,
      masked: row.scrub_report.masked.map((m) => ({ kind: m.kind as PiiKind, count: m.count })),
    },
    regionCode: row.region_code,
    gemeenteCode: row.gemeente_code,
    wijkCode: row.wijk_code,
    observedOn: row.observed_on,
    domain: must(row.domain, isSignalDomain, 'domain'),
    targetGroup: must(row.target_group, isTargetGroup, 'target group'),
    peopleCount: row.people_count,
    knowledgeSource: must(row.knowledge_source, isKnowledgeSource, 'knowledge source'),
    status: must(row.status, isSignalStatus, 'status'),
    urgency: row.urgency === null ? null : must(row.urgency, isUrgency, 'urgency'),
    assigneeAccountId: row.assignee_account_id,
    dueAt: row.due_at?.toISOString() ?? null,
    interpretation: row.interpretation,
    linkedIndicatorCodes: row.linked_indicator_codes,
    clusterId: row.cluster_id,
    demo: row.is_demo,
    createdAt: row.created_at.toISOString(),
    textDeletedAt: row.text_deleted_at?.toISOString() ?? null,
  };
}

function toEvent(row: SignalEventRow): SignalEvent {
  const status = (s: string | null): SignalWorkflowStatus | null =>
    s === null ? null : must(s, isSignalStatus, 'status');
  const kinds: readonly SignalEventKind[] = [
    'created',
    'transition',
    'assigned',
    'clustered',
    'text-deleted',
  ];
  const kind = kinds.find((k) => k === row.kind);
  if (!kind) throw new Error(`signal event kind '${row.kind}' in the database is unknown`);
  return {
    id: row.id,
    signalId: row.signal_id,
    kind,
    fromStatus: status(row.from_status),
    toStatus: status(row.to_status),
    actorAccountId: row.actor_account_id,
    actorPseudonym: row.actor_pseudonym,
    note: row.note,
    at: row.at.toISOString(),
  };
}

/** The next SIG-/CL- number of a year; the caller's transaction keeps it unique. */
export async function nextReference(
  db: Executor,
  table: 'signal' | 'signal_cluster',
  prefix: 'SIG' | 'CL',
  year: number,
): Promise<string> {
  // Under READ COMMITTED two intakes at once would both read the same max() and the second
  // would fail on the unique reference (a 500 under load, found by bench/load.bench.ts): a
  // transaction-scoped advisory lock per series makes them take turns until the commit.
  await sql`select pg_advisory_xact_lock(hashtext(${`reference:${prefix}`}))`.execute(db);
  const row = await db
    .selectFrom(table)
    .select(sql<string | null>`max(reference)`.as('last'))
    .where('reference', 'like', `${prefix}-${year}-%`)
    .executeTakeFirst();
  const last = row?.last ? Number(row.last.slice(-6)) : 0;
  return formatReference(prefix, year, last + 1);
}

/** Gemeente names and codes from the region registry, for intake; empty when none loaded. */
export async function gemeenteLookup(db: Executor): Promise<{
  byName: (name: string) => string | undefined;
  known: ((code: string) => boolean) | undefined;
}> {
  const rows = await db
    .selectFrom('region')
    .select(['code', 'name', 'display_name'])
    .where('level', '=', 'gemeente')
    .where('division_to', 'is', null)
    .execute();
  const byName = new Map<string, string>();
  for (const r of rows) {
    byName.set(r.name.toLowerCase(), r.code);
    if (r.display_name) byName.set(r.display_name.toLowerCase(), r.code);
  }
  const codes = new Set(rows.map((r) => r.code));
  return {
    byName: (name) => byName.get(name.trim().toLowerCase()),
    // without a registry (a bare demo database) any well-formed code is taken
    known: codes.size > 0 ? (code) => codes.has(code) : undefined,
  };
}

export interface NewSignal {
  intake: ValidSignalIntake;
  reporterPseudonym: string;
  circleId: string | null;
  now: Date;
  demo?: boolean;
}

async function insertEvent(
  db: Executor,
  event: {
    signalId: string;
    kind: SignalEventKind;
    fromStatus?: SignalWorkflowStatus | null;
    toStatus?: SignalWorkflowStatus | null;
    actorAccountId?: string | null;
    actorPseudonym?: string | null;
    note?: string | null;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('signal_event')
    .values({
      signal_id: event.signalId,
      kind: event.kind,
      from_status: event.fromStatus ?? null,
      to_status: event.toStatus ?? null,
      actor_account_id: event.actorAccountId ?? null,
      actor_pseudonym: event.actorPseudonym ?? null,
      // notes are free text too: scrubbed before they are stored
      note: event.note ? scrubPersonalData(event.note).text : null,
      at: event.at,
    })
    .execute();
}

/**
 * Stores a validated (already scrubbed) signal with its 'created' event, and joins it to a
 * cluster when an earlier signal in the same gemeente is a near duplicate.
 */
export async function insertSignal(db: Executor, input: NewSignal): Promise<Signal> {
  const { intake, now } = input;
  const reference = await nextReference(db, 'signal', 'SIG', amsterdamYear(now));
  const row = await db
    .insertInto('signal')
    .values({
      reference,
      circle_id: input.circleId,
      reporter_pseudonym: input.reporterPseudonym,
      text: intake.text,
      scrub_report: JSON.stringify(intake.scrubReport),
      region_code: intake.regionCode,
      gemeente_code: intake.gemeenteCode,
      wijk_code: intake.wijkCode,
      observed_on: intake.observedOn,
      domain: intake.domain,
      target_group: intake.targetGroup,
      people_count: intake.peopleCount,
      knowledge_source: intake.knowledgeSource,
      status: 'new',
      urgency: null,
      assignee_account_id: null,
      due_at: null,
      interpretation: null,
      linked_indicator_codes: '[]',
      cluster_id: null,
      is_demo: input.demo ?? false,
      created_at: now,
      text_deleted_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await insertEvent(db, {
    signalId: row.id,
    kind: 'created',
    toStatus: 'new',
    actorPseudonym: input.reporterPseudonym,
    at: now,
  });
  await clusterNewSignal(db, toSignal(row), now);
  return getSignal(db, row.id);
}

async function clusterNewSignal(db: Executor, signal: Signal, now: Date): Promise<void> {
  const window = DEFAULT_CLUSTER_OPTIONS.windowDays;
  const candidates = await db
    .selectFrom('signal')
    .select(['id', 'gemeente_code', 'observed_on', 'text', 'cluster_id', 'domain'])
    .where('gemeente_code', '=', signal.gemeenteCode)
    .where('id', '!=', signal.id)
    .where('text', 'is not', null)
    .where(
      sql<boolean>`observed_on between ${signal.observedOn}::date - ${window}::int and ${signal.observedOn}::date + ${window}::int`,
    )
    .execute();
  const match = findNearDuplicate(
    {
      id: signal.id,
      gemeenteCode: signal.gemeenteCode,
      observedOn: signal.observedOn,
      text: signal.text,
    },
    candidates.map((c) => ({
      id: c.id,
      gemeenteCode: c.gemeente_code,
      observedOn: c.observed_on,
      text: c.text,
    })),
  );
  if (!match) return;
  const other = candidates.find((c) => c.id === match.id)!;
  let clusterId = other.cluster_id;
  if (!clusterId) {
    const created = await db
      .insertInto('signal_cluster')
      .values({
        reference: await nextReference(db, 'signal_cluster', 'CL', amsterdamYear(now)),
        gemeente_code: signal.gemeenteCode,
        domain: other.domain,
        explanation: match.explanation,
        is_demo: signal.demo,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    clusterId = created.id;
    await db
      .updateTable('signal')
      .set({ cluster_id: clusterId })
      .where('id', '=', other.id)
      .execute();
    await insertEvent(db, {
      signalId: other.id,
      kind: 'clustered',
      note: match.explanation,
      at: now,
    });
  }
  await db
    .updateTable('signal')
    .set({ cluster_id: clusterId })
    .where('id', '=', signal.id)
    .execute();
  await insertEvent(db, {
    signalId: signal.id,
    kind: 'clustered',
    note: match.explanation,
    at: now,
  });
}

export interface SignalSubmission {
  input: SignalIntakeInput;
  /** the account id of the reporter (or another stable key): only its pseudonym is stored */
  reporterKey: string;
  circleId: string | null;
  now: Date;
  secret: string;
}

/**
 * Intake: validates, scrubs and stores in one go. The original text exists only in this
 * call's arguments; what reaches the database is the scrubbed text and the scrub report.
 */
export async function submitSignal(
  db: Executor,
  submission: SignalSubmission,
  fieldPrefix = 'body.',
): Promise<{ signal: Signal; scrubReport: ScrubReport }> {
  const lookup = await gemeenteLookup(db);
  const result = validateSignalIntake(submission.input, {
    today: amsterdamDate(submission.now),
    fieldPrefix,
    gemeenteByName: lookup.byName,
    ...(lookup.known ? { knownGemeente: lookup.known } : {}),
  });
  if (!result.ok) throw invalidInput('The signal is incomplete or invalid.', result.errors);
  if (submission.circleId) {
    const circle = await db
      .selectFrom('practice_circle')
      .select('id')
      .where('id', '=', submission.circleId)
      .executeTakeFirst();
    if (!circle)
      throw invalidInput('The practice circle does not exist.', [
        {
          name: `${fieldPrefix}circleId`,
          reason: 'no practice circle has this id',
          value: submission.circleId,
        },
      ]);
  }
  const signal = await insertSignal(db, {
    intake: result.value,
    reporterPseudonym: await reporterPseudonym(submission.secret, submission.reporterKey),
    circleId: submission.circleId,
    now: submission.now,
  });
  return { signal, scrubReport: result.value.scrubReport };
}

/** Whose signals someone may read: everyone's for the MIT, one's own for a reporter. */
export type SignalScope = { kind: 'all' } | { kind: 'reporter'; pseudonym: string };

export async function scopeOf(db: Executor, principal: Principal): Promise<SignalScope> {
  if (mayTriage(principal.role)) return { kind: 'all' };
  if (!principal.userId) throw new DomainError('forbidden', 'Log in to read signals.');
  return {
    kind: 'reporter',
    pseudonym: await reporterPseudonym(await pseudonymSecret(db), principal.userId),
  };
}

export async function getSignal(
  db: Executor,
  id: string,
  scope: SignalScope = { kind: 'all' },
): Promise<Signal> {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  let query = db
    .selectFrom('signal')
    .selectAll()
    .where(UUID.test(id) ? 'id' : 'reference', '=', id);
  // another reporter's signal is answered as absent, so its existence is not disclosed
  if (scope.kind === 'reporter') query = query.where('reporter_pseudonym', '=', scope.pseudonym);
  const row = await query.executeTakeFirst();
  if (!row) throw notFound('Signal', id);
  return toSignal(row);
}

export async function signalHistory(db: Executor, signalId: string): Promise<SignalEvent[]> {
  const rows = await db
    .selectFrom('signal_event')
    .selectAll()
    .where('signal_id', '=', signalId)
    .orderBy('at')
    .orderBy('seq')
    .execute();
  return rows.map(toEvent);
}

export interface SignalFilter {
  status?: SignalWorkflowStatus;
  /** a gemeente, wijk, buurt, veiligheidsregio or provincie code */
  region?: string;
  domain?: string;
  targetGroup?: string;
  /** observed on or after, YYYY-MM-DD */
  from?: string;
  /** observed on or before, YYYY-MM-DD */
  to?: string;
  clusterId?: string;
  assigneeAccountId?: string;
}

export async function listSignals(
  db: Executor,
  filter: SignalFilter,
  page: { page: number; pageSize: number },
  scope: SignalScope = { kind: 'all' },
): Promise<{ items: Signal[]; total: number }> {
  let query = db.selectFrom('signal');
  if (scope.kind === 'reporter') query = query.where('reporter_pseudonym', '=', scope.pseudonym);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.domain) query = query.where('domain', '=', filter.domain);
  if (filter.targetGroup) query = query.where('target_group', '=', filter.targetGroup);
  if (filter.from) query = query.where('observed_on', '>=', filter.from);
  if (filter.to) query = query.where('observed_on', '<=', filter.to);
  if (filter.clusterId) query = query.where('cluster_id', '=', filter.clusterId);
  if (filter.assigneeAccountId)
    query = query.where('assignee_account_id', '=', filter.assigneeAccountId);
  if (filter.region) {
    const region = filter.region;
    query = query.where((eb) =>
      eb.or([
        eb('region_code', '=', region),
        eb('gemeente_code', '=', region),
        eb('wijk_code', '=', region),
        eb(
          'gemeente_code',
          'in',
          eb.selectFrom('region_parent').select('region_code').where('parent_code', '=', region),
        ),
      ]),
    );
  }
  const total = await query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('reference', 'desc')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { items: rows.map(toSignal), total: Number(total.n) };
}

/** Moves a signal in the workflow (signal-workflow.ts decides) and records the step. */
export async function applySignalTransition(
  db: Executor,
  id: string,
  request: SignalTransitionRequest,
  actor: Principal,
  now: Date,
): Promise<Signal> {
  const signal = await getSignal(db, id);
  const indicators = await db.selectFrom('indicator').select('code').execute();
  const result = transitionSignal(
    signal,
    request,
    actor.role,
    now,
    new Set(indicators.map((i) => i.code)),
  );
  const c = result.changes;
  await db
    .updateTable('signal')
    .set({
      status: c.status,
      ...(c.urgency !== undefined ? { urgency: c.urgency } : {}),
      ...(c.domain !== undefined ? { domain: c.domain } : {}),
      ...(c.targetGroup !== undefined ? { target_group: c.targetGroup } : {}),
      ...(c.regionCode !== undefined ? { region_code: c.regionCode } : {}),
      ...(c.gemeenteCode !== undefined ? { gemeente_code: c.gemeenteCode } : {}),
      ...(c.wijkCode !== undefined ? { wijk_code: c.wijkCode } : {}),
      ...(c.dueAt !== undefined ? { due_at: c.dueAt === null ? null : new Date(c.dueAt) } : {}),
      ...(c.interpretation !== undefined
        ? { interpretation: scrubPersonalData(c.interpretation).text }
        : {}),
      ...(c.linkedIndicatorCodes !== undefined
        ? { linked_indicator_codes: JSON.stringify(c.linkedIndicatorCodes) }
        : {}),
    })
    .where('id', '=', signal.id)
    .execute();
  await insertEvent(db, {
    signalId: signal.id,
    kind: 'transition',
    fromStatus: result.event.fromStatus,
    toStatus: result.event.toStatus,
    actorAccountId: actor.userId,
    note: result.event.note,
    at: now,
  });
  return getSignal(db, signal.id);
}

/** Assigns a signal to an MIT account (or clears the assignment). */
export async function assignSignal(
  db: Executor,
  id: string,
  assigneeAccountId: string | null,
  actor: Principal,
  now: Date,
): Promise<Signal> {
  const signal = await getSignal(db, id);
  if (signal.status === 'closed')
    throw new DomainError(
      'conflict',
      `Signal ${signal.reference} is closed; it needs no assignee.`,
    );
  if (assigneeAccountId !== null) {
    const account = await db
      .selectFrom('user_account')
      .select(['id', 'role'])
      .where('id', '=', assigneeAccountId)
      .executeTakeFirst();
    if (!account || !mayTriage(account.role as Principal['role']))
      throw invalidInput('Signals are assigned to an MIT account.', [
        {
          name: 'body.assigneeAccountId',
          reason: account ? `role '${account.role}' does not triage signals` : 'no such account',
          value: assigneeAccountId,
        },
      ]);
  }
  await db
    .updateTable('signal')
    .set({ assignee_account_id: assigneeAccountId })
    .where('id', '=', signal.id)
    .execute();
  await insertEvent(db, {
    signalId: signal.id,
    kind: 'assigned',
    actorAccountId: actor.userId,
    note: assigneeAccountId === null ? 'assignment cleared' : `assigned to ${assigneeAccountId}`,
    at: now,
  });
  return getSignal(db, signal.id);
}

function toCluster(
  row: SignalClusterRow & { member_count: number; first_on: string | null; last_on: string | null },
): SignalCluster {
  return {
    id: row.id,
    reference: row.reference,
    gemeenteCode: row.gemeente_code,
    domain: must(row.domain, isSignalDomain, 'domain'),
    memberCount: Number(row.member_count),
    firstObservedOn: row.first_on ?? '',
    lastObservedOn: row.last_on ?? '',
    createdAt: row.created_at.toISOString(),
  };
}

function clusterQuery(db: Executor) {
  return db
    .selectFrom('signal_cluster')
    .innerJoin('signal', 'signal.cluster_id', 'signal_cluster.id')
    .selectAll('signal_cluster')
    .select([
      sql<number>`count(signal.id)::int`.as('member_count'),
      sql<string | null>`min(signal.observed_on)::text`.as('first_on'),
      sql<string | null>`max(signal.observed_on)::text`.as('last_on'),
    ])
    .groupBy('signal_cluster.id');
}

export async function listSignalClusters(
  db: Executor,
  filter: { gemeente?: string; domain?: string; limit?: number } = {},
): Promise<SignalCluster[]> {
  let query = clusterQuery(db);
  if (filter.gemeente) query = query.where('signal_cluster.gemeente_code', '=', filter.gemeente);
  if (filter.domain) query = query.where('signal_cluster.domain', '=', filter.domain);
  const rows = await query
    .orderBy(sql`max(signal.observed_on)`, 'desc')
    .orderBy('signal_cluster.reference', 'desc')
    .limit(filter.limit ?? 500)
    .execute();
  return rows.map(toCluster);
}

export async function getSignalCluster(
  db: Executor,
  id: string,
): Promise<SignalCluster & { signals: Signal[] }> {
  const row = await clusterQuery(db).where('signal_cluster.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Signal cluster', id);
  const members = await db
    .selectFrom('signal')
    .selectAll()
    .where('cluster_id', '=', id)
    .orderBy('observed_on')
    .orderBy('reference')
    .execute();
  return { ...toCluster(row), signals: members.map(toSignal) };
}

export async function countSignals(
  db: Executor,
): Promise<{ signals: number; clusters: number; circles: number }> {
  const n = async (table: 'signal' | 'signal_cluster' | 'practice_circle') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select(sql<number>`count(*)::int`.as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    signals: await n('signal'),
    clusters: await n('signal_cluster'),
    circles: await n('practice_circle'),
  };
}
