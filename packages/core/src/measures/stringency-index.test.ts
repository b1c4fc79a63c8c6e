import { describe, expect, it } from 'vitest';
import { computeStringencyIndex, STRINGENCY_INDICATORS } from './stringency-index.ts';
import { oxcgrtIndicator } from './oxcgrt-indicator.ts';
import type { PolicyLevels } from './oxcgrt-indicator.ts';

// the worked example in the OxCGRT codebook, section "Example index calculation"
const codebookExample: PolicyLevels = {
  C1: { level: 2, flag: 1 },
  C2: { level: 0, flag: null },
  C3: { level: 2, flag: 0 },
  C4: { level: 2, flag: 0 },
  C5: { level: 0, flag: null },
  C6: { level: 1, flag: 0 },
  C7: { level: 1, flag: 1 },
  C8: { level: 3, flag: null },
  H1: { level: 2, flag: 0 },
  // not part of the stringency index: must not change it
  E1: { level: 2, flag: 0 },
  H2: { level: 3, flag: null },
};

describe('computeStringencyIndex', () => {
  it('reproduces the codebook example: 43.98, with each sub-index score', () => {
    const result = computeStringencyIndex(codebookExample);
    expect(result.rounded).toBe(43.98);
    const scores = Object.fromEntries(
      result.components.map((c) => [c.code, Number(c.subIndex?.toFixed(2))]),
    );
    expect(scores).toEqual({
      C1: 66.67,
      C2: 0,
      C3: 75,
      C4: 37.5,
      C5: 0,
      C6: 16.67,
      C7: 50,
      C8: 75,
      H1: 75,
    });
    expect(result.missing).toEqual([]);
  });

  it('explains each component: rule, maximum level, flag and the arithmetic', () => {
    const result = computeStringencyIndex(codebookExample);
    const byCode = new Map(result.components.map((c) => [c.code, c]));
    expect(byCode.get('C3')).toMatchObject({
      level: 2,
      flag: 0,
      maxLevel: 2,
      hasFlag: true,
      rule: 'flagged',
      working: '100 × (2 − 0.5 × (1 − 0)) / 2 = 75.00',
    });
    expect(byCode.get('C8')).toMatchObject({ hasFlag: false, rule: 'unflagged', maxLevel: 4 });
    expect(byCode.get('C2')).toMatchObject({ rule: 'zero-level', subIndex: 0 });
    expect(result.explanation).toContain('= 43.98');
    expect(result.explanation).toContain('C3, C4, C6, H1');
    expect(result.formula).toContain('0.5 × (F − f)');
  });

  it('ignores a flag on level 0: the sub-index is 0 whatever the flag', () => {
    const result = computeStringencyIndex({ ...codebookExample, C2: { level: 0, flag: 1 } });
    expect(result.rounded).toBe(43.98);
  });

  it('scores every indicator at its maximum with a general flag as 100', () => {
    const levels: PolicyLevels = {};
    for (const code of STRINGENCY_INDICATORS) {
      const indicator = oxcgrtIndicator(code);
      levels[code] = { level: indicator.maxLevel, flag: indicator.flag ? 1 : null };
    }
    expect(computeStringencyIndex(levels).value).toBe(100);
  });

  it('does not impute a missing level: the index is null and says which is missing', () => {
    const withoutC5 = { ...codebookExample };
    delete withoutC5.C5;
    const result = computeStringencyIndex(withoutC5);
    expect(result.value).toBeNull();
    expect(result.missing).toEqual(['C5']);
    expect(result.components.find((c) => c.code === 'C5')?.rule).toBe('missing-level');
    expect(result.explanation).toBe('Not computed: no data for C5.');
  });

  it('treats a non-zero level without its flag as missing data', () => {
    const result = computeStringencyIndex({ ...codebookExample, C1: { level: 2, flag: null } });
    expect(result.value).toBeNull();
    expect(result.missing).toEqual(['C1']);
    expect(result.components[0]?.rule).toBe('missing-flag');
  });
});
