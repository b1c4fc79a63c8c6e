import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import {
  INDICATOR_DETECTION,
  NATIONAL_REGION_CODE,
  SIGNAL_COUNT_DETECTION,
  consecutiveSeries,
  periodContaining,
  runDetection,
  shiftPeriod,
} from '@weegschaal/core';
import type {
  DetectionConfig,
  DetectionRun,
  DetectionSeries,
  DetectionSkip,
  PeriodType,
} from '@weegschaal/core';
import type { Database, Executor } from '../database.ts';
import { signalWeeklyCounts } from '../signal/signal-count.repository.ts';
import { listObservations } from '../observation/observation.repository.ts';
import { listIndicators } from '../indicator/indicator.repository.ts';
import { storeDetectionOutcome } from './alert.repository.ts';
import type { DetectionRunRequest } from './alert.repository.ts';

/**
 * Gathers the series early warning judges and runs the engines over them:
 * - signal counts per gemeente, in total and per domain, weekly up to the week of asOf
 *   (weeks without a signal count 0), as far back as five years and four weeks so that
 *   Farrington has its five past years when the data have them;
 * - national indicator series of weekly or daily frequency whose newest value is at most
 *   `maxIndicatorAgeDays` old: a value from years ago is no early warning. Indicators where
 *   a higher value is better are left out, since the engines only look for an excess.
 * Fixed signal values (attention/alarm thresholds) stay on the dashboard and are not
 * duplicated here.
 */
export interface AlertDetectionOptions extends DetectionRunRequest {
  signalConfig?: DetectionConfig;
  indicatorConfig?: DetectionConfig;
  maxIndicatorAgeDays?: number;
  /**
   * only the signal counts of this gemeente (after one signal's intake); indicator series are
   * then left alone, as nothing changed in them
   */
  gemeente?: string;
}

const HISTORY_WEEKS = 5 * 52 + 4;
/** daily and weekly indicator series: enough for EARS and a chart window of a year of weeks */
const INDICATOR_POINTS = 60;

export async function signalCountSeries(
  db: Executor,
  asOf: string,
  gemeente?: string,
): Promise<DetectionSeries[]> {
  const toWeek = periodContaining('week', asOf);
  const fromWeek = shiftPeriod(toWeek, -HISTORY_WEEKS + 1).key;
  const filter = {
    level: 'gemeente' as const,
    fromWeek,
    toWeek: toWeek.key,
    ...(gemeente ? { regionCode: gemeente } : {}),
  };
  const [totals, perDomain] = await Promise.all([
    signalWeeklyCounts(db, { ...filter, groupBy: { domain: false, targetGroup: false } }),
    signalWeeklyCounts(db, { ...filter, groupBy: { domain: true, targetGroup: false } }),
  ]);
  if (totals.length === 0) return [];
  // every series starts at the first week with any signal, so that all have the same length
  const firstWeek = totals.reduce((min, c) => (c.isoWeek < min ? c.isoWeek : min), toWeek.key);
  const demoRows = await sql<{ gemeente_code: string; demo: boolean }>`
    select gemeente_code, bool_and(is_demo) as demo from signal group by gemeente_code`.execute(db);
  const demo = new Map(demoRows.rows.map((r) => [r.gemeente_code, r.demo]));
  const grouped = new Map<
    string,
    { regionCode: string; domain: string | null; points: { period: string; value: number }[] }
  >();
  for (const c of [...totals, ...perDomain]) {
    const key =
      c.domain === null ? `signals:${c.regionCode}` : `signals:${c.regionCode}:${c.domain}`;
    let entry = grouped.get(key);
    if (!entry) {
      entry = { regionCode: c.regionCode, domain: c.domain, points: [] };
      grouped.set(key, entry);
    }
    entry.points.push({ period: c.isoWeek, value: c.count });
  }
  return [...grouped.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, g]) => {
      const { periods, values } = consecutiveSeries('week', g.points, {
        from: firstWeek,
        to: toWeek.key,
        fill: 0,
      });
      // the region's name is joined when alerts are read: the registry may load later
      const name = g.regionCode;
      return {
        key,
        kind: 'signal-count' as const,
        label: g.domain === null ? `Signalen ${name}` : `Signalen ${name}, ${g.domain}`,
        regionCode: g.regionCode,
        domain: g.domain,
        indicatorCode: null,
        periodType: 'week' as const,
        periods,
        values,
        demo: demo.get(g.regionCode) ?? false,
      };
    });
}

