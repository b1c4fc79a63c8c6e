import type { ImpactGroup, Sector } from '../fiches/impact-target.ts';

/** A government intervention with ordinal stringency levels (0 = no measure). */
export interface MeasureLevel {
  level: number;
  descriptionNl: string;
  descriptionEn: string;
}

export type MeasureCategory =
  'containment' | 'health-system' | 'economic-support' | 'sector-closure' | 'protection';

export const MEASURE_CATEGORIES: readonly MeasureCategory[] = [
  'containment',
  'health-system',
  'economic-support',
  'sector-closure',
  'protection',
];

/**
 * Clusters group measures that the OMT and the MIT advise on together (the work programme
 * speaks of fiches for "(clusters of) measures").
 */
export const MEASURE_CLUSTERS = [
  'education',
  'work',
  'gatherings-events',
  'movement-travel',
  'hospitality-retail-culture-sport',
  'health-protection',
  'economic-support',
] as const;
export type MeasureCluster = (typeof MEASURE_CLUSTERS)[number];

export interface Measure {
  code: string;
  nameNl: string;
  nameEn: string;
  category: MeasureCategory;
  /** OxCGRT policy indicator (C1–C8, H1–H8, E1–E4) when one exists */
  oxcgrtCode: string | null;
  cluster: MeasureCluster;
  /** sectors the measure touches directly (the fiches judge the size of the impact) */
  sectors: Sector[];
  /** groups the measure touches directly, vulnerable groups in view */
  groups: ImpactGroup[];
  /** the legal basis the measure rests on, as a citation; null when none is recorded */
  legalBasis: string | null;
  levels: MeasureLevel[];
  /** true when the record comes from the generated demo data set */
  demo: boolean;
}
