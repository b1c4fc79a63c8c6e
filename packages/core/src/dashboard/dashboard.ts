import { INDICATOR_THEMES } from '../indicators/indicator.ts';
import type {
  Frequency,
  Indicator,
  IndicatorTheme,
  SignalValues,
} from '../indicators/indicator.ts';
import type { ObservationStatus } from '../observations/observation.ts';
import { daysBetween } from '../observations/period.ts';
import type { Period } from '../observations/period.ts';

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
  previous: SeriesPoint | null;
  change: {
    absolute: number;
    /** null when the previous value is 0 */
    relative: number | null;
    direction: 'up' | 'down' | 'flat';
    /** read with the polarity: is this change good or bad news? */
    assessment: 'better' | 'worse' | 'neutral';
  } | null;
  /** oldest first */
  sparkline: { periodKey: string; value: number; status: ObservationStatus }[];
  signal: {
    status: SignalStatus;
    /** the threshold that decided the status (the next one up when normal) */
    threshold: number | null;
    values: SignalValues | null;
  };
  freshness: {
    /** last day of the newest period */
    lastPeriodEnd: string | null;
    ageDays: number | null;
    lateAfterDays: number;
    late: boolean;
  };
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
 * A series is late when its newest period ended longer ago than one period plus the usual
 * publication lag of such series (a week for daily figures, two weeks for weekly ones, six
 * weeks for monthly, about three months for quarterly, half a year for annual, six weeks
 * between survey waves).
 */
export const LATE_AFTER_DAYS: Record<Frequency, number> = {
  day: 7,
  week: 21,
  month: 75,
  quarter: 185,
  year: 550,
  irregular: 60,
};

function signalOf(
  indicator: Indicator,
  value: number | null,
): { status: SignalStatus; threshold: number | null; sentence: string } {
  const s = indicator.signal;
  if (value === null)
    return { status: 'no-data', threshold: null, sentence: 'No value for this region.' };
  if (!s || (s.attention === null && s.alarm === null)) {
    return {
      status: 'no-signal-values',
      threshold: null,
      sentence: 'No signal values are set for this indicator.',
    };
  }
  const worse =
    indicator.polarity === 'higher-is-better'
      ? (v: number, t: number) => v <= t
      : (v: number, t: number) => v >= t;
  const cmp = indicator.polarity === 'higher-is-better' ? '≤' : '≥';
  const who = `set by ${s.setBy}: ${s.rationale}`;
  if (s.alarm !== null && worse(value, s.alarm)) {
    return {
      status: 'alarm',
      threshold: s.alarm,
      sentence: `Alarm: ${value} ${cmp} ${s.alarm} (${who})`,
    };
  }
  if (s.attention !== null && worse(value, s.attention)) {
    return {
      status: 'attention',
      threshold: s.attention,
      sentence: `Attention: ${value} ${cmp} ${s.attention} (${who})`,
    };
  }
  const next = s.attention ?? s.alarm;
  return {
    status: 'normal',
    threshold: next,
    sentence: `Normal: ${value} has not reached the attention value ${next} (${who})`,
  };
}

function tile(
  indicator: Indicator,
  series: readonly SeriesPoint[],
  asOf: string,
  sparklineLength: number,
): DashboardTile {
  const sorted = [...series].sort((a, b) => a.period.start.localeCompare(b.period.start));
  const latest = sorted.at(-1) ?? null;
  const previous = sorted.at(-2) ?? null;
  const explanation: string[] = [];
  let change: DashboardTile['change'] = null;
  if (latest && previous) {
    const absolute = latest.value - previous.value;
    const direction = Math.abs(absolute) < 1e-9 ? 'flat' : absolute > 0 ? 'up' : 'down';
    const assessment =
      direction === 'flat' || indicator.polarity === 'neutral'
        ? 'neutral'
        : (direction === 'up') === (indicator.polarity === 'higher-is-better')
          ? 'better'
          : 'worse';
    change = {
      absolute,
      relative: previous.value === 0 ? null : absolute / Math.abs(previous.value),
      direction,
      assessment,
    };
    explanation.push(
      `${latest.period.key}: ${latest.value}${latest.status === 'provisional' ? ' (provisional)' : ''}, ` +
        `${direction === 'flat' ? 'unchanged' : direction} from ${previous.value} in ${previous.period.key}` +
        `${assessment === 'neutral' ? '' : ` — ${assessment} given that ${indicator.polarity.replaceAll('-', ' ')}`}.`,
    );
  } else if (latest) {
    explanation.push(`${latest.period.key}: ${latest.value}; no earlier period to compare with.`);
  }
  const signal = signalOf(indicator, latest?.value ?? null);
  explanation.push(signal.sentence);
  const lateAfterDays = LATE_AFTER_DAYS[indicator.frequency];
  const ageDays = latest ? daysBetween(latest.period.end, asOf) : null;
  const late = ageDays === null || ageDays > lateAfterDays;
  explanation.push(
    ageDays === null
      ? 'No data yet.'
      : `The newest period ended ${ageDays} days before ${asOf}; a ${indicator.frequency} series is late after ${lateAfterDays} days${late ? ': LATE' : ''}.`,
  );
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
    signal: { status: signal.status, threshold: signal.threshold, values: indicator.signal },
    freshness: { lastPeriodEnd: latest?.period.end ?? null, ageDays, lateAfterDays, late },
    demo: sorted.some((p) => p.demo) || indicator.signal?.demo === true,
    explanation,
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
      'Signal values are read in the direction of each indicator’s polarity; the tile names who set them and why.',
    ],
  };
}
