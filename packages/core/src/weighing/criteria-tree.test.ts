import { describe, expect, it } from 'vitest';
import {
  FRAMEWORK_VALUES,
  FRAMEWORK_VALUE_INFO,
  criterionLeaves,
  criterionSide,
  defaultCriteriaTree,
  globalWeights,
  validateCriteriaTree,
} from './criteria-tree.ts';
import type { CriteriaGroup } from './criteria-tree.ts';
import { isFundamentalRightId } from '../rights/fundamental-rights.ts';

describe('criteria tree', () => {
  it('the default tree is valid, has every value grounded in known rights, and one OMT criterion', () => {
    const tree = defaultCriteriaTree();
    expect(validateCriteriaTree(tree)).toEqual([]);
    const leaves = criterionLeaves(tree);
    expect(leaves.filter((l) => criterionSide(l) === 'omt').map((l) => l.id)).toEqual([
      'effectiveness',
    ]);
    const values = leaves.flatMap((l) => (l.source.kind === 'value' ? [l.source.value] : []));
    expect(values).toEqual([...FRAMEWORK_VALUES]);
    for (const info of FRAMEWORK_VALUE_INFO)
      expect(info.defaultRightIds.every(isFundamentalRightId)).toBe(true);
  });

  it('rejects a value without rights, unknown rights and targets, and duplicate ids, with their paths', () => {
    const tree: CriteriaGroup = {
      type: 'group',
      id: 'root',
      nameNl: 'Kader',
      nameEn: 'Framework',
      children: [
        {
          type: 'criterion',
          id: 'v',
          nameNl: 'Solidariteit',
          nameEn: 'Solidarity',
          direction: 'benefit',
          unit: 'judgement',
          source: { kind: 'value', value: 'solidarity', rightIds: [] },
        },
        {
          type: 'criterion',
          id: 'v',
          nameNl: 'Rechtvaardigheid',
          nameEn: 'Justice',
          direction: 'benefit',
          unit: 'judgement',
          source: { kind: 'value', value: 'justice', rightIds: ['echr-99'] },
        },
        {
          type: 'criterion',
          id: 'i',
          nameNl: 'x',
          nameEn: 'x',
          direction: 'cost',
          unit: 'score',
          source: { kind: 'impact', target: { kind: 'sector', code: 'mining' } as never },
        },
      ],
    };
    expect(validateCriteriaTree(tree).map((p) => p.name)).toEqual([
      'tree.children[0].source.rightIds',
      'tree.children[1].id',
      'tree.children[1].source.rightIds[0]',
      'tree.children[2].source.target',
    ]);
  });

  it('reports a malformed tree (as it may arrive in a request) instead of crashing', () => {
    const malformed = {
      type: 'group',
      id: 'root',
      nameNl: 'x',
      nameEn: 'x',
      children: [
        { type: 'leaf' },
        { type: 'group', id: 'g', nameNl: 'g', nameEn: 'g', children: 'no' },
        { type: 'criterion', id: 'c' },
      ],
    } as unknown as CriteriaGroup;
    expect(validateCriteriaTree(malformed).map((p) => p.name)).toEqual([
      'tree.children[0].type',
      'tree.children[1].children',
      'tree.children[2].source',
    ]);
  });

  it('global weights multiply the local weights along the path', () => {
    const tree = defaultCriteriaTree();
    const local: Record<string, number> = {
      omt: 0,
      impacts: 3,
      values: 1,
      'impact-domains': 1,
      'impact-priorities': 1,
    };
    for (const l of criterionLeaves(tree)) local[l.id] = 1;
    const weights = globalWeights(tree, local);
    const sum = weights.reduce((s, w) => s + w.weight, 0);
    expect(sum).toBeCloseTo(1, 12);
    // impacts 3/4, domains 1/2 of that, 8 domains share it equally
    expect(weights.find((w) => w.criterionId === 'impact-domain-education')!.weight).toBeCloseTo(
      (0.75 * 0.5) / 8,
      12,
    );
    expect(weights.find((w) => w.criterionId === 'effectiveness')!.weight).toBe(0);
    expect(
      weights.find((w) => w.criterionId === 'value-justice')!.path.map((p) => p.nodeId),
    ).toEqual(['values', 'value-justice']);
  });
});
