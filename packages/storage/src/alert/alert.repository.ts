import { sql } from 'kysely';
import {
  ALERT_STATUSES,
  DETECTION_METHODS,
  DETECTION_TRIGGERS,
  PERIOD_TYPES,
  SERIES_KINDS,
  checkAlertDecision,
  notFound,
} from '@weegschaal/core';
import type {
  Alert,
  AlertDecision,
  AlertSeriesWindow,
  AlertStatus,
  DetectionMethod,
  DetectionOutcome,
  DetectionRun,
  DetectionTrigger,
  SeriesKind,
} from '@weegschaal/core';
import type { Executor } from '../database.ts';
import type { AlertRow, DetectionRunRow } from './alert.table.ts';

/** Narrow a stored code to its closed list; a stranger means the database was edited by hand. */
function oneOf<T extends string>(list: readonly T[], value: string, what: string): T {
  const found = list.find((c) => c === value);
  if (!found) throw new Error(`${what} '${value}' in the database is unknown`);
  return found;
}

const iso = (d: Date | string) => new Date(d).toISOString();

type AlertWithRegionRow = AlertRow & { region_name: string | null };

/** Alerts with their region's name from the registry. */
function alertQuery(db: Executor) {
  return db
    .selectFrom('alert')
    .leftJoin('region', 'region.code', 'alert.region_code')
    .selectAll('alert')
    .select('region.name as region_name');
}

function toAlert(row: AlertWithRegionRow): Alert {
  // jsonb comes back parsed from both drivers; it was built by the runner before it was written
  return {
    id: row.id,
    dedupKey: row.dedup_key,
    seriesKey: row.series_key,
    seriesKind: oneOf(SERIES_KINDS, row.series_kind, 'series kind'),
    seriesLabel: row.series_label,
    regionCode: row.region_code,
    regionName: row.region_name,
    domain: row.domain,
    indicatorCode: row.indicator_code,
    method: oneOf(DETECTION_METHODS, row.method, 'detection method'),
    parameters: row.parameters as Record<string, unknown>,
    periodType: oneOf(PERIOD_TYPES, row.period_type, 'period type'),
    period: row.period,
    observed: row.observed,
    expected: row.expected,
    upperBound: row.upper_bound,
    baseline: row.baseline as Alert['baseline'],
    explanation: row.explanation as string[],
    window: row.series_window as AlertSeriesWindow,
    status: oneOf(ALERT_STATUSES, row.status, 'alert status'),
    statusNote: row.status_note,
    statusBy: row.status_by,
    statusAt: row.status_at === null ? null : iso(row.status_at),
    detectionRunId: row.detection_run_id,
    detectedAt: iso(row.detected_at),
    demo: row.is_demo,
  };
}

function toRun(row: DetectionRunRow): DetectionRun {
  return {
    id: row.id,
    trigger: oneOf(DETECTION_TRIGGERS, row.trigger, 'detection trigger'),
    requestedBy: row.requested_by,
    asOf: row.as_of,
    startedAt: iso(row.started_at),
    seriesChecked: row.series_checked,
    pointsJudged: row.points_judged,
    alarms: row.alarms,
    newAlerts: row.new_alerts,
    explanation: row.explanation as string[],
  };
}

export interface DetectionRunRequest {
  trigger: DetectionTrigger;
  requestedBy: string | null;
  /** YYYY-MM-DD: the day the series were judged up to */
  asOf: string;
}

/**
 * Stores a run and its alarms. An alarm whose dedup key (series, method, period) is already
 * an alert adds nothing: the alert keeps the run that found it first and its status.
 */
