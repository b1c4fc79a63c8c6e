import { invalidInput } from '../errors/domain-error.ts';
import type { InvalidParam } from '../errors/domain-error.ts';
import { parsePeriod } from '../observations/period.ts';

/**
 * A composite index as its author defines it, following the OECD/JRC Handbook on Constructing
 * Composite Indicators (Nardo, Saisana, Saltelli, Tarantola, Hoffmann & Giovannini, OECD 2008,
 * ISBN 978-92-64-04345-9): which indicators, in which direction, with which weights, how they
 * are normalised (Step 5) and aggregated (Step 6), and how the uncertainty of those choices is
 * explored (Step 7). Every choice is written into the definition — the defaults of
 * compositeDefinition() too — so the page can show all of them.
 */
export const NORMALISATIONS = ['min-max', 'z-score', 'distance-to-reference'] as const;
export type Normalisation = (typeof NORMALISATIONS)[number];

export const COMPOSITE_AGGREGATIONS = ['arithmetic', 'geometric'] as const;
export type CompositeAggregation = (typeof COMPOSITE_AGGREGATIONS)[number];

/** an index needs a direction for every indicator: higher is better or higher is worse */
export type ComponentPolarity = 'higher-is-better' | 'higher-is-worse';

export interface CompositeComponent {
  indicatorCode: string;
  /** relative weight (> 0); weights are divided by their sum */
  weight: number;
  polarity: ComponentPolarity;
}

/**
 * How a missing value is handled. 'none' (the default): the region-period gets no index and
 * the gap is reported. 'carry-forward': the region's own newest earlier value of that
 * indicator, at most `maxPeriods` periods back, is used and marked as imputed. (The handbook's
 * Step 3 lists many imputation methods; each one changes the index, so none is applied unless
 * the author names it.)
 */
export type ImputationRule = { rule: 'none' } | { rule: 'carry-forward'; maxPeriods: number };

export interface UncertaintySettings {
  /** Monte Carlo replicates; 0 switches the analysis off */
  replicates: number;
  seed: number;
  /** each weight is multiplied by a uniform factor in [1 − spread, 1 + spread] */
  weightSpread: number;
  /** the normalisations a replicate draws from (uniformly) */
  normalisations: Normalisation[];
}

export interface CompositeDefinition {
  code: string;
  name: string;
  components: CompositeComponent[];
  normalisation: Normalisation;
  aggregation: CompositeAggregation;
  /** the period key whose value is 100 under 'distance-to-reference' */
  referencePeriod: string | null;
  /**
   * lower end of the min-max scale: values run from this floor to 1. It must be above 0 for
   * geometric aggregation, where a 0 would make the whole index 0.
   */
  minMaxFloor: number;
  imputation: ImputationRule;
  uncertainty: UncertaintySettings;
}

/** the normalisations that can feed this aggregation (and this reference period) */
export function normalisationsAllowed(
  aggregation: CompositeAggregation,
  referencePeriod: string | null,
): Normalisation[] {
  return NORMALISATIONS.filter(
    (n) =>
      !(aggregation === 'geometric' && n === 'z-score') &&
      !(n === 'distance-to-reference' && referencePeriod === null),
  );
}

/**
 * A definition with the defaults filled in: equal weights unless given, no imputation, a
 * min-max floor of 0.1 under geometric aggregation (0 otherwise), 1000 replicates drawing
 * weights within ±50% and every normalisation the aggregation allows.
 */
export function compositeDefinition(
  input: Pick<CompositeDefinition, 'code' | 'name' | 'normalisation' | 'aggregation'> & {
    components: (Omit<CompositeComponent, 'weight'> & { weight?: number })[];
  } & Partial<Omit<CompositeDefinition, 'components' | 'uncertainty'>> & {
      uncertainty?: Partial<UncertaintySettings>;
    },
): CompositeDefinition {
  const referencePeriod = input.referencePeriod ?? null;
  return {
    code: input.code,
    name: input.name,
    components: input.components.map((c) => ({ ...c, weight: c.weight ?? 1 })),
    normalisation: input.normalisation,
    aggregation: input.aggregation,
    referencePeriod,
    minMaxFloor: input.minMaxFloor ?? (input.aggregation === 'geometric' ? 0.1 : 0),
    imputation: input.imputation ?? { rule: 'none' },
    uncertainty: {
      replicates: input.uncertainty?.replicates ?? 1000,
      seed: input.uncertainty?.seed ?? 1,
      weightSpread: input.uncertainty?.weightSpread ?? 0.5,
      normalisations:
        input.uncertainty?.normalisations ??
        normalisationsAllowed(input.aggregation, referencePeriod),
    },
  };
}

