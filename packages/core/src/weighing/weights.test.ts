import { describe, expect, it } from 'vitest';
import { directWeights } from './weights-direct.ts';
import { swingWeights } from './swing-weights.ts';

describe('direct weights', () => {
  it('are shares of the total points', () => {
    const r = directWeights([
      { criterionId: 'a', points: 50 },
      { criterionId: 'b', points: 30 },
      { criterionId: 'c', points: 20 },
    ]);
    expect(r.weights).toEqual([0.5, 0.3, 0.2]);
    expect(r.explanation).toEqual({ method: 'direct', points: [50, 30, 20], pointsTotal: 100 });
  });

  it('reject negative, duplicate and all-zero input', () => {
    expect(() => directWeights([{ criterionId: 'a', points: -1 }])).toThrow(/weights\[0\]\.points/);
    expect(() =>
      directWeights([
        { criterionId: 'a', points: 1 },
        { criterionId: 'a', points: 1 },
      ]),
    ).toThrow(/duplicate/);
    expect(() => directWeights([{ criterionId: 'a', points: 0 }])).toThrow(/positive/);
  });
});

describe('swing weights', () => {
  const swings = [
    {
      criterionId: 'education',
      worstLabel: 'schools closed 8 weeks',
      bestLabel: 'schools open',
      points: 100,
    },
    { criterionId: 'economy', worstLabel: 'horeca closed', bestLabel: 'horeca open', points: 60 },
    { criterionId: 'freedom', worstLabel: 'curfew', bestLabel: 'no curfew', points: 40 },
  ];

  it('normalise the swing points and keep the swings for the rationale', () => {
    const r = swingWeights(swings);
    expect(r.weights).toEqual([0.5, 0.3, 0.2]);
    expect(r.explanation.swingOrder).toEqual(['education', 'economy', 'freedom']);
    expect(r.explanation.swings[1]).toMatchObject({
      from: 'horeca closed',
      to: 'horeca open',
      weight: 0.3,
    });
  });

  it('require the most valued swing at 100 and points within 0..100', () => {
    expect(() => swingWeights(swings.map((s) => ({ ...s, points: s.points / 2 })))).toThrow(
      /must score 100/,
    );
    expect(() => swingWeights([{ ...swings[0]!, points: 120 }])).toThrow(/swings\[0\]\.points/);
  });
});
