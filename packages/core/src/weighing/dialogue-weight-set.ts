import type { InvalidParam } from '../errors/domain-error.ts';
import { assertValid } from './decision-matrix.ts';
import type { DirectWeightInput } from './weights-direct.ts';

export interface DialogueWeightSetInput {
  /** the framework's leaf criteria */
  leafIds: readonly string[];
  /** the weights of a base weight set, aligned with leafIds */
  baseWeights: readonly number[];
  /** the criteria the dialogue weighed, and one group's weights for them (summing to 1) */
  dialogueCriterionIds: readonly string[];
  groupWeights: readonly number[];
  /**
   * The total weight the dialogue criteria get together. Default: what the base set gives
   * them, so the dialogue decides only how that share is divided, not how large it is.
   */
  share?: number;
}

export interface DialogueWeightSetExplanation {
  rule: string;
  share: number;
  shareFrom: 'base weight set' | 'chosen explicitly';
  /** per dialogue criterion: base weight → new weight */
  changes: { criterionId: string; baseWeight: number; weight: number }[];
}

export interface DialogueWeightSet {
  input: { method: 'direct'; points: DirectWeightInput[] };
  weights: number[];
  explanation: DialogueWeightSetExplanation;
}

/**
 * Turns a dialogue group's weights into a weight set for the whole framework: a dialogue
 * weighs only a few criteria (the values, say), so the other criteria keep the weights of a
 * base set and the dialogue divides the dialogue criteria's share among them. Stored as a
 * direct weight set (points = weight × 100), so the usual engines and the rationale use it
 * without knowing where it came from; the rationale text names the dialogue and group.
 */
export function dialogueWeightSet(input: DialogueWeightSetInput): DialogueWeightSet {
  const problems: InvalidParam[] = [];
  const index = new Map(input.leafIds.map((id, i) => [id, i]));
  if (input.baseWeights.length !== input.leafIds.length)
    problems.push({ name: 'baseWeights', reason: 'must have one weight per leaf criterion' });
  if (input.groupWeights.length !== input.dialogueCriterionIds.length)
    problems.push({ name: 'groupWeights', reason: 'must have one weight per dialogue criterion' });
  input.dialogueCriterionIds.forEach((id, k) => {
    if (!index.has(id))
      problems.push({
        name: `dialogueCriterionIds[${k}]`,
        reason: 'not a leaf criterion of the framework',
        value: id,
      });
  });
  const baseShare = input.dialogueCriterionIds.reduce(
    (s, id) => s + (input.baseWeights[index.get(id) ?? -1] ?? 0),
    0,
  );
  const share = input.share ?? baseShare;
  if (!Number.isFinite(share) || share <= 0 || share > 1)
    problems.push({
      name: 'share',
      reason:
        input.share === undefined
          ? 'the base weight set gives the dialogue criteria no weight: choose their share explicitly'
          : 'must be above 0 and at most 1',
      value: share,
    });
  assertValid(problems, "Cannot make a weight set from the citizens' dialogue");

  const weights = input.leafIds.map((_, i) => input.baseWeights[i]!);
  // without an explicit share the rest keeps its weights exactly; with one it is rescaled
  const restBase = 1 - baseShare;
  const restScale = input.share === undefined || restBase <= 0 ? 1 : (1 - share) / restBase;
  for (let i = 0; i < weights.length; i++) weights[i] = weights[i]! * restScale;
  const changes = input.dialogueCriterionIds.map((id, k) => {
    const i = index.get(id)!;
    const weight = share * input.groupWeights[k]!;
    const change = { criterionId: id, baseWeight: input.baseWeights[i]!, weight };
    weights[i] = weight;
    return change;
  });
  return {
    input: {
      method: 'direct',
      points: input.leafIds.map((criterionId, i) => ({
        criterionId,
        points: Math.round(weights[i]! * 100 * 1e6) / 1e6,
      })),
    },
    weights,
    explanation: {
      rule: 'dialogue criteria share × group weight; other criteria keep the base weights',
      share,
      shareFrom: input.share === undefined ? 'base weight set' : 'chosen explicitly',
      changes,
    },
  };
}