export async function indicatorSeries(
  db: Executor,
  asOf: string,
  maxAgeDays: number,
): Promise<{ series: DetectionSeries[]; skipped: DetectionSkip[] }> {
  const indicators = (await listIndicators(db)).filter(
    (i) => (i.frequency === 'week' || i.frequency === 'day') && i.polarity !== 'higher-is-better',
  );
  const series: DetectionSeries[] = [];
  const skipped: DetectionSkip[] = [];
  const cutoff = new Date(Date.parse(`${asOf}T00:00:00Z`) - maxAgeDays * 86_400_000)
    .toISOString()
    .slice(0, 10);
  for (const indicator of indicators) {
    const type: PeriodType = indicator.frequency === 'week' ? 'week' : 'day';
    const last = periodContaining(type, asOf);
    const observations = await listObservations(db, {
      indicator: indicator.code,
      region: NATIONAL_REGION_CODE,
      periodType: type,
      breakdown: '',
      from: shiftPeriod(last, -INDICATOR_POINTS).start,
      to: asOf,
    });
    const newest = observations.at(-1);
    const key = `indicator:${indicator.code}:${NATIONAL_REGION_CODE}`;
    if (!newest || newest.period.end < cutoff) {
      skipped.push({
        seriesKey: key,
        method: 'ears-c1',
        reason: `no value in the ${maxAgeDays} days before ${asOf}: not judged`,
      });
      continue;
    }
    const { periods, values } = consecutiveSeries(
      type,
      observations.map((o) => ({ period: o.period.key, value: o.value })),
      { fill: null },
    );
    series.push({
      key,
      kind: 'indicator',
      label: `${indicator.nameNl} (Nederland)`,
      regionCode: NATIONAL_REGION_CODE,
      domain: indicator.theme,
      indicatorCode: indicator.code,
      periodType: type,
      periods,
      values,
      demo: observations.every((o) => o.demo),
    });
  }
  return { series, skipped };
}

/**
 * One detection run over signal counts and indicator series, stored with its alerts in one
 * transaction. Running it again over the same data adds no alert (see storeDetectionOutcome).
 */
export async function runAlertDetection(
  db: Kysely<Database>,
  options: AlertDetectionOptions,
): Promise<DetectionRun> {
  const maxAge = options.maxIndicatorAgeDays ?? 180;
  const signals = await signalCountSeries(db, options.asOf, options.gemeente);
  const indicators = options.gemeente
    ? { series: [], skipped: [] }
    : await indicatorSeries(db, options.asOf, maxAge);
  const signalOutcome = runDetection(signals, options.signalConfig ?? SIGNAL_COUNT_DETECTION);
  const indicatorOutcome = runDetection(
    indicators.series,
    options.indicatorConfig ?? INDICATOR_DETECTION,
  );
  const outcome = {
    seriesChecked: signalOutcome.seriesChecked + indicatorOutcome.seriesChecked,
    pointsJudged: signalOutcome.pointsJudged + indicatorOutcome.pointsJudged,
    candidates: [...signalOutcome.candidates, ...indicatorOutcome.candidates],
    skipped: [...signalOutcome.skipped, ...indicatorOutcome.skipped, ...indicators.skipped],
  };
  const farringtonSkips = outcome.skipped.filter((s) => s.method === 'farrington-flexible').length;
  const explanation = [
    `Judged up to ${options.asOf}: ${signals.length} signal-count series (${options.gemeente ? `of ${options.gemeente}` : 'per gemeente'}, in total and per domain, weekly) and ${indicators.series.length} national indicator series (weekly or daily, newest value at most ${maxAge} days old).`,
    `Signal counts: ${describeConfig(options.signalConfig ?? SIGNAL_COUNT_DETECTION)}. Indicators: ${describeConfig(options.indicatorConfig ?? INDICATOR_DETECTION)}.`,
    `${outcome.pointsJudged} points judged, ${outcome.candidates.length} alarms; ${outcome.skipped.length} points or series not judged (${farringtonSkips} for lack of Farrington's three years of history; ${indicators.skipped.length} indicator series too old).`,
    'An alarm on a series, method and period that is already an alert adds nothing.',
  ];
  return db
    .transaction()
    .execute((trx) => storeDetectionOutcome(trx, options, outcome, explanation));
}

function describeConfig(config: DetectionConfig): string {
  const methods = config.methods.map((m) =>
    m.options && Object.keys(m.options).length > 0
      ? `${m.method} ${JSON.stringify(m.options)}`
      : m.method,
  );
  return `${methods.join(', ')}; the newest ${config.evaluateLast} point(s) of each series${config.minObserved === undefined ? '' : `, alarms on at least ${config.minObserved}`}`;
}
