import { oxcgrtIndicator } from './oxcgrt-indicator.ts';
import type { OxcgrtIndicatorCode, PolicyLevels } from './oxcgrt-indicator.ts';

/**
 * The OxCGRT Stringency Index as published in the legacy-format files (column
 * `StringencyIndex`): the mean of nine sub-index scores, C1–C8 and H1, each 0–100.
 *
 * Sub-index score (codebook, "Calculating sub-index scores for each indicator", equation 1):
 *   I = 100 × (v − 0.5 × (F − f)) / N
 * with v the ordinal level, N the highest level, F = 1 when the indicator has a flag and f the
 * recorded flag. A targeted policy (f = 0) therefore counts half a step lower than a general
 * one. The codebook fixes I = 0 when v = 0, whatever the flag (the flag is blank then).
 *
 * Not to be confused with the codebook's seven-component "legacy stringency index"
 * (max of C3/C4 and of C6/C7): the legacy-format file's `StringencyIndex` is the nine-indicator
 * index above, which reproduces the published values for NLD, BEL and DEU on every day of
 * 2020–2022 to within rounding (see the real-data test in packages/storage).
 */
export const STRINGENCY_INDICATORS: readonly OxcgrtIndicatorCode[] = [
  'C1',
  'C2',
  'C3',
  'C4',
  'C5',
  'C6',
  'C7',
  'C8',
  'H1',
];

export const STRINGENCY_FORMULA =
  'SI = mean of I_j over C1–C8 and H1; I_j = 100 × (v − 0.5 × (F − f)) / N, and I_j = 0 when v = 0';

export const STRINGENCY_MISSING_DATA_RULE =
  'A level of 0 gives a sub-index of 0 and its blank flag is not needed (codebook). A missing ' +
  'level, or a missing flag on a non-zero level of an indicator that has a flag, is "no data": ' +
  'the codebook defines no imputation for it, so the index is not computed for that day ' +
  '(null) and the missing indicators are listed.';

export type SubIndexRule =
  /** v = 0: no policy, I = 0 regardless of the (blank) flag */
  | 'zero-level'
  /** indicator with a flag: I = 100 × (v − 0.5 × (1 − f)) / N */
  | 'flagged'
  /** indicator without a flag (C8): I = 100 × v / N */
  | 'unflagged'
  /** no level recorded: no data */
  | 'missing-level'
  /** non-zero level of a flagged indicator without a flag: no data */
  | 'missing-flag';

export interface StringencySubIndex {
  code: OxcgrtIndicatorCode;
  nameEn: string;
  level: number | null;
  flag: 0 | 1 | null;
  /** N_j */
  maxLevel: number;
  /** F_j = 1 */
  hasFlag: boolean;
  /** 0–100, null when the data are missing */
  subIndex: number | null;
  rule: SubIndexRule;
  /** the arithmetic, e.g. "100 × (2 − 0.5 × (1 − 0)) / 3 = 50.00" */
  working: string;
}

export interface StringencyIndexResult {
  /** 0–100 unrounded; null when any component is missing */
  value: number | null;
  /** value rounded to two decimals, as OxCGRT publishes it */
  rounded: number | null;
  components: StringencySubIndex[];
  /** indicators whose data were missing (empty when the index was computed) */
  missing: OxcgrtIndicatorCode[];
  formula: string;
  missingDataRule: string;
  /** one sentence saying what was done */
  explanation: string;
}

const fmt = (n: number): string => n.toFixed(2);

export function roundTo2(value: number): number {
  return Math.round(value * 100) / 100;
}

function subIndex(code: OxcgrtIndicatorCode, levels: PolicyLevels): StringencySubIndex {
  const indicator = oxcgrtIndicator(code);
  const recorded = levels[code];
  const hasFlag = indicator.flag !== null;
  const base = {
    code,
    nameEn: indicator.nameEn,
    level: recorded?.level ?? null,
    flag: recorded?.flag ?? null,
    maxLevel: indicator.maxLevel,
    hasFlag,
  };
  if (!recorded) {
    return { ...base, subIndex: null, rule: 'missing-level', working: 'no level recorded' };
  }
  const v = recorded.level;
  const n = indicator.maxLevel;
  if (v === 0) {
    return { ...base, subIndex: 0, rule: 'zero-level', working: 'level 0: I = 0' };
  }
  if (!hasFlag) {
    const value = (100 * v) / n;
    return {
      ...base,
      subIndex: value,
      rule: 'unflagged',
      working: `100 × ${v} / ${n} = ${fmt(value)}`,
    };
  }
  if (recorded.flag === null) {
    return {
      ...base,
      subIndex: null,
      rule: 'missing-flag',
      working: `level ${v} without its flag`,
    };
  }
  const f = recorded.flag;
  const value = (100 * (v - 0.5 * (1 - f))) / n;
  return {
    ...base,
    subIndex: value,
    rule: 'flagged',
    working: `100 × (${v} − 0.5 × (1 − ${f})) / ${n} = ${fmt(value)}`,
  };
}

/** Computes the Stringency Index of one country on one day from its recorded levels. */
export function computeStringencyIndex(levels: PolicyLevels): StringencyIndexResult {
  const components = STRINGENCY_INDICATORS.map((code) => subIndex(code, levels));
  const missing = components.filter((c) => c.subIndex === null).map((c) => c.code);
  const common = { components, missing, formula: STRINGENCY_FORMULA };
  if (missing.length > 0) {
    return {
      ...common,
      value: null,
      rounded: null,
      missingDataRule: STRINGENCY_MISSING_DATA_RULE,
      explanation: `Not computed: no data for ${missing.join(', ')}.`,
    };
  }
  const sum = components.reduce((total, c) => total + (c.subIndex ?? 0), 0);
  const value = sum / components.length;
  const targeted = components.filter((c) => c.rule === 'flagged' && c.flag === 0);
  return {
    ...common,
    value,
    rounded: roundTo2(value),
    missingDataRule: STRINGENCY_MISSING_DATA_RULE,
    explanation:
      `Mean of ${components.length} sub-indices (${fmt(sum)} / ${components.length}) = ${fmt(value)}` +
      (targeted.length > 0
        ? `; targeted (flag 0), counted half a step lower: ${targeted.map((c) => c.code).join(', ')}.`
        : '.'),
  };
}
