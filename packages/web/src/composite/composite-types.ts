import type {
  CompositeAggregation,
  CompositeIndexRecord,
  CompositeIssue,
  CompositeValue,
  Normalisation,
  PeriodType,
} from '@weegschaal/core';

/** /api/v1/composite-indices */
export interface CompositeIndexList {
  demo: boolean;
  items: CompositeIndexRecord[];
}

/** /api/v1/composite-indices/{id}/values */
export interface CompositeValues {
  demo: boolean;
  compositeIndex: CompositeIndexRecord;
  normalisation: Normalisation;
  aggregation: CompositeAggregation;
  region: string | null;
  periodType: PeriodType | null;
  values: CompositeValue[];
  issues: CompositeIssue[];
  uncertainty: { replicates: number; seed: number; weightSpread: number } | null;
  explanation: string[];
}