export async function storeDetectionOutcome(
  db: Executor,
  request: DetectionRunRequest,
  outcome: DetectionOutcome,
  explanation: string[],
): Promise<DetectionRun> {
  const run = await db
    .insertInto('detection_run')
    .values({
      trigger: request.trigger,
      requested_by: request.requestedBy,
      as_of: request.asOf,
      series_checked: outcome.seriesChecked,
      points_judged: outcome.pointsJudged,
      alarms: outcome.candidates.length,
      new_alerts: 0,
      explanation: JSON.stringify(explanation),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  let newAlerts = 0;
  // in slices: one statement per alarm would be slow, one for thousands too large
  for (let i = 0; i < outcome.candidates.length; i += 200) {
    const slice = outcome.candidates.slice(i, i + 200);
    const inserted = await db
      .insertInto('alert')
      .values(
        slice.map((c) => ({
          dedup_key: c.dedupKey,
          series_key: c.seriesKey,
          series_kind: c.seriesKind,
          series_label: c.seriesLabel,
          region_code: c.regionCode,
          domain: c.domain,
          indicator_code: c.indicatorCode,
          method: c.method,
          parameters: JSON.stringify(c.parameters),
          period_type: c.periodType,
          period: c.period,
          observed: c.observed,
          expected: c.expected,
          upper_bound: c.upperBound,
          baseline: JSON.stringify(c.baseline),
          explanation: JSON.stringify(c.explanation),
          series_window: JSON.stringify(c.window),
          detection_run_id: run.id,
          is_demo: c.demo,
        })),
      )
      .onConflict((oc) => oc.column('dedup_key').doNothing())
      .returning('id')
      .execute();
    newAlerts += inserted.length;
  }
  const stored = await db
    .updateTable('detection_run')
    .set({ new_alerts: newAlerts })
    .where('id', '=', run.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRun(stored);
}

export async function getDetectionRun(db: Executor, id: string): Promise<DetectionRun> {
  const row = await db
    .selectFrom('detection_run')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Detection run', id);
  return toRun(row);
}

export interface AlertFilter {
  status?: AlertStatus;
  method?: DetectionMethod;
  seriesKind?: SeriesKind;
  /** the region itself or, for a veiligheidsregio or provincie, the gemeenten in it */
  regionCode?: string;
  detectionRunId?: string;
  limit?: number;
  offset?: number;
}

/** Alerts newest first (detection time, then period). */
export async function listAlerts(
  db: Executor,
  filter: AlertFilter = {},
): Promise<{ items: Alert[]; total: number }> {
  let query = alertQuery(db);
  if (filter.status) query = query.where('alert.status', '=', filter.status);
  if (filter.method) query = query.where('alert.method', '=', filter.method);
  if (filter.seriesKind) query = query.where('alert.series_kind', '=', filter.seriesKind);
  if (filter.detectionRunId) {
    query = query.where('alert.detection_run_id', '=', filter.detectionRunId);
  }
  if (filter.regionCode) {
    const code = filter.regionCode;
    query = query.where((eb) =>
      eb.or([
        eb('alert.region_code', '=', code),
        eb(
          'alert.region_code',
          'in',
          eb.selectFrom('region_parent').select('region_code').where('parent_code', '=', code),
        ),
      ]),
    );
  }
  const { total } = await query
    .clearSelect()
    .select(sql<number>`count(*)::int`.as('total'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy('alert.detected_at', 'desc')
    .orderBy('alert.period', 'desc')
    .orderBy('alert.series_key')
    .orderBy('alert.method')
    .limit(filter.limit ?? 100)
    .offset(filter.offset ?? 0)
    .execute();
  return { items: rows.map(toAlert), total };
}

export async function getAlert(db: Executor, id: string): Promise<Alert> {
  const row = await alertQuery(db).where('alert.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Alert', id);
  return toAlert(row);
}

/** Acknowledges or dismisses an alert with a note; who and when are recorded with it. */
export async function decideAlert(
  db: Executor,
  id: string,
  decision: AlertDecision,
  note: string,
  by: string,
  at: Date,
): Promise<Alert> {
  const row = await db
    .selectFrom('alert')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound('Alert', id);
  const checked = checkAlertDecision(
    oneOf(ALERT_STATUSES, row.status, 'alert status'),
    decision,
    note,
  );
  const updated = await db
    .updateTable('alert')
    .set({ status: decision, status_note: checked, status_by: by, status_at: at })
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirstOrThrow();
  return getAlert(db, updated.id);
}

/**
 * The alerts a digest of `date` can mention: detected on or before the day and still open,
 * or detected or decided around it (a day's margin for the Dutch time zone). Which of them
 * were new, decided or still open that day is the core's work (buildAlertDigest).
 */
export async function alertsUpTo(db: Executor, date: string): Promise<Alert[]> {
  // a day later in UTC covers the end of the Dutch day; the core filters exactly
  const rows = await alertQuery(db)
    .where('alert.detected_at', '<', sql<Date>`(${date}::date + 2)::timestamptz`)
    // only what the day can mention: still open, or detected or decided around the day
    .where((eb) =>
      eb.or([
        eb('alert.status', '=', 'open'),
        eb('alert.detected_at', '>=', sql<Date>`(${date}::date - 1)::timestamptz`),
        eb('alert.status_at', '>=', sql<Date>`(${date}::date - 1)::timestamptz`),
      ]),
    )
    .orderBy('alert.detected_at')
    .orderBy('alert.series_key')
    .orderBy('alert.method')
    .orderBy('alert.period')
    .execute();
  return rows.map(toAlert);
}
