import type { Period } from './period.ts';

export const OBSERVATION_STATUSES = ['provisional', 'final'] as const;
export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number];

/**
 * One value of an indicator for a region and a period. `breakdown` names a subgroup
 * ('leeftijd:16-24'); '' is the whole population. Together with the indicator, region and
 * period it is the key of a series point; revisions of the same key are numbered.
 */
export interface ObservationInput {
  indicatorCode: string;
  regionCode: string;
  period: Period;
  breakdown: string;
  value: number;
  /** lower and upper bound of an interval estimate (Rt, survey percentages) */
  lower: number | null;
  upper: number | null;
  status: ObservationStatus;
}

export interface Observation extends ObservationInput {
  /** 1 for the first value of a key; each import that changes it adds the next revision */
  revision: number;
  batchId: number;
  /** ISO timestamp when this revision was stored */
  recordedAt: string;
}
