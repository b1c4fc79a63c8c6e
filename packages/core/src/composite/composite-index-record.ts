import { DomainError, invalidInput } from '../errors/domain-error.ts';
import type { InvalidParam } from '../errors/domain-error.ts';
import { PERIOD_TYPES, parsePeriod } from '../observations/period.ts';
import type { PeriodType } from '../observations/period.ts';
import type { RegionLevel } from '../regions/region.ts';
import { validateCompositeDefinition } from './composite-definition.ts';
import type {
  CompositeAggregation,
  CompositeComponent,
  CompositeDefinition,
  ImputationRule,
  Normalisation,
  UncertaintySettings,
} from './composite-definition.ts';

/**
 * A stored composite index: the definition the engine computes, plus what a reader needs to
 * find and trust it (names and description in both languages, the regional level and period
 * type it is computed on, its author, and whether it is demo content). An index is defined
 * on one level and one period type because the engine neither converts periods nor mixes
 * levels: gemeenten and provincies in one min-max scale would not be comparable.
 */
export const COMPOSITE_LEVELS = ['gemeente', 'veiligheidsregio', 'provincie', 'nl'] as const;
export type CompositeLevel = (typeof COMPOSITE_LEVELS)[number];

/** the region level in the registry that an index level computes over */
export function regionLevelOfCompositeLevel(level: CompositeLevel): RegionLevel {
  switch (level) {
    case 'gemeente':
    case 'veiligheidsregio':
    case 'provincie':
      return level;
    case 'nl':
      return 'land';
    default: {
      const unreachable: never = level;
      throw new Error(`unknown composite level ${String(unreachable)}`);
    }
  }
}

export interface CompositeIndexInput {
  code: string;
  nameNl: string;
  nameEn: string;
  descriptionNl: string;
  descriptionEn: string;
  components: CompositeComponent[];
  normalisation: Normalisation;
  aggregation: CompositeAggregation;
  referencePeriod: string | null;
  minMaxFloor: number;
  imputation: ImputationRule;
  uncertainty: UncertaintySettings;
  level: CompositeLevel;
  periodType: PeriodType;
  author: string;
  demo: boolean;
}

export interface CompositeIndexRecord extends CompositeIndexInput {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export function compositeDefinitionOf(
  input: CompositeIndexInput,
  language: 'nl' | 'en' = 'en',
): CompositeDefinition {
  return {
    code: input.code,
    name: language === 'nl' ? input.nameNl : input.nameEn,
    components: input.components,
    normalisation: input.normalisation,
    aggregation: input.aggregation,
    referencePeriod: input.referencePeriod,
    minMaxFloor: input.minMaxFloor,
    imputation: input.imputation,
    uncertainty: input.uncertainty,
  };
}

/**
 * Every problem of a stored index's input at once: the engine's definition checks plus the
 * level, the period type, the names, and a reference period of the index's own period type
 * (a month key would never match quarterly observations and silently give no index).
 */
export function validateCompositeIndexInput(input: CompositeIndexInput): void {
  const problems: InvalidParam[] = [];
  try {
    validateCompositeDefinition(compositeDefinitionOf(input));
  } catch (error) {
    if (error instanceof DomainError) problems.push(...error.invalidParams);
    else throw error;
  }
  if (!input.nameNl.trim()) problems.push({ name: 'nameNl', reason: 'must not be empty' });
  if (!COMPOSITE_LEVELS.includes(input.level)) {
    problems.push({
      name: 'level',
      reason: `must be one of ${COMPOSITE_LEVELS.join(', ')}`,
      value: input.level,
    });
  }
  if (!PERIOD_TYPES.includes(input.periodType)) {
    problems.push({
      name: 'periodType',
      reason: `must be one of ${PERIOD_TYPES.join(', ')}`,
      value: input.periodType,
    });
  }
  if (
    input.referencePeriod !== null &&
    PERIOD_TYPES.includes(input.periodType) &&
    !problems.some((p) => p.name === 'referencePeriod') &&
    !referenceMatches(input.referencePeriod, input.periodType)
  ) {
    problems.push({
      name: 'referencePeriod',
      reason: `must be a ${input.periodType} period, the period type of the index`,
      value: input.referencePeriod,
    });
  }
  // the engine names the index by `name` (English here); report it under the field sent
  for (const p of problems) if (p.name === 'name') p.name = 'nameEn';
  if (problems.length > 0) {
    throw invalidInput(`The composite index '${input.code}' is not well defined.`, problems);
  }
}

/** the canonical key of a period of the index's type, as observations are keyed */
function referenceMatches(key: string, type: PeriodType): boolean {
  const period = parsePeriod(key);
  return period !== null && period.type === type && period.key === key;
}
