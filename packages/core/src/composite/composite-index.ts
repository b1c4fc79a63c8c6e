import { invalidInput } from '../errors/domain-error.ts';
import { shiftPeriod } from '../observations/period.ts';
import type { Period, PeriodType } from '../observations/period.ts';
import { aggregateComposite, normaliseWeights } from './composite-aggregation.ts';
import { validateCompositeDefinition } from './composite-definition.ts';
import type { CompositeDefinition, Normalisation } from './composite-definition.ts';
import { monteCarloUncertainty } from './composite-uncertainty.ts';
import type { UnitUncertainty } from './composite-uncertainty.ts';
import { normalisationConstants, normalisationProblem, normaliseValue } from './normalisation.ts';
import type { NormalisationConstants } from './normalisation.ts';

/**
 * Computes a user-defined composite index per region and period, with each indicator's
 * contribution and (unless switched off) the Monte Carlo uncertainty band of every value and
 * rank. Bad input is reported, never repaired in silence: a region-period with a missing,
 * duplicated or unusable value gets no index and an issue that names the indicator, region,
 * period and reason — unless the definition names an imputation rule, and then every imputed
 * value is marked. Components observed on different period types (months and quarters) are not
 * converted into each other: the index is not computed and the mismatch is reported.
 */
export interface CompositeObservation {
  indicatorCode: string;
  regionCode: string;
  period: Period;
  value: number;
}

export const COMPOSITE_ISSUE_KINDS = [
  'period-type-mismatch',
  'not-a-number',
  'duplicate-observation',
  'cannot-normalise',
  'missing-value',
  'unusable-value',
  'imputed',
  'left-out-of-uncertainty',
] as const;
export type CompositeIssueKind = (typeof COMPOSITE_ISSUE_KINDS)[number];

export interface CompositeIssue {
  /** 'error': the region-period (or, without region, the index) gets no value */
  severity: 'error' | 'notice';
  kind: CompositeIssueKind;
  indicatorCode: string | null;
  regionCode: string | null;
  periodKey: string | null;
  message: string;
}

export interface CompositeContribution {
  indicatorCode: string;
  /** the weight used, after dividing by the sum of weights */
  weight: number;
  /** the value that went in (the carried value when imputed) */
  raw: number;
  normalised: number;
  /** period of the carried value when imputed by carry-forward */
  imputedFrom: string | null;
  /** adds up to the index (arithmetic) or to ln(index) (geometric) */
  term: number;
  /** term / sum of terms; null when the sum is 0 */
  share: number | null;
}

export interface CompositeValue {
  regionCode: string;
  periodKey: string;
  /** YYYY-MM-DD, for ordering */
  periodStart: string;
  value: number;
  /** 1 = highest among the regions with an index in this period */
  rank: number;
  regionsRanked: number;
  termScale: 'index' | 'log-index';
  contributions: CompositeContribution[];
  uncertainty: UnitUncertainty | null;
}

export interface CompositeResult {
  definition: CompositeDefinition;
  periodType: PeriodType | null;
  values: CompositeValue[];
  issues: CompositeIssue[];
  constants: { indicatorCode: string; constants: NormalisationConstants }[];
  uncertainty: {
    replicates: number;
    seed: number;
    weightSpread: number;
    normalisations: Normalisation[];
    drawn: Partial<Record<Normalisation, number>>;
  } | null;
  explanation: string[];
}

/** the largest region-periods × replicates one computation holds (two 8-byte arrays of it) */
export const MAX_UNCERTAINTY_CELLS = 5_000_000;

const NOT_AN_R =
  'A composite index is a summary its author chose, not a measurement: another reasonable ' +
  'normalisation or weighting moves it within the band shown. There is no single "societal R".';

interface Cell {
  value: number;
  period: Period;
}

