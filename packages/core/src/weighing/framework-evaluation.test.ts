import { describe, expect, it } from 'vitest';
import type { DomainError } from '../errors/domain-error.ts';
import { defaultCriteriaTree, criterionLeaves } from './criteria-tree.ts';
import type { CriteriaGroup } from './criteria-tree.ts';
import {
  frameworkProblem,
  validateFrameworkScore,
  weightSetWeights,
} from './framework-evaluation.ts';
import type { FrameworkScore } from './framework-evaluation.ts';

const tree: CriteriaGroup = {
  type: 'group',
  id: 'root',
  nameNl: 'Kader',
  nameEn: 'Framework',
  children: [
    {
      type: 'criterion',
      id: 'effectiveness',
      nameNl: 'Effect',
      nameEn: 'Effect',
      direction: 'benefit',
      unit: 'OMT 0–4',
      source: { kind: 'effectiveness' },
    },
    {
      type: 'criterion',
      id: 'education',
      nameNl: 'Onderwijs',
      nameEn: 'Education',
      direction: 'cost',
      unit: 'harm 0–4',
      source: { kind: 'impact', target: { kind: 'domain', code: 'education' } },
    },
    {
      type: 'criterion',
      id: 'solidarity',
      nameNl: 'Solidariteit',
      nameEn: 'Solidarity',
      direction: 'benefit',
      unit: 'judgement −2..2',
      source: { kind: 'value', value: 'solidarity', rightIds: ['icescr-12'] },
    },
  ],
};
const cell = (
  packageCode: string,
  criterionId: string,
  value: number,
  low: number | null = null,
  high: number | null = null,
): FrameworkScore => ({
  packageCode,
  criterionId,
  value,
  low,
  high,
  rationale: 'because',
  author: 'mit',
  source: 'judgement',
  updatedAt: '2026-11-23T00:00:00.000Z',
});

describe('framework problem', () => {
  it('builds the matrix of complete packages, keeps sides, ranges and sources, and lists the incomplete', () => {
    const scores = [
      cell('a', 'effectiveness', 3, 2, 4),
      cell('a', 'education', 1),
      cell('a', 'solidarity', 1),
      cell('b', 'effectiveness', 1),
      cell('b', 'education', 0),
      cell('b', 'solidarity', 2),
      cell('c', 'effectiveness', 2),
    ];
    const p = frameworkProblem(tree, ['a', 'b', 'c'], scores);
    expect(p.packageCodes).toEqual(['a', 'b']);
    expect(p.incomplete).toEqual([
      { packageCode: 'c', missingCriteria: ['education', 'solidarity'] },
    ]);
    expect(p.sides).toEqual(['omt', 'mit', 'mit']);
    expect(p.matrix.performance).toEqual([
      [3, 1, 1],
      [1, 0, 2],
    ]);
    expect(p.uncertainty[0]![0]).toEqual({ kind: 'triangular', low: 2, high: 4 });
    expect(p.uncertainty[1]![0]).toBeNull();
    // the default scale reaches the ends of the ranges
    expect(p.valueFunctions[0]).toMatchObject({ kind: 'linear', worst: 1, best: 4 });
  });

  it('is a conflict, not a bad request, when fewer than two packages are complete', () => {
    const error = (() => {
      try {
        frameworkProblem(tree, ['a'], [cell('a', 'effectiveness', 1)]);
      } catch (e) {
        return e as DomainError;
      }
    })();
    expect(error?.kind).toBe('conflict');
    expect(error?.message).toMatch(/a \(education, solidarity\)/);
  });
});

describe('weight sets', () => {
  const leafIds = criterionLeaves(defaultCriteriaTree()).map((l) => l.id);

  it('swing weights land on their criteria, the rest 0', () => {
    const r = weightSetWeights(
      {
        method: 'swing',
        swings: [
          {
            criterionId: 'impact-domain-education',
            worstLabel: 'closed',
            bestLabel: 'open',
            points: 100,
          },
          { criterionId: 'value-solidarity', worstLabel: 'harms', bestLabel: 'serves', points: 50 },
        ],
      },
      leafIds,
    );
    expect(r.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(r.weights[leafIds.indexOf('impact-domain-education')]).toBeCloseTo(2 / 3, 12);
    expect(r.weights[leafIds.indexOf('effectiveness')]).toBe(0);
  });

  it('AHP sets carry the consistency warning; imprecise sets their centroid (rank order → ROC weights)', () => {
    const ahp = weightSetWeights(
      {
        method: 'ahp',
        criterionIds: ['value-justice', 'value-solidarity', 'value-legal-certainty'],
        judgements: [
          { a: 'value-justice', b: 'value-solidarity', value: 6 },
          { a: 'value-justice', b: 'value-legal-certainty', value: 8 },
          { a: 'value-solidarity', b: 'value-legal-certainty', value: 4 },
        ],
      },
      leafIds,
    );
    expect(ahp.warnings[0]).toMatch(/Consistency ratio/);
    const imprecise = weightSetWeights(
      {
        method: 'imprecise',
        criterionIds: ['value-justice', 'value-solidarity'],
        model: { kind: 'rank-order', ranks: [1, 2] },
      },
      leafIds,
    );
    // rank-order centroid for two criteria: (3/4, 1/4)
    expect(imprecise.weights[leafIds.indexOf('value-justice')]).toBeCloseTo(0.75, 2);
    expect(imprecise.imprecise?.model.kind).toBe('rank-order');
  });

  it('rejects criteria the framework does not have', () => {
    expect(() =>
      weightSetWeights({ method: 'direct', points: [{ criterionId: 'nope', points: 1 }] }, leafIds),
    ).toThrow(/input\.points\[0\] unknown criterion/);
  });
});

describe('score validation', () => {
  const leaves = criterionLeaves(tree);
  it('demands a rationale for value judgements and a consistent range', () => {
    expect(
      validateFrameworkScore({ ...cell('a', 'solidarity', 1), rationale: ' ' }, leaves[2]).map(
        (p) => p.name,
      ),
    ).toEqual(['score.rationale']);
    expect(
      validateFrameworkScore({ ...cell('a', 'education', 1, 2, 3) }, leaves[1]).map((p) => p.name),
    ).toEqual(['score.low']);
    expect(validateFrameworkScore({ ...cell('a', 'x', 1) }, undefined).map((p) => p.name)).toEqual([
      'score.criterionId',
    ]);
  });
});
