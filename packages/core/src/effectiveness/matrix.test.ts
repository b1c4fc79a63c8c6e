import { describe, expect, it } from 'vitest';
import { content, impact } from '../fiches/fiche-test-fixtures.ts';
import { DEFAULT_LADDER_RULE, computeImpactLadder } from '../ladder/impact-ladder.ts';
import type { EffectivenessEstimate, OmtScenario } from './effectiveness.ts';
import { rankSectorRisk, validateEffectivenessRange } from './effectiveness.ts';
import { computeMatrix } from './matrix.ts';

const scenario = (code: string): OmtScenario => ({
  code,
  nameNl: code,
  nameEn: code,
  variant: 'delta',
  season: 'winter',
  compliance: 'medium',
  vaccinationCoverage: 'medium',
  demo: false,
});
const est = (
  measureCode: string,
  scenarioCode: string,
  estimate: number,
): EffectivenessEstimate => ({
  measureCode,
  level: 1,
  scenarioCode,
  estimate,
  low: Math.max(0, estimate - 1),
  high: estimate,
  rationale: '',
  author: 'omt',
  updatedAt: '2022-10-01T00:00:00.000Z',
  demo: false,
});

const ladder = computeImpactLadder(
  [],
  ['a', 'b', 'c', 'd'].map((code, i) => ({
    measureCode: code,
    level: 1,
    version: 1,
    content: content([impact('group', 'elderly', -(i % 4) as -1)]),
  })),
  DEFAULT_LADDER_RULE,
);
// harm: a 0, b 1, c 2, d 3 → median 1.5

describe('effectiveness × impact matrix', () => {
  it('puts each point in a quadrant by the effect threshold and the median harm', () => {
    const m = computeMatrix(
      ladder,
      [est('a', 's', 3), est('b', 's', 1), est('c', 's', 4), est('d', 's', 0)],
      scenario('s'),
    );
    expect(m.thresholds).toEqual({ effectiveness: 2, impact: 1.5 });
    expect(Object.fromEntries(m.points.map((p) => [p.measureCode, p.quadrant]))).toEqual({
      a: 'high-effect-low-harm',
      b: 'low-effect-low-harm',
      c: 'high-effect-high-harm',
      d: 'low-effect-high-harm',
    });
  });

  it('lists what cannot be placed, and shows how points move to another scenario', () => {
    const estimates = [est('a', 's', 1), est('b', 's', 3), est('a', 't', 3), est('x', 's', 2)];
    const m = computeMatrix(ladder, estimates, scenario('s'), {
      scenario: scenario('t'),
      estimates,
    });
    expect(m.missing).toEqual([
      // in ladder order: most harmful first
      { measureCode: 'd', level: 1, reason: 'no-estimate' },
      { measureCode: 'c', level: 1, reason: 'no-estimate' },
      { measureCode: 'x', level: 1, reason: 'not-on-ladder' },
    ]);
    const a = m.points.find((p) => p.measureCode === 'a');
    expect(a?.quadrant).toBe('low-effect-low-harm');
    expect(a?.compared).toEqual({ effectiveness: 3, quadrant: 'high-effect-low-harm' });
    expect(m.points.find((p) => p.measureCode === 'b')?.compared).toBeNull();
  });

  it('validates ordinal ranges and ranks the sector risk ladder with ties', () => {
    expect(validateEffectivenessRange({ estimate: 2, low: 3, high: 4 })[0]?.reason).toMatch(
      /within/,
    );
    expect(validateEffectivenessRange({ estimate: 5, low: 0, high: 4 })[0]?.name).toBe('estimate');
    const ladder = rankSectorRisk([
      { sector: 'retail', risk: 2, rationale: '', demo: false },
      { sector: 'horeca', risk: 5, rationale: '', demo: false },
      { sector: 'events', risk: 5, rationale: '', demo: false },
    ]);
    expect(ladder.entries.map((e) => [e.sector, e.rank, e.tiedWith])).toEqual([
      ['events', 1, ['horeca']],
      ['horeca', 1, ['events']],
      ['retail', 3, []],
    ]);
  });
});
