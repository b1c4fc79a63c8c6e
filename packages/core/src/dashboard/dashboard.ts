import { INDICATOR_THEMES } from '../indicators/indicator.ts';
import type {
  Frequency,
  Indicator,
  IndicatorTheme,
  SignalValues,
} from '../indicators/indicator.ts';
import type { ObservationStatus } from '../observations/observation.ts';
import { byPeriodStart } from '../observations/period.ts';
import type { Period } from '../observations/period.ts';
import { assessFreshness } from './freshness.ts';
import type { Freshness } from './freshness.ts';
import { changeAgainstEarlier } from './period-change.ts';
import { assessSignal } from './signal-status.ts';
import type { SignalAssessment } from './signal-status.ts';
import { trendOfSeries, trendWindowOf } from './trend-test.ts';
import type { TrendMark } from './trend-test.ts';

/**
 * The "state of society" start page, generated from the catalogue: per theme a tile per
 * indicator with the latest value, the change against the previous period, a sparkline,
 * the signal status with the threshold that decided it, the freshness (and whether the
 * series is late against its frequency) and the source. Every tile carries the sentences
 * that explain it, so the page can show its working.
 */
export interface SeriesPoint {
  period: Period;
  value: number;
  status: ObservationStatus;
  demo: boolean;
}

export type SignalStatus = 'normal' | 'attention' | 'alarm' | 'no-signal-values' | 'no-data';

export interface DashboardTile {
  indicatorCode: string;
  nameNl: string;
  nameEn: string;
  unit: Indicator['unit'];
  polarity: Indicator['polarity'];
  frequency: Frequency;
  source: Indicator['source'];
  latest: SeriesPoint | null;
  /** the value the change is measured against (the newest earlier one) */
  previous: SeriesPoint | null;
  /** changeAgainstEarlier (period-change.ts), against the previous period */
  change: {
    absolute: number;
    /** null when the previous value is 0 */
    relative: number | null;
    direction: 'up' | 'down' | 'flat';
    /** read with the polarity: is this change good or bad news? */
    assessment: 'better' | 'worse' | 'neutral';
    /** periods from `previous` to `latest`: 1 when adjacent, more when periods are missing */
    gapPeriods: number;
  } | null;
  /** oldest first */
  sparkline: { periodKey: string; value: number; status: ObservationStatus }[];
  /** assessSignal (signal-status.ts) */
  signal: {
    status: SignalStatus;
    /** the threshold that decided the status (the next one on the bad side when normal) */
    threshold: number | null;
    values: SignalValues | null;
    /** against the previous value's status */
    transition: SignalAssessment['transition'];
    /** inconsistencies in the signal values themselves */
    problems: string[];
  };
  /** assessFreshness (freshness.ts) */
  freshness: {
    state: Freshness['state'];
    /** last day of the newest period */
    lastPeriodEnd: string | null;
    ageDays: number | null;
    /** the day after which the series is late (null without data) */
    expectedBy: string | null;
    overdueDays: number;
    missingPeriods: number | null;
    late: boolean;
  };
  /** testTrend (trend-test.ts) over the window of trendWindowOf(frequency); null without data */
  trend: TrendMark | null;
  demo: boolean;
  explanation: string[];
}

export interface Dashboard {
  region: { code: string; name: string };
  /** YYYY-MM-DD: the day freshness is measured against */
  asOf: string;
  demo: boolean;
  themes: { theme: IndicatorTheme; tiles: DashboardTile[] }[];
  explanation: string[];
}

/**
 * The sparkline length the start page asks for (28 days, or 28 weeks, months, …, which also
 * holds the trend window of every frequency but survey waves'); the store keeps each series' newest points at
 * least this deep (storage: observation_head), so a page of this length or shorter is read
 * from there.
 */
export const START_PAGE_SPARKLINE_LENGTH = 28;

/**
 * How many of a series' newest points a tile needs: its sparkline and the whole window of its
 * trend test. Survey waves (stored as days, at least a week apart) get a year's worth.
 */
export function dashboardPointsNeeded(frequency: Frequency, sparklineLength: number): number {
  return Math.max(
    sparklineLength,
    frequency === 'irregular' ? SURVEY_WAVES_PER_TREND_WINDOW : trendWindowOf(frequency),
  );
}

