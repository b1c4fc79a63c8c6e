import type { RegionLevel } from '../regions/region.ts';
import type { PeriodType } from '../observations/period.ts';

/** The themes of the "state of society" picture (CBS Welvaart in coronatijd, MIT). */
export const INDICATOR_THEMES = [
  'work-income',
  'mental-health',
  'education',
  'social-cohesion-trust',
  'economy-sectors',
  'safety-public-order',
  'support-compliance',
  'health-context',
] as const;
export type IndicatorTheme = (typeof INDICATOR_THEMES)[number];

/** How often a series appears; 'irregular' is a survey in waves, dated by its first day. */
export const FREQUENCIES = ['day', 'week', 'month', 'quarter', 'year', 'irregular'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/**
 * How values of lower regions make the value of a higher one: counts add up; rates and
 * shares are weighted by population; a ratio is recomputed from its summed numerator and
 * denominator; some figures (an index, Rt, a national survey) cannot be aggregated.
 */
export const AGGREGATIONS = [
  'sum',
  'population-weighted-mean',
  'ratio-of-sums',
  'not-aggregatable',
] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

export const POLARITIES = ['higher-is-better', 'higher-is-worse', 'neutral'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const UNITS = [
  'count',
  'percent',
  'per-100k',
  'per-1000',
  'index',
  'ratio',
  'balance',
  'weeks',
  'rna-1e11-per-100k',
] as const;
export type Unit = (typeof UNITS)[number];

/**
 * Signal values (signaalwaarden): the attention and alarm thresholds, read in the
 * direction of the polarity. Who set them and why travel with them, so that a threshold
 * is never an unexplained number on a dashboard.
 */
export interface SignalValues {
  attention: number | null;
  alarm: number | null;
  setBy: string;
  rationale: string;
  /** YYYY-MM-DD */
  setOn: string;
  /** true when the project set illustrative values, not an authority */
  demo: boolean;
}

export interface RatioDefinition {
  numerator: string;
  denominator: string;
  /** 100 for a percentage, 1000 for per mille, ... */
  multiplier: number;
}

export interface Indicator {
  code: string;
  nameNl: string;
  nameEn: string;
  theme: IndicatorTheme;
  definitionNl: string;
  definitionEn: string;
  unit: Unit;
  source: { name: string; url: string | null };
  frequency: Frequency;
  /** the finest regional level at which the source publishes it */
  lowestLevel: RegionLevel;
  aggregation: Aggregation;
  /** only for 'ratio-of-sums' */
  ratio: RatioDefinition | null;
  polarity: Polarity;
  signal: SignalValues | null;
  /** values outside [validMin, validMax] are rejected on import */
  validMin: number | null;
  validMax: number | null;
  /** column names in source files that hold this indicator (for wide CSV files) */
  importAliases: string[];
  /** true when the series in this installation is generated demo data */
  demoSeries: boolean;
}

/** The period type observations of an indicator must have. */
export function periodTypeOfFrequency(frequency: Frequency): PeriodType {
  return frequency === 'irregular' ? 'day' : frequency;
}
