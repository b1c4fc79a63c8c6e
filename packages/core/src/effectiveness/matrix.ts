import { ficheId } from '../fiches/fiche.ts';
import type { ImpactLadder } from '../ladder/impact-ladder.ts';
import type { EffectivenessEstimate, OmtScenario } from './effectiveness.ts';

export const QUADRANTS = [
  'high-effect-low-harm',
  'high-effect-high-harm',
  'low-effect-low-harm',
  'low-effect-high-harm',
] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** The quadrant the advice looks for first: most effect for least harm. */
export const BEST_QUADRANT: Quadrant = 'high-effect-low-harm';

/** "Moderate effect or more" is a large enough effect on transmission to count as high. */
export const EFFECT_THRESHOLD = 2;

export interface MatrixPoint {
  measureCode: string;
  level: number;
  id: string;
  effectiveness: number;
  effectivenessLow: number;
  effectivenessHigh: number;
  impact: number;
  impactLow: number;
  impactHigh: number;
  quadrant: Quadrant;
  /** where the point was in the compared scenario, when one is given */
  compared: { effectiveness: number; quadrant: Quadrant } | null;
}

export interface EffectImpactMatrix {
  scenario: OmtScenario;
  compareScenario: OmtScenario | null;
  thresholds: { effectiveness: number; impact: number };
  points: MatrixPoint[];
  missing: { measureCode: string; level: number; reason: 'no-estimate' | 'not-on-ladder' }[];
  explanation: string[];
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

function quadrantOf(effect: number, impact: number, impactThreshold: number): Quadrant {
  const high = effect >= EFFECT_THRESHOLD;
  const lowHarm = impact <= impactThreshold;
  if (high) return lowHarm ? 'high-effect-low-harm' : 'high-effect-high-harm';
  return lowHarm ? 'low-effect-low-harm' : 'low-effect-high-harm';
}

/**
 * Places each measure-level with both an adopted fiche and an OMT estimate for the scenario.
 * The harm threshold is the median harm score of the placed points, so "low harm" means
 * "less harmful than half of the options on the table", not an absolute judgement.
 */
export function computeMatrix(
  ladder: ImpactLadder,
  estimates: readonly EffectivenessEstimate[],
  scenario: OmtScenario,
  compare: { scenario: OmtScenario; estimates: readonly EffectivenessEstimate[] } | null = null,
): EffectImpactMatrix {
  const forScenario = (list: readonly EffectivenessEstimate[], code: string) =>
    new Map(list.filter((e) => e.scenarioCode === code).map((e) => [ficheId(e), e]));
  const current = forScenario(estimates, scenario.code);
  const previous = compare ? forScenario(compare.estimates, compare.scenario.code) : null;

  const placed = ladder.entries.filter((e) => current.has(e.id));
  const impactThreshold = median(placed.map((e) => e.score));
  const points: MatrixPoint[] = placed.map((entry) => {
    const est = current.get(entry.id);
    if (!est) throw new Error('unreachable: filtered above');
    const before = previous?.get(entry.id);
    return {
      measureCode: entry.measureCode,
      level: entry.level,
      id: entry.id,
      effectiveness: est.estimate,
      effectivenessLow: est.low,
      effectivenessHigh: est.high,
      impact: entry.score,
      impactLow: entry.scoreLow,
      impactHigh: entry.scoreHigh,
      quadrant: quadrantOf(est.estimate, entry.score, impactThreshold),
      compared: before
        ? {
            effectiveness: before.estimate,
            quadrant: quadrantOf(before.estimate, entry.score, impactThreshold),
          }
        : null,
    };
  });

  const onLadder = new Set(ladder.entries.map((e) => e.id));
  const missing = [
    ...ladder.entries
      .filter((e) => !current.has(e.id))
      .map((e) => ({ measureCode: e.measureCode, level: e.level, reason: 'no-estimate' as const })),
    ...[...current.values()]
      .filter((e) => !onLadder.has(ficheId(e)))
      .map((e) => ({
        measureCode: e.measureCode,
        level: e.level,
        reason: 'not-on-ladder' as const,
      })),
  ];

  const explanation = [
    `Effectiveness: the OMT's ordinal estimate (0–4) for scenario '${scenario.code}' (variant ${scenario.variant}, ${scenario.season}, compliance ${scenario.compliance}, vaccination coverage ${scenario.vaccinationCoverage}).`,
    'Societal impact: the harm score of the impact ladder under the rule shown with it.',
    `High effect: an estimate of ${EFFECT_THRESHOLD} (moderate) or more. Low harm: a harm score at or below the median of the placed points (${impactThreshold}).`,
    'The quadrant "most effect for least harm" holds the options that are both. Points near a threshold, or with wide ranges, may belong to a neighbouring quadrant.',
  ];
  if (compare)
    explanation.push(
      `Compared with scenario '${compare.scenario.code}': the harm score does not depend on the scenario, so points move only along the effectiveness axis.`,
    );
  return {
    scenario,
    compareScenario: compare?.scenario ?? null,
    thresholds: { effectiveness: EFFECT_THRESHOLD, impact: impactThreshold },
    points,
    missing,
    explanation,
  };
}