/** Throws invalid-input with every problem of the definition itself (not of the data). */
export function validateCompositeDefinition(d: CompositeDefinition): void {
  const problems: InvalidParam[] = [];
  const add = (name: string, reason: string, value?: unknown) =>
    problems.push({ name, reason, value });
  if (!d.code.trim()) add('code', 'must not be empty', d.code);
  if (!d.name.trim()) add('name', 'must not be empty', d.name);
  if (d.components.length === 0) add('components', 'an index needs at least one indicator');
  const seen = new Set<string>();
  d.components.forEach((c, i) => {
    if (seen.has(c.indicatorCode)) {
      add(`components[${i}].indicatorCode`, 'appears twice', c.indicatorCode);
    }
    seen.add(c.indicatorCode);
    if (!(Number.isFinite(c.weight) && c.weight > 0)) {
      add(`components[${i}].weight`, 'must be a number above 0', c.weight);
    }
    if (c.polarity !== 'higher-is-better' && c.polarity !== 'higher-is-worse') {
      add(
        `components[${i}].polarity`,
        'an indicator in an index needs a direction: higher-is-better or higher-is-worse',
        c.polarity,
      );
    }
  });
  if (!NORMALISATIONS.includes(d.normalisation)) {
    add('normalisation', `must be one of ${NORMALISATIONS.join(', ')}`, d.normalisation);
  }
  if (!COMPOSITE_AGGREGATIONS.includes(d.aggregation)) {
    add('aggregation', `must be one of ${COMPOSITE_AGGREGATIONS.join(', ')}`, d.aggregation);
  }
  if (d.referencePeriod !== null && parsePeriod(d.referencePeriod) === null) {
    add('referencePeriod', 'is not a period', d.referencePeriod);
  }
  const allowed = normalisationsAllowed(d.aggregation, d.referencePeriod);
  const why = (n: Normalisation) =>
    n === 'z-score'
      ? 'z-scores are negative for every value below the mean, and a geometric mean of negative values is undefined (OECD/JRC Handbook, Step 6)'
      : 'distance to a reference needs a reference period';
  if (NORMALISATIONS.includes(d.normalisation) && !allowed.includes(d.normalisation)) {
    add('normalisation', why(d.normalisation), d.normalisation);
  }
  if (!(Number.isFinite(d.minMaxFloor) && d.minMaxFloor >= 0 && d.minMaxFloor < 1)) {
    add('minMaxFloor', 'must lie in [0, 1)', d.minMaxFloor);
  } else if (
    d.aggregation === 'geometric' &&
    d.minMaxFloor === 0 &&
    (d.normalisation === 'min-max' || d.uncertainty.normalisations.includes('min-max'))
  ) {
    add(
      'minMaxFloor',
      'must be above 0 for geometric aggregation: the lowest region on any indicator would get 0 and so an index of 0 whatever its other values (OECD/JRC Handbook, Step 6)',
      d.minMaxFloor,
    );
  }
  if (
    d.imputation.rule === 'carry-forward' &&
    !(Number.isInteger(d.imputation.maxPeriods) && d.imputation.maxPeriods >= 1)
  ) {
    add('imputation.maxPeriods', 'must be a whole number of at least 1', d.imputation.maxPeriods);
  }
  const u = d.uncertainty;
  if (!(Number.isInteger(u.replicates) && u.replicates >= 0 && u.replicates <= 10_000)) {
    add('uncertainty.replicates', 'must be a whole number from 0 to 10000', u.replicates);
  }
  if (!Number.isInteger(u.seed)) add('uncertainty.seed', 'must be a whole number', u.seed);
  if (!(Number.isFinite(u.weightSpread) && u.weightSpread >= 0 && u.weightSpread < 1)) {
    add('uncertainty.weightSpread', 'must lie in [0, 1)', u.weightSpread);
  }
  if (u.replicates > 0 && u.normalisations.length === 0) {
    add('uncertainty.normalisations', 'name at least one normalisation to draw from');
  }
  u.normalisations.forEach((n, i) => {
    if (!allowed.includes(n)) {
      add(
        `uncertainty.normalisations[${i}]`,
        NORMALISATIONS.includes(n) ? why(n) : 'unknown normalisation',
        n,
      );
    }
  });
  if (problems.length > 0) {
    throw invalidInput(`The composite index '${d.code}' is not well defined.`, problems);
  }
}
