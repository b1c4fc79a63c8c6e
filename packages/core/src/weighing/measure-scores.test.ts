import { describe, expect, it } from 'vitest';
import { criterionLeaves, defaultCriteriaTree } from './criteria-tree.ts';
import { scoresFromMeasures } from './measure-scores.ts';
import type { PackageMeasureData } from './measure-scores.ts';

const effect = (scenarioCode: string, source: 'omt-estimate' | 'derived', estimate: number) => ({
  scenarioCode,
  source,
  estimate,
  low: estimate - 1,
  high: estimate,
  rationale: `${source} rationale`,
  rule: null,
  caveat: source === 'derived' ? 'Not an OMT estimate.' : null,
  missingMembers: [],
});

describe('scores from the measures data', () => {
  const tree = defaultCriteriaTree();
  const data: PackageMeasureData[] = [
    {
      packageCode: 'a',
      analysis: {
        effects: [effect('winter', 'omt-estimate', 3), effect('summer', 'derived', 1)],
        profile: [
          {
            target: 'domain:education',
            kind: 'domain',
            code: 'education',
            members: [
              { id: 'scholen/3', score: -3, harm: 3 },
              { id: 'horeca/1', score: -0.5, harm: 0.5 },
            ],
            cumulativeHarm: 3.5,
            worst: -3,
            harmedBy: 2,
          },
        ],
      },
      memberFiches: [
        { id: 'scholen/3', version: 2 },
        { id: 'horeca/1', version: 1 },
      ],
    },
  ];

  it('takes the scenario’s OMT estimate with its range, and the derived value with its caveat', () => {
    const winter = scoresFromMeasures(tree, data, 'winter').find(
      (s) => s.criterionId === 'effectiveness',
    );
    expect(winter).toMatchObject({ value: 3, low: 2, high: 3 });
    expect(winter?.source).toBe('omt:bundle-estimate:a/winter');
    const summer = scoresFromMeasures(tree, data, 'summer').find(
      (s) => s.criterionId === 'effectiveness',
    );
    expect(summer?.source).toBe('omt:derived:a/summer');
    expect(summer?.rationale).toContain('Not an OMT estimate.');
    expect(
      scoresFromMeasures(tree, data, 'autumn').some((s) => s.criterionId === 'effectiveness'),
    ).toBe(false);
  });

  it('scores every impact criterion as cumulative harm, citing each member fiche version; no values', () => {
    const cells = scoresFromMeasures(tree, data, 'winter');
    const impacts = criterionLeaves(tree).filter((l) => l.source.kind === 'impact');
    expect(cells.filter((c) => c.criterionId.startsWith('impact-'))).toHaveLength(impacts.length);
    const education = cells.find((c) => c.criterionId === 'impact-domain-education')!;
    expect(education.value).toBe(3.5);
    expect(education.source).toBe('fiche:scholen/3@2 fiche:horeca/1@1');
    expect(education.rationale).toContain('scholen/3 3');
    expect(cells.find((c) => c.criterionId === 'impact-domain-economy')?.value).toBe(0);
    expect(cells.some((c) => c.criterionId.startsWith('value-'))).toBe(false);
  });
});