export function computeCompositeIndex(
  definition: CompositeDefinition,
  observations: readonly CompositeObservation[],
): CompositeResult {
  validateCompositeDefinition(definition);
  const d = definition;
  const components = d.components;
  const k = components.length;
  const componentOf = new Map(components.map((c, i) => [c.indicatorCode, i]));
  const issues: CompositeIssue[] = [];
  const issue = (
    severity: CompositeIssue['severity'],
    kind: CompositeIssueKind,
    indicatorCode: string | null,
    regionCode: string | null,
    periodKey: string | null,
    message: string,
  ) => issues.push({ severity, kind, indicatorCode, regionCode, periodKey, message });
  const explanation: string[] = [];

  // cells[c]: region → period key → value; duplicates are remembered and kept out
  const cells = components.map(() => new Map<string, Map<string, Cell>>());
  // key `${component}|${region}|${period}` → its period
  const duplicates = new Map<string, Period>();
  const typesOf = components.map(() => new Set<PeriodType>());
  let ignored = 0;
  for (const o of observations) {
    const c = componentOf.get(o.indicatorCode);
    if (c === undefined) {
      ignored++;
      continue;
    }
    if (!Number.isFinite(o.value)) {
      issue(
        'error',
        'not-a-number',
        o.indicatorCode,
        o.regionCode,
        o.period.key,
        `The value ${o.value} is not a number.`,
      );
      continue;
    }
    typesOf[c]!.add(o.period.type);
    const byRegion = cells[c]!;
    const byPeriod = byRegion.get(o.regionCode) ?? new Map<string, Cell>();
    byRegion.set(o.regionCode, byPeriod);
    const key = `${c}|${o.regionCode}|${o.period.key}`;
    if (byPeriod.has(o.period.key) || duplicates.has(key)) {
      if (!duplicates.has(key)) {
        issue(
          'error',
          'duplicate-observation',
          o.indicatorCode,
          o.regionCode,
          o.period.key,
          'Two values for the same indicator, region and period: which one is meant is unknown.',
        );
      }
      duplicates.set(key, o.period);
      byPeriod.delete(o.period.key);
      continue;
    }
    byPeriod.set(o.period.key, { value: o.value, period: o.period });
  }
  if (ignored > 0) explanation.push(`${ignored} observations of other indicators were not used.`);

  const emptyResult = (periodType: PeriodType | null): CompositeResult => ({
    definition: d,
    periodType,
    values: [],
    issues,
    constants: [],
    uncertainty: null,
    explanation: [...explanation, NOT_AN_R],
  });

  const allTypes = new Set(typesOf.flatMap((s) => [...s]));
  if (allTypes.size > 1) {
    components.forEach((c, i) =>
      issue(
        'error',
        'period-type-mismatch',
        c.indicatorCode,
        null,
        null,
        `Observed per ${[...typesOf[i]!].join(' and ') || 'nothing'}; the index needs one period type ` +
          'for all its indicators, and values are not converted between period types.',
      ),
    );
    explanation.push(
      `No index: the indicators have different period types (${[...allTypes].join(', ')}).`,
    );
    return emptyResult(null);
  }
  const periodType = [...allTypes][0] ?? null;

  // normalisation constants over every observed value of an indicator
  const constants = components.map((_, c) =>
    normalisationConstants(
      [...cells[c]!.values()].flatMap((m) => [...m.values()].map((x) => x.value)),
    ),
  );
  const constantsOut = components.map((c, i) => ({
    indicatorCode: c.indicatorCode,
    constants: constants[i]!,
  }));
  const unnormalisable = components
    .map((comp, c) => ({ comp, problem: normalisationProblem(d.normalisation, constants[c]!) }))
    .filter((x) => x.problem !== null);
  for (const { comp, problem } of unnormalisable) {
    issue(
      'error',
      'cannot-normalise',
      comp.indicatorCode,
      null,
      null,
      `Cannot normalise by ${d.normalisation}: ${problem}.`,
    );
  }
  if (unnormalisable.length > 0) {
    explanation.push(
      `No index: at least one indicator cannot be normalised by ${d.normalisation}.`,
    );
    return { ...emptyResult(periodType), constants: constantsOut };
  }

  // the region-periods: every (region, period) any indicator was observed for
  const units = new Map<string, { regionCode: string; period: Period }>();
  for (const byRegion of cells) {
    for (const [regionCode, byPeriod] of byRegion) {
      for (const cell of byPeriod.values()) {
        units.set(`${regionCode}|${cell.period.key}`, { regionCode, period: cell.period });
      }
    }
  }
  // a region-period whose only observations were duplicates is still one without an index
  for (const [key, period] of duplicates) {
    const regionCode = key.split('|')[1]!;
    if (!units.has(`${regionCode}|${period.key}`)) {
      units.set(`${regionCode}|${period.key}`, { regionCode, period });
    }
  }
  const orderedUnits = [...units.values()].sort(
    (a, b) =>
      a.period.start.localeCompare(b.period.start) || a.regionCode.localeCompare(b.regionCode),
  );

  const weights = normaliseWeights(components.map((c) => c.weight));
  const reference = (c: number, regionCode: string): number | null =>
    d.referencePeriod === null
      ? null
      : (cells[c]!.get(regionCode)?.get(d.referencePeriod)?.value ?? null);

  // the normalisations the Monte Carlo may draw; one that fails anywhere is left out whole
  const alternatives = new Set<Normalisation>(
    d.uncertainty.replicates > 0 ? d.uncertainty.normalisations : [],
  );
  for (const method of [...alternatives]) {
    const problem = components
      .map((comp, c) => [comp, normalisationProblem(method, constants[c]!)] as const)
      .find(([, p]) => p !== null);
    if (problem) {
      alternatives.delete(method);
      issue(
        'notice',
        'left-out-of-uncertainty',
        problem[0].indicatorCode,
        null,
        null,
        `${method} is left out of the uncertainty analysis: ${problem[1]}.`,
      );
    }
  }

  interface Included {
    regionCode: string;
    period: Period;
    raw: number[];
    imputedFrom: (string | null)[];
    normalised: number[];
  }
  const included: Included[] = [];
  let imputedCount = 0;
  for (const unit of orderedUnits) {
    const raw: number[] = [];
    const imputedFrom: (string | null)[] = [];
    const normalised: number[] = [];
    let complete = true;
    components.forEach((comp, c) => {
      const byPeriod = cells[c]!.get(unit.regionCode);
      let cell = byPeriod?.get(unit.period.key);
      let from: string | null = null;
      const duplicated = duplicates.has(`${c}|${unit.regionCode}|${unit.period.key}`);
      if (!cell && !duplicated && d.imputation.rule === 'carry-forward') {
        for (let back = 1; back <= d.imputation.maxPeriods && !cell; back++) {
          const earlier = shiftPeriod(unit.period, -back).key;
          cell = byPeriod?.get(earlier);
          if (cell) from = earlier;
        }
      }
      if (!cell) {
        complete = false;
        if (!duplicated) {
          issue(
            'error',
            'missing-value',
            comp.indicatorCode,
            unit.regionCode,
            unit.period.key,
            d.imputation.rule === 'carry-forward'
              ? `No value, nor one in the ${d.imputation.maxPeriods} periods before.`
              : 'No value; the index is not computed without it (no imputation rule is set).',
          );
        }
        return;
      }
      const n = normaliseValue(
        d.normalisation,
        cell.value,
        comp.polarity,
        constants[c]!,
        reference(c, unit.regionCode),
        d.minMaxFloor,
      );
      if (!n.ok) {
        complete = false;
        issue(
          'error',
          'unusable-value',
          comp.indicatorCode,
          unit.regionCode,
          unit.period.key,
          `Cannot normalise: ${n.reason}.`,
        );
        return;
      }
      if (d.aggregation === 'geometric' && !(n.value > 0)) {
        complete = false;
        issue(
          'error',
          'unusable-value',
          comp.indicatorCode,
          unit.regionCode,
          unit.period.key,
          `The normalised value ${n.value} is not above 0, which geometric aggregation needs.`,
        );
        return;
      }
      raw.push(cell.value);
      imputedFrom.push(from);
      normalised.push(n.value);
    });
    if (!complete) continue;
    // imputations are reported only where they entered an index
    components.forEach((comp, c) => {
      if (imputedFrom[c] === null) return;
      imputedCount++;
      issue(
        'notice',
        'imputed',
        comp.indicatorCode,
        unit.regionCode,
        unit.period.key,
        `Carried forward from ${imputedFrom[c]} (${raw[c]}).`,
      );
    });
    included.push({
      regionCode: unit.regionCode,
      period: unit.period,
      raw,
      imputedFrom,
      normalised,
    });
  }

  // an alternative normalisation that fails for an included region-period is left out whole
  const matrices = new Map<Normalisation, Float64Array>();
  for (const method of alternatives) {
    const matrix = normalisedMatrix(method);
    if (typeof matrix === 'string') {
      issue(
        'notice',
        'left-out-of-uncertainty',
        null,
        null,
        null,
        `${method} is left out of the uncertainty analysis: ${matrix}.`,
      );
    } else {
      matrices.set(method, matrix);
    }
  }
  /** every included value under `method`, or why one of them cannot be */
  function normalisedMatrix(method: Normalisation): Float64Array | string {
    const matrix = new Float64Array(included.length * k);
    for (let u = 0; u < included.length; u++) {
      const unit = included[u]!;
      for (let c = 0; c < k; c++) {
        const comp = components[c]!;
        const n = normaliseValue(
          method,
          unit.raw[c]!,
          comp.polarity,
          constants[c]!,
          reference(c, unit.regionCode),
          d.minMaxFloor,
        );
        if (!n.ok || (d.aggregation === 'geometric' && !(n.value > 0))) {
          return `${comp.indicatorCode} in ${unit.regionCode} ${unit.period.key}: ${n.ok ? 'a value not above 0' : n.reason}`;
        }
        matrix[u * k + c] = n.value;
      }
    }
    return matrix;
  }

  // central values, contributions and ranks per period
  const periodIndex = new Map<string, number>();
  const periodOfUnit = new Int32Array(included.length);
  const central = new Float64Array(included.length);
  const values: CompositeValue[] = included.map((unit, u) => {
    const agg = aggregateComposite(d.aggregation, weights, unit.normalised);
    const sum = agg.terms.reduce((a, b) => a + b, 0);
    central[u] = agg.value;
    let g = periodIndex.get(unit.period.key);
    if (g === undefined) {
      g = periodIndex.size;
      periodIndex.set(unit.period.key, g);
    }
    periodOfUnit[u] = g;
    return {
      regionCode: unit.regionCode,
      periodKey: unit.period.key,
      periodStart: unit.period.start,
      value: agg.value,
      rank: 0,
      regionsRanked: 0,
      termScale: agg.termScale,
      contributions: components.map((comp, c) => ({
        indicatorCode: comp.indicatorCode,
        weight: weights[c]!,
        raw: unit.raw[c]!,
        normalised: unit.normalised[c]!,
        imputedFrom: unit.imputedFrom[c]!,
        term: agg.terms[c]!,
        share: sum === 0 ? null : agg.terms[c]! / sum,
      })),
      uncertainty: null,
    };
  });
  const byPeriod = new Map<number, CompositeValue[]>();
  values.forEach((v, u) => {
    const list = byPeriod.get(periodOfUnit[u]!) ?? [];
    list.push(v);
    byPeriod.set(periodOfUnit[u]!, list);
  });
  for (const list of byPeriod.values()) {
    for (const v of list) {
      v.rank = 1 + list.filter((o) => o.value > v.value).length;
      v.regionsRanked = list.length;
    }
  }

  let uncertainty: CompositeResult['uncertainty'] = null;
  if (d.uncertainty.replicates > 0 && included.length > 0 && matrices.size > 0) {
    const cellsNeeded = included.length * (d.uncertainty.replicates + 1);
    if (cellsNeeded > MAX_UNCERTAINTY_CELLS) {
      throw invalidInput('The uncertainty analysis is too large for one computation.', [
        {
          name: 'uncertainty.replicates',
          reason: `${included.length} region-periods × ${d.uncertainty.replicates + 1} replicates exceeds ${MAX_UNCERTAINTY_CELLS}; select fewer regions or periods, or fewer replicates`,
          value: d.uncertainty.replicates,
        },
      ]);
    }
    const out = monteCarloUncertainty({
      aggregation: d.aggregation,
      centralNormalisation: d.normalisation,
      weights,
      normalised: matrices,
      units: included.length,
      components: k,
      periodOfUnit,
      central,
      replicates: d.uncertainty.replicates,
      seed: d.uncertainty.seed,
      weightSpread: d.uncertainty.weightSpread,
    });
    values.forEach((v, u) => (v.uncertainty = out.bands[u]!));
    uncertainty = {
      replicates: d.uncertainty.replicates,
      seed: d.uncertainty.seed,
      weightSpread: d.uncertainty.weightSpread,
      normalisations: [...matrices.keys()],
      drawn: out.drawn,
    };
  }

  const errors = issues.filter((i) => i.severity === 'error').length;
  explanation.push(
    `${values.length} of ${orderedUnits.length} region-periods have an index; ` +
      `${orderedUnits.length - values.length} do not (${errors} problems reported)` +
      `${imputedCount > 0 ? `; ${imputedCount} values carried forward` : ''}.`,
    `Normalisation: ${describeNormalisation(d)}; ${d.aggregation} aggregation with weights ` +
      components.map((c, i) => `${c.indicatorCode} ${(weights[i]! * 100).toFixed(1)}%`).join(', ') +
      '. Every indicator is turned so that higher is better.',
  );
  if (uncertainty) {
    explanation.push(
      `Uncertainty: ${uncertainty.replicates} replicates (seed ${uncertainty.seed}) drawing the ` +
        `normalisation from ${uncertainty.normalisations.join(', ')} and every weight within ` +
        `±${Math.round(uncertainty.weightSpread * 100)}% of its value; the band is the 5th–95th percentile.`,
    );
  }
  explanation.push(NOT_AN_R);
  return {
    definition: d,
    periodType,
    values,
    issues,
    constants: constantsOut,
    uncertainty,
    explanation,
  };
}

function describeNormalisation(d: CompositeDefinition): string {
  switch (d.normalisation) {
    case 'min-max':
      return `min-max onto [${d.minMaxFloor}, 1] over all regions and periods given`;
    case 'z-score':
      return 'z-scores over all regions and periods given';
    case 'distance-to-reference':
      return `% of the region's own value in ${d.referencePeriod}`;
    default: {
      const unreachable: never = d.normalisation;
      throw new Error(`unknown normalisation ${String(unreachable)}`);
    }
  }
}
