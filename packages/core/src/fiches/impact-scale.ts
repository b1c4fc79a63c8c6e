/**
 * The ordinal impact scale of the fiches. The sign is the direction (negative = harm to
 * the domain, group or sector; positive = benefit), the magnitude the size, always judged
 * against level 0 of the same measure ("no measure"). Ordinal: a −2 is worse than a −1,
 * not twice as bad; engines that add scores say so in their explanation. The words for each
 * score are in the message catalogue under 'impactScore.<score>'.
 */
export const IMPACT_SCORES = [-3, -2, -1, 0, 1, 2, 3] as const;
export type ImpactScore = (typeof IMPACT_SCORES)[number];

export function isImpactScore(value: unknown): value is ImpactScore {
  return typeof value === 'number' && (IMPACT_SCORES as readonly number[]).includes(value);
}

/** How strong the knowledge behind an impact is, strongest first. */
export const EVIDENCE_GRADES = ['strong', 'moderate', 'limited', 'expert-judgement'] as const;
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];

/** How far the true impact may lie from the stated score. */
export const UNCERTAINTY_LEVELS = ['low', 'medium', 'high'] as const;
export type UncertaintyLevel = (typeof UNCERTAINTY_LEVELS)[number];

/**
 * The score spread each uncertainty level stands for, in scale steps either side. Used to
 * turn a stated uncertainty into an interval so that rankings can show overlap.
 */
export function uncertaintySpread(level: UncertaintyLevel): number {
  switch (level) {
    case 'low':
      return 0;
    case 'medium':
      return 1;
    case 'high':
      return 2;
    default: {
      const unreachable: never = level;
      throw new Error(`unknown uncertainty level ${String(unreachable)}`);
    }
  }
}

export function clampScore(value: number): number {
  return Math.max(-3, Math.min(3, value));
}
