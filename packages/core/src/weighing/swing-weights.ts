import type { InvalidParam } from '../errors/domain-error.ts';
import { assertValid } from './decision-matrix.ts';
import type { CriterionWeights } from './weights-direct.ts';

/**
 * Swing weighting (von Winterfeldt & Edwards 1986): imagine a package that is worst on
 * every criterion; which single criterion would you most like to swing from its worst to
 * its best level? That swing scores 100; every other swing is rated against it (0..100).
 * Because the user looks at the actual ranges, the weights respect them — the reason MAVT
 * practice prefers swings over direct importance ratings.
 */
export interface SwingInput {
  criterionId: string;
  /** the level the swing starts from (value 0), in words, shown back in the explanation */
  worstLabel: string;
  /** the level the swing ends at (value 1) */
  bestLabel: string;
  /** 100 for the most valued swing, 0..100 for the others */
  points: number;
}

export interface SwingWeightsExplanation {
  method: 'swing';
  /** criterion ids in the order of their swings, most valued first */
  swingOrder: string[];
  swings: { criterionId: string; from: string; to: string; points: number; weight: number }[];
  pointsTotal: number;
}

export function swingWeights(
  input: readonly SwingInput[],
): CriterionWeights<SwingWeightsExplanation> {
  const problems: InvalidParam[] = [];
  if (input.length === 0)
    problems.push({ name: 'swings', reason: 'at least one criterion is needed' });
  const seen = new Set<string>();
  input.forEach((s, k) => {
    if (seen.has(s.criterionId))
      problems.push({
        name: `swings[${k}].criterionId`,
        reason: 'duplicate criterion',
        value: s.criterionId,
      });
    seen.add(s.criterionId);
    if (!Number.isFinite(s.points) || s.points < 0 || s.points > 100)
      problems.push({
        name: `swings[${k}].points`,
        reason: 'must be between 0 and 100',
        value: s.points,
      });
    if (!s.worstLabel?.trim() || !s.bestLabel?.trim())
      problems.push({ name: `swings[${k}]`, reason: 'worst and best levels must be named' });
  });
  if (problems.length === 0 && !input.some((s) => s.points === 100))
    problems.push({
      name: 'swings',
      reason: 'the most valued swing must score 100; rate the others against it',
    });
  assertValid(problems, 'Invalid swing weights');
  const total = input.reduce((a, s) => a + s.points, 0);
  const swings = input.map((s) => ({
    criterionId: s.criterionId,
    from: s.worstLabel,
    to: s.bestLabel,
    points: s.points,
    weight: s.points / total,
  }));
  return {
    criterionIds: swings.map((s) => s.criterionId),
    weights: swings.map((s) => s.weight),
    explanation: {
      method: 'swing',
      swingOrder: [...swings].sort((a, b) => b.points - a.points).map((s) => s.criterionId),
      swings,
      pointsTotal: total,
    },
  };
}
