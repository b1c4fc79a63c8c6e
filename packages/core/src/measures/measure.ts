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

export interface Measure {
  code: string;
  nameNl: string;
  nameEn: string;
  category: MeasureCategory;
  /** OxCGRT policy indicator (C1–C8, H1–H8, E1–E4) when one exists */
  oxcgrtCode: string | null;
  levels: MeasureLevel[];
  /** true when the record comes from the generated demo data set */
  demo: boolean;
}
