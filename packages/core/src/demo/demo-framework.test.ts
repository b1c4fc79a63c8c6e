import { describe, expect, it } from 'vitest';
import { criterionLeaves } from '../weighing/criteria-tree.ts';
import { validateFrameworkScore, weightSetWeights } from '../weighing/framework-evaluation.ts';
import { frameworkRankings } from '../weighing/framework-report.ts';
import { demoFramework } from './demo-framework.ts';

describe('demo framework', () => {
  const f = demoFramework();
  const leaves = criterionLeaves(f.tree);
  const record = {
    ...f,
    id: '00000000-0000-4000-8000-000000000001',
    version: 1,
    status: 'published' as const,
    createdAt: f.updatedAt,
    basedOnVersion: null,
    demo: true,
  };
  const scores = f.scores.map((s) => ({ ...s, updatedAt: f.updatedAt }));

  it('scores five or more packages on every criterion, each cell valid and sourced', () => {
    expect(f.packageCodes.length).toBeGreaterThanOrEqual(5);
    expect(f.scores).toHaveLength(f.packageCodes.length * leaves.length);
    for (const s of f.scores)
      expect(
        validateFrameworkScore(
          s,
          leaves.find((l) => l.id === s.criterionId),
        ),
      ).toEqual([]);
    const effectiveness = f.scores.filter((s) => s.criterionId === 'effectiveness');
    expect(effectiveness.every((s) => s.source.startsWith('omt:'))).toBe(true);
    expect(effectiveness.some((s) => s.source.startsWith('omt:bundle-estimate:'))).toBe(true);
    const impacts = f.scores.filter((s) => s.criterionId.startsWith('impact-'));
    expect(impacts.every((s) => /^fiche:[a-z-]+\/\d+@\d+/.test(s.source))).toBe(true);
  });

  it('has a swing and a consistent AHP weight set', () => {
    const ids = leaves.map((l) => l.id);
    const [swing, ahp] = f.weightSets.map((w) => weightSetWeights(w.input, ids));
    expect(f.weightSets.map((w) => w.input.method)).toEqual(['swing', 'ahp']);
    expect(swing!.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(ahp!.warnings).toEqual([]);
  });

  it('ranks the packages on both sides without merging them', () => {
    const set = {
      id: '00000000-0000-4000-8000-000000000002',
      frameworkId: record.id,
      label: f.weightSets[0]!.label,
      input: f.weightSets[0]!.input,
      rationale: f.weightSets[0]!.rationale,
      author: f.weightSets[0]!.author,
      createdAt: f.updatedAt,
    };
    const r = frameworkRankings(record, scores, set, {
      rules: ['mavt', 'topsis', 'promethee-ii'],
      requiredEffectiveness: null,
    });
    expect(r.incomplete).toEqual([]);
    expect(r.sideBySide.omt.ranking).toHaveLength(f.packageCodes.length);
    expect(r.sideBySide.mitRankings).toHaveLength(3);
    // the hard lockdown is the OMT's strongest package and the MIT's most harmful one
    expect(r.sideBySide.omt.ranking[0]!.alternativeId).toBe('harde-lockdown');
    const mavt = r.sideBySide.mitRankings.find((m) => m.rule === 'mavt')!.ranking;
    expect(mavt.at(-1)!.alternativeId).toBe('harde-lockdown');
  });
});
