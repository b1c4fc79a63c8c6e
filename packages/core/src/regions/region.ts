/**
 * Regions follow the CBS coding: NL01 (Nederland), PV.. (provincie), GG.... (GGD-regio),
 * VR.. (veiligheidsregio), GM.... (gemeente), WK...... (wijk), BU........ (buurt).
 */
export const REGION_LEVELS = [
  'land',
  'provincie',
  'ggd-regio',
  'veiligheidsregio',
  'gemeente',
  'wijk',
  'buurt',
] as const;

export type RegionLevel = (typeof REGION_LEVELS)[number];

const CODE_PATTERNS: readonly (readonly [RegionLevel, RegExp])[] = [
  ['land', /^NL\d{2}$/],
  ['provincie', /^PV\d{2}$/],
  ['ggd-regio', /^GG\d{4}$/],
  ['veiligheidsregio', /^VR\d{2}$/],
  ['gemeente', /^GM\d{4}$/],
  ['wijk', /^WK\d{6}$/],
  ['buurt', /^BU\d{8}$/],
];

/** The level a CBS region code belongs to, or null when the code has no CBS shape. */
export function regionLevelOfCode(code: string): RegionLevel | null {
  for (const [level, pattern] of CODE_PATTERNS) if (pattern.test(code)) return level;
  return null;
}

export const NATIONAL_REGION_CODE = 'NL01';

export interface RegionPopulation {
  year: number;
  /** inhabitants */
  count: number;
  source: string;
}

export interface Region {
  code: string;
  name: string;
  /** the short name a dashboard shows ("Den Haag" for 's-Gravenhage), when it differs */
  displayName: string | null;
  level: RegionLevel;
  /** the regions this one lies in, one per higher level (a gemeente lies in a VR and a PV) */
  parents: { level: RegionLevel; code: string }[];
  /** first year of the municipal division in which this code exists (1 January) */
  divisionFrom: number;
  /** last year in which the code exists; null while it is part of the current division */
  divisionTo: number | null;
  /** lies on the land border with Germany or Belgium (GROS attention area) */
  border: boolean;
  /** part of an official krimpregio (shrinking region) */
  shrinking: boolean;
  population: RegionPopulation[];
}
