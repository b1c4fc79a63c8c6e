import { describe, expect, it } from 'vitest';
import { dialogueWeightSet } from './dialogue-weight-set.ts';
import { directWeights } from './weights-direct.ts';
import {
  assertValidDialogueDefinition,
  assertValidDialogueResponse,
  defaultDilemmas,
} from './dialogue.ts';
import { dialogueWeights } from './dialogue-weights.ts';
import { DomainError } from '../errors/domain-error.ts';

const leafIds = ['effectiveness', 'impact', 'value-justice', 'value-solidarity'];

describe("weight set from a citizens' dialogue", () => {
  it('divides the dialogue criteria share of the base set by the group weights, the rest unchanged', () => {
    const r = dialogueWeightSet({
      leafIds,
      baseWeights: [0.5, 0.3, 0.1, 0.1],
      dialogueCriterionIds: ['value-solidarity', 'value-justice'],
      groupWeights: [0.75, 0.25],
    });
    expect(r.weights[0]).toBeCloseTo(0.5, 12);
    expect(r.weights[1]).toBeCloseTo(0.3, 12);
    expect(r.weights[2]).toBeCloseTo(0.05, 12);
    expect(r.weights[3]).toBeCloseTo(0.15, 12);
    expect(r.explanation.shareFrom).toBe('base weight set');
    // stored as direct points, which give back the same weights
    const back = directWeights(r.input.points);
    back.weights.forEach((w, i) => expect(w).toBeCloseTo(r.weights[i]!, 6));
  });

  it('an explicit share rescales the other criteria so the total stays 1', () => {
    const r = dialogueWeightSet({
      leafIds,
      baseWeights: [0.5, 0.5, 0, 0],
      dialogueCriterionIds: ['value-justice', 'value-solidarity'],
      groupWeights: [0.5, 0.5],
      share: 0.4,
    });
    expect(r.weights).toEqual([0.3, 0.3, 0.2, 0.2].map((w) => expect.closeTo(w, 12)));
  });

  it('refuses a base set that gives the dialogue criteria nothing, and says why', () => {
    try {
      dialogueWeightSet({
        leafIds,
        baseWeights: [0.5, 0.5, 0, 0],
        dialogueCriterionIds: ['value-justice', 'value-solidarity'],
        groupWeights: [0.5, 0.5],
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect(JSON.stringify((e as DomainError).invalidParams)).toContain('choose their share');
    }
  });
});

describe("citizens' dialogue definition and answers", () => {
  const criteria = [
    { id: 'value-justice', nameNl: 'Rechtvaardigheid', nameEn: 'Justice' },
    { id: 'value-solidarity', nameNl: 'Solidariteit', nameEn: 'Solidarity' },
    {
      id: 'value-future-generations',
      nameNl: 'Toekomstige generaties',
      nameEn: 'Future generations',
    },
  ];
  const definition = {
    titleNl: 'Dialoog',
    titleEn: 'Dialogue',
    criterionIds: criteria.map((c) => c.id),
    dilemmas: defaultDilemmas(criteria),
    groups: [{ code: 'young-people', nameNl: 'Jongeren', nameEn: 'Young people' }],
  };

  it('asks every pair once, and the answers to them give weights', () => {
    expect(definition.dilemmas.map((d) => d.id)).toEqual([
      'value-justice--value-solidarity',
      'value-justice--value-future-generations',
      'value-solidarity--value-future-generations',
    ]);
    expect(definition.dilemmas[0]!.questionNl).toContain('rechtvaardigheid of solidariteit');
    expect(() =>
      assertValidDialogueDefinition(definition, [...definition.criterionIds, 'x']),
    ).not.toThrow();
    const result = dialogueWeights({
      criterionIds: definition.criterionIds,
      dilemmas: definition.dilemmas,
      answers: definition.dilemmas.map((d) => ({
        participantId: 'p1',
        groupCode: 'young-people',
        dilemmaId: d.id,
        choice: 'equal' as const,
        strength: 1,
      })),
    });
    result.overall.weights!.forEach((w) => expect(w).toBeCloseTo(1 / 3, 12));
  });

  it('locates every problem in a definition', () => {
    try {
      assertValidDialogueDefinition(
        { ...definition, titleEn: ' ', groups: [{ code: 'Bad Code', nameNl: 'x', nameEn: 'x' }] },
        ['value-justice', 'value-solidarity'],
      );
      expect.unreachable();
    } catch (e) {
      const names = (e as DomainError).invalidParams.map((p) => p.name);
      expect(names).toEqual(['titleEn', 'criterionIds[2]', 'groups[0].code']);
    }
  });

  it('refuses unknown groups and dilemmas, strengths off the scale, and a closed dialogue', () => {
    try {
      assertValidDialogueResponse(
        { ...definition, status: 'open' },
        {
          groupCode: 'elderly',
          answers: [
            { dilemmaId: 'nope', choice: 'a', strength: 3 },
            { dilemmaId: 'value-justice--value-solidarity', choice: 'b', strength: 12 },
          ],
        },
      );
      expect.unreachable();
    } catch (e) {
      const names = (e as DomainError).invalidParams.map((p) => p.name);
      expect(names).toEqual(['groupCode', 'answers[0].dilemmaId', 'answers[1].strength']);
    }
    expect(() =>
      assertValidDialogueResponse(
        { ...definition, status: 'closed' },
        { groupCode: 'young-people', answers: [] },
      ),
    ).toThrow(/closed/);
  });
});