/** at most one survey wave a week within the survey trend window of a year */
const SURVEY_WAVES_PER_TREND_WINDOW = 53;

/**
 * One tile from the core engines — one rule each: the change (changeAgainstEarlier), the
 * signal status (assessSignal), the freshness (assessFreshness) and the trend mark
 * (testTrend); the tile's explanation is theirs, in that order (the trend mark keeps its own).
 */
function tile(
  indicator: Indicator,
  series: readonly SeriesPoint[],
  asOf: string,
  sparklineLength: number,
): DashboardTile {
  const sorted = [...series].sort(byPeriodStart);
  const latest = sorted.at(-1) ?? null;
  const found = changeAgainstEarlier({ points: sorted, polarity: indicator.polarity });
  const previous = found?.reference
    ? (sorted.find((p) => p.period.key === found.reference!.periodKey) ?? null)
    : null;
  const change: DashboardTile['change'] =
    found && found.absolute !== null && found.direction && found.assessment
      ? {
          absolute: found.absolute,
          relative: found.relative,
          direction: found.direction,
          assessment: found.assessment,
          gapPeriods: found.gapPeriods ?? 1,
        }
      : null;
  const signal = assessSignal({
    polarity: indicator.polarity,
    signal: indicator.signal,
    value: latest?.value ?? null,
    previousValue: previous?.value ?? null,
  });
  const freshness = assessFreshness({
    frequency: indicator.frequency,
    latest: latest?.period ?? null,
    asOf,
  });
  const trend = latest ? trendOfSeries(sorted, indicator.polarity, indicator.frequency) : null;
  return {
    indicatorCode: indicator.code,
    nameNl: indicator.nameNl,
    nameEn: indicator.nameEn,
    unit: indicator.unit,
    polarity: indicator.polarity,
    frequency: indicator.frequency,
    source: indicator.source,
    latest,
    previous,
    change,
    sparkline: sorted
      .slice(-sparklineLength)
      .map((p) => ({ periodKey: p.period.key, value: p.value, status: p.status })),
    signal: {
      status: signal.status,
      threshold: signal.reached?.value ?? signal.next?.value ?? null,
      values: indicator.signal,
      transition: signal.transition,
      problems: signal.problems,
    },
    freshness: {
      state: freshness.state,
      lastPeriodEnd: freshness.lastPeriodEnd,
      ageDays: freshness.ageDays,
      expectedBy: freshness.expectedBy,
      overdueDays: freshness.overdueDays,
      missingPeriods: freshness.missingPeriods,
      late: freshness.state !== 'fresh',
    },
    trend,
    demo: sorted.some((p) => p.demo) || indicator.signal?.demo === true,
    explanation: [...(found?.explanation ?? []), ...signal.explanation, ...freshness.explanation],
  };
}

export function buildDashboard(input: {
  indicators: readonly Indicator[];
  /** per indicator code: the region's latest points (any order) */
  series: ReadonlyMap<string, readonly SeriesPoint[]>;
  region: { code: string; name: string };
  asOf: string;
  sparklineLength?: number;
}): Dashboard {
  const length = input.sparklineLength ?? 12;
  const themes = INDICATOR_THEMES.map((theme) => ({
    theme,
    tiles: input.indicators
      .filter((i) => i.theme === theme)
      .map((i) => tile(i, input.series.get(i.code) ?? [], input.asOf, length)),
  })).filter((t) => t.tiles.length > 0);
  const tiles = themes.flatMap((t) => t.tiles);
  const count = (s: SignalStatus) => tiles.filter((t) => t.signal.status === s).length;
  return {
    region: input.region,
    asOf: input.asOf,
    demo: tiles.some((t) => t.demo),
    themes,
    explanation: [
      `${tiles.length} indicators for ${input.region.name} (${input.region.code}) as of ${input.asOf}: ` +
        `${count('alarm')} alarm, ${count('attention')} attention, ${count('normal')} normal, ` +
        `${count('no-signal-values')} without signal values, ${count('no-data')} without data; ` +
        `${tiles.filter((t) => t.freshness.late && t.latest).length} late.`,
      'Signal values are read in the direction of each indicator’s polarity (not applied without one); the tile names who set them and why.',
      'Trend marks: Mann–Kendall test over a fixed window per frequency, two-sided, α = 0.05; a signal, not a verdict.',
    ],
  };
}
