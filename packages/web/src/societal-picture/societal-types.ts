import type { Indicator, ObservationStatus, Period, Region, RegionLevel } from '@weegschaal/core';

/** The API payloads this area reads (see the OpenAPI document for their full description). */
export interface ObservationItem {
  indicatorCode: string;
  regionCode: string;
  period: Period;
  breakdown: string;
  value: number;
  lower: number | null;
  upper: number | null;
  status: ObservationStatus;
  revision: number;
  batchId: number;
  recordedAt: string;
  demo: boolean;
}

export interface ObservationList {
  demo: boolean;
  count: number;
  truncated: boolean;
  items: ObservationItem[];
}

export interface IndicatorList {
  demo: boolean;
  items: Indicator[];
}

export interface RegionList {
  items: Region[];
}

export interface RegionDetail extends Region {
  children: { code: string; name: string; level: RegionLevel }[];
  redivisions: {
    oldCode: string;
    successorCode: string;
    effectiveOn: string;
    kind: 'merger' | 'split';
    part: string | null;
  }[];
  currentDivision: {
    kind: 'current' | 'merged' | 'split';
    codes: string[];
    explanation: string;
  };
}

/** The levels a choropleth can show; the map has boundaries for these three. */
export const MAP_LEVELS = ['gemeente', 'veiligheidsregio', 'provincie'] as const;
export type MapLevel = (typeof MAP_LEVELS)[number];
