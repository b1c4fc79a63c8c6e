import { describe, expect, it } from 'vitest';
import { defaultCriteriaTree, criterionLeaves } from './criteria-tree.ts';
import type { FrameworkRecord } from './criteria-tree.ts';
import { frameworkRankings, frameworkRationale, frameworkSmaa } from './framework-report.ts';
import type { FrameworkScore, WeightSet } from './framework-evaluation.ts';

/** Five packages scored on the default tree: effectiveness (OMT), harm per domain/group/sector, values. */
const tree = defaultCriteriaTree();
const leaves = criterionLeaves(tree);
const packages = ['basis', 'avond', 'hard', 'kwetsbaren', 'scholen-open'];
const framework: FrameworkRecord = {
  id: '00000000-0000-4000-8000-000000000001',
  code: 'mit-kader',
  version: 2,
  nameNl: 'Kader',
  nameEn: 'Framework',
  description: '',
  status: 'published',
  tree,
  author: 'secretariaat',
  createdAt: '2026-11-23T10:00:00.000Z',
  basedOnVersion: 1,
  changeNote: 'waarden toegevoegd',
  demo: false,
  packageCodes: packages,
  publishedAt: '2026-11-24T10:00:00.000Z',
};
const effect = [1, 2.5, 4, 2, 3];
const harm = [0.5, 1.5, 4, 1, 2.5];
const scores: FrameworkScore[] = packages.flatMap((p, i) =>
  leaves.map((l, j) => ({
    packageCode: p,
    criterionId: l.id,
    value:
      l.source.kind === 'effectiveness'
        ? effect[i]!
        : l.source.kind === 'impact'
          ? Math.min(4, harm[i]! + (j % 3) * 0.25)
          : [1, 0, -2, 2, -1][i]!,
    low: l.source.kind === 'effectiveness' ? effect[i]! - 0.5 : null,
    high: l.source.kind === 'effectiveness' ? effect[i]! + 0.5 : null,
    rationale: l.source.kind === 'value' ? `judgement on ${l.id}` : '',
    author: l.source.kind === 'value' ? 'mit-lid' : 'omt',
    source: l.source.kind === 'value' ? 'judgement' : `source:${p}/${l.id}`,
    updatedAt: '2026-11-23T11:00:00.000Z',
  })),
);
const swing: WeightSet = {
  id: '00000000-0000-4000-8000-0000000000aa',
  frameworkId: framework.id,
  label: 'Swing',
  input: {
    method: 'swing',
    swings: [
      {
        criterionId: 'impact-domain-education',
        worstLabel: 'dicht',
        bestLabel: 'open',
        points: 100,
      },
      {
        criterionId: 'impact-domain-mental-health',
        worstLabel: 'veel schade',
        bestLabel: 'geen',
        points: 80,
      },
      { criterionId: 'value-solidarity', worstLabel: 'schaadt', bestLabel: 'dient', points: 60 },
      {
        criterionId: 'impact-group-young-people',
        worstLabel: 'veel schade',
        bestLabel: 'geen',
        points: 50,
      },
    ],
  },
  rationale: 'MIT-sessie 12 november',
  author: 'mit-voorzitter',
  createdAt: '2026-11-23T12:00:00.000Z',
};

describe('framework rankings, SMAA and rationale', () => {
  it('ranks OMT and MIT side by side and finds the lexicographic choice', () => {
    const r = frameworkRankings(framework, scores, swing, {
      rules: ['mavt', 'topsis', 'promethee-ii'],
      requiredEffectiveness: { level: 2, basis: 'estimate' },
    });
    expect(r.sideBySide.omt.ranking.map((x) => x.alternativeId)).toEqual([
      'hard',
      'scholen-open',
      'avond',
      'kwetsbaren',
      'basis',
    ]);
    expect(r.sideBySide.mit.criterionIds).not.toContain('effectiveness');
    expect(r.sideBySide.mitRankings).toHaveLength(3);
    expect(r.sideBySide.lexicographic!.excluded.map((x) => x.alternativeId)).toEqual(['basis']);
    expect(r.sensitivity.criteria.map((c) => c.criterionId)).toEqual(r.sideBySide.mit.criterionIds);
    expect(r.incomplete).toEqual([]);
  });

  it('runs SMAA on the weighed MIT criteria with the score ranges, reproducibly', () => {
    const run = () =>
      frameworkSmaa(framework, scores, swing, {
        weightInformation: 'rank-order',
        samples: 2000,
        seed: 9,
      });
    const s = run();
    expect(s.criterionIds).toEqual([
      'impact-domain-education',
      'impact-domain-mental-health',
      'impact-group-young-people',
      'value-solidarity',
    ]);
    expect(s.result.weightModel).toEqual({ kind: 'rank-order', ranks: [1, 2, 4, 3] });
    for (const row of s.result.rankAcceptability)
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(run()).toEqual(s);
    expect(() =>
      frameworkSmaa(framework, scores, null, {
        weightInformation: 'rank-order',
        samples: 10,
        seed: 1,
      }),
    ).toThrow(/Choose a weight set/);
  });

  it('writes a rationale that traces values to rights and numbers to their cells', () => {
    const doc = frameworkRationale(framework, scores, swing, {
      rules: ['mavt'],
      requiredEffectiveness: { level: 2, basis: 'low' },
      samples: 1000,
      seed: 3,
    });
    const solidarity = doc.criteria.find((c) => c.id === 'value-solidarity')!;
    expect(solidarity.rights.map((r) => r.id)).toEqual([
      'gw-20',
      'icescr-9',
      'icescr-12',
      'crpd-11',
    ]);
    expect(solidarity.weight).toBeCloseTo(60 / 290, 12);
    expect(doc.cells).toHaveLength(scores.length);
    expect(doc.statements.en[0]).toMatch(/mit-kader version 2 \(published, published 2026-11-24\)/);
    expect(doc.statements.en.join(' ')).toMatch(/never combined into one score/);
    expect(doc.statements.en.at(-1)).toMatch(
      /SMAA-2 \(1000 samples, seed 3, weights: rank-order\)/,
    );
    // the same sentences in Dutch, from the same numbers, without English phrases
    expect(doc.statements.nl).toHaveLength(doc.statements.en.length);
    expect(doc.statements.nl[0]).toMatch(
      /mit-kader versie 2 \(vastgesteld, vastgesteld 2026-11-24\)/,
    );
    expect(doc.statements.nl.join(' ')).toMatch(/nooit tot één score samengevoegd/);
    expect(doc.statements.nl.at(-1)).toMatch(
      /SMAA-2 \(1000 trekkingen, seed 3, gewichten: rank-order\)/,
    );
    expect(doc.statements.nl.join(' ')).not.toMatch(/ stays best | takes over|samples/);
  });
});
