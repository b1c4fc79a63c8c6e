/**
 * The ordinal policy indicators of the Oxford COVID-19 Government Response Tracker (OxCGRT),
 * as published in its legacy format (one value per indicator for the whole population).
 * Maximum levels and flags follow the codebook table "Calculating sub-index scores for each
 * indicator" (documentation_and_codebook.md, covid-policy-dataset v1, CC BY 4.0).
 * E3, E4, H4 and H5 are US-dollar amounts, not ordinal levels, and are not modelled here.
 */
export const OXCGRT_INDICATOR_CODES = [
  'C1',
  'C2',
  'C3',
  'C4',
  'C5',
  'C6',
  'C7',
  'C8',
  'E1',
  'E2',
  'H1',
  'H2',
  'H3',
  'H6',
  'H7',
  'H8',
] as const;

export type OxcgrtIndicatorCode = (typeof OXCGRT_INDICATOR_CODES)[number];

/**
 * What a flag of 1 means: most flags say the policy is general rather than targeted to a
 * region; E1's says all workers are covered, H7's that vaccination is at no or minimal cost.
 */
export type OxcgrtFlagMeaning = 'geographic-scope' | 'sectoral-scope' | 'cost';

export interface OxcgrtIndicator {
  code: OxcgrtIndicatorCode;
  nameEn: string;
  /** N_j: the highest ordinal level */
  maxLevel: number;
  /** F_j: whether the indicator records a binary flag */
  flag: OxcgrtFlagMeaning | null;
}

export const OXCGRT_INDICATORS: readonly OxcgrtIndicator[] = [
  { code: 'C1', nameEn: 'School closing', maxLevel: 3, flag: 'geographic-scope' },
  { code: 'C2', nameEn: 'Workplace closing', maxLevel: 3, flag: 'geographic-scope' },
  { code: 'C3', nameEn: 'Cancel public events', maxLevel: 2, flag: 'geographic-scope' },
  { code: 'C4', nameEn: 'Restrictions on gatherings', maxLevel: 4, flag: 'geographic-scope' },
  { code: 'C5', nameEn: 'Close public transport', maxLevel: 2, flag: 'geographic-scope' },
  { code: 'C6', nameEn: 'Stay at home requirements', maxLevel: 3, flag: 'geographic-scope' },
  {
    code: 'C7',
    nameEn: 'Restrictions on internal movement',
    maxLevel: 2,
    flag: 'geographic-scope',
  },
  { code: 'C8', nameEn: 'International travel controls', maxLevel: 4, flag: null },
  { code: 'E1', nameEn: 'Income support', maxLevel: 2, flag: 'sectoral-scope' },
  { code: 'E2', nameEn: 'Debt/contract relief', maxLevel: 2, flag: null },
  { code: 'H1', nameEn: 'Public information campaigns', maxLevel: 2, flag: 'geographic-scope' },
  { code: 'H2', nameEn: 'Testing policy', maxLevel: 3, flag: null },
  { code: 'H3', nameEn: 'Contact tracing', maxLevel: 2, flag: null },
  { code: 'H6', nameEn: 'Facial coverings', maxLevel: 4, flag: 'geographic-scope' },
  { code: 'H7', nameEn: 'Vaccination policy', maxLevel: 5, flag: 'cost' },
  { code: 'H8', nameEn: 'Protection of elderly people', maxLevel: 3, flag: 'geographic-scope' },
];

export function isOxcgrtIndicatorCode(value: string): value is OxcgrtIndicatorCode {
  return (OXCGRT_INDICATOR_CODES as readonly string[]).includes(value);
}

export function oxcgrtIndicator(code: OxcgrtIndicatorCode): OxcgrtIndicator {
  const indicator = OXCGRT_INDICATORS.find((i) => i.code === code);
  // the list and the code union are written together; a gap is a programming error
  if (!indicator) throw new Error(`OxCGRT indicator ${code} has no definition`);
  return indicator;
}

/** The recorded value of one indicator on one day; absence of a record means "no data". */
export interface PolicyLevel {
  level: number;
  /** 0 or 1; null when the indicator has no flag or the level is 0 (no policy, no scope) */
  flag: 0 | 1 | null;
}

export type PolicyLevels = Partial<Record<OxcgrtIndicatorCode, PolicyLevel>>;

/** The four indices OxCGRT publishes per country per day (0–100), null when not published. */
export interface PublishedPolicyIndices {
  stringencyIndex: number | null;
  governmentResponseIndex: number | null;
  containmentHealthIndex: number | null;
  economicSupportIndex: number | null;
}

/** One country on one day: every recorded indicator level and the published indices. */
export interface PolicyDay {
  countryCode: string;
  countryName: string;
  /** YYYY-MM-DD */
  date: string;
  levels: PolicyLevels;
  published: PublishedPolicyIndices;
}

/** The credit OxCGRT's CC BY 4.0 licence asks for wherever its data are shown. */
export const OXCGRT_SOURCE = {
  name: 'Oxford COVID-19 Government Response Tracker (OxCGRT)',
  credit:
    'Oxford COVID-19 Government Response Tracker, Blavatnik School of Government, University of Oxford.',
  licence: 'CC BY 4.0',
  url: 'https://github.com/OxCGRT/covid-policy-tracker-legacy',
} as const;

/** The levels of one day in indicator order, for storage and display. */
export function policyLevelEntries(
  levels: PolicyLevels,
): { code: OxcgrtIndicatorCode; level: number; flag: 0 | 1 | null }[] {
  return Object.entries(levels).flatMap(([code, value]) =>
    value && isOxcgrtIndicatorCode(code) ? [{ code, level: value.level, flag: value.flag }] : [],
  );
}
