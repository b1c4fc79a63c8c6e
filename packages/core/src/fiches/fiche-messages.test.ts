import { describe, expect, it } from 'vitest';
import { isMessageKey } from '../i18n/messages.ts';
import { EVIDENCE_GRADES, IMPACT_SCORES, UNCERTAINTY_LEVELS } from './impact-scale.ts';
import { IMPACT_DOMAINS, IMPACT_GROUPS, IMPACT_TARGET_KINDS, SECTORS } from './impact-target.ts';
import { FICHE_STATUSES } from './fiche-workflow.ts';
import { RIGHTS_INSTRUMENTS } from '../rights/fundamental-rights.ts';
import { LADDER_DIRECTIONS, LADDER_TERMS } from '../ladder/impact-ladder.ts';
import { QUADRANTS } from '../effectiveness/matrix.ts';
import {
  CONTEXT_LEVELS,
  EFFECTIVENESS_SCORES,
  SEASONS,
  VARIANTS,
} from '../effectiveness/effectiveness.ts';

describe('message keys the fiche, ladder, matrix and bundle screens compose', () => {
  it('exist for every code in the closed lists', () => {
    const composed = [
      ...IMPACT_DOMAINS.map((c) => `domain.${c}`),
      ...IMPACT_GROUPS.map((c) => `group.${c}`),
      ...SECTORS.map((c) => `sector.${c}`),
      ...IMPACT_TARGET_KINDS.map((c) => `targetKind.${c}`),
      ...EVIDENCE_GRADES.map((c) => `evidence.${c}`),
      ...UNCERTAINTY_LEVELS.map((c) => `uncertainty.${c}`),
      ...IMPACT_SCORES.map((c) => `impactScore.${c}`),
      ...EFFECTIVENESS_SCORES.map((c) => `effectScore.${c}`),
      ...FICHE_STATUSES.flatMap((c) => [`ficheStatus.${c}`, `transition.${c}`]),
      ...RIGHTS_INSTRUMENTS.map((c) => `instrument.${c}`),
      ...LADDER_TERMS.map((c) => `term.${c}`),
      ...LADDER_DIRECTIONS.map((c) => `direction.${c}`),
      ...QUADRANTS.map((c) => `quadrant.${c}`),
      ...VARIANTS.map((c) => `variant.${c}`),
      ...SEASONS.map((c) => `season.${c}`),
      ...CONTEXT_LEVELS.map((c) => `contextLevel.${c}`),
      ...['omt-estimate', 'derived', 'unavailable'].map((c) => `bundles.source.${c}`),
      ...['no-estimate', 'not-on-ladder'].map((c) => `matrix.reason.${c}`),
      ...['added', 'removed', 'changed'].map((c) => `change.${c}`),
    ];
    expect(composed.filter((k) => !isMessageKey(k))).toEqual([]);
  });
});
