import { describe, expect, it } from 'vitest';
import { MUNICIPAL_REDIVISIONS, mapToCurrentDivision } from './municipal-redivision.ts';
import { regionLevelOfCode } from './region.ts';

describe('municipal re-divisions', () => {
  it('maps a merged gemeente onto its successor with the date and the path', () => {
    const weesp = mapToCurrentDivision('GM0457');
    expect(weesp).toMatchObject({ kind: 'merged', code: 'GM0363' });
    expect(weesp.explanation).toContain('2022-03-24');
  });

  it('follows a chain of mergers to the current code', () => {
    const chain = [
      ...MUNICIPAL_REDIVISIONS,
      {
        oldCode: 'GM9998',
        oldName: 'A',
        effectiveOn: '2019-01-01',
        effectiveYear: 2019,
        kind: 'merger' as const,
        successors: [{ code: 'GM0003', name: 'Appingedam', part: null }],
      },
    ];
    const mapped = mapToCurrentDivision('GM9998', chain);
    expect(mapped).toMatchObject({ kind: 'merged', code: 'GM1979' });
    expect(mapped.kind === 'merged' && mapped.via).toHaveLength(2);
  });

  it('never maps a split automatically', () => {
    const haaren = mapToCurrentDivision('GM0788');
    expect(haaren.kind).toBe('split');
    expect(haaren.kind === 'split' && haaren.successors).toEqual([
      'GM0824',
      'GM0855',
      'GM0757',
      'GM0865',
    ]);
  });

  it('leaves current codes alone and holds only gemeente codes', () => {
    expect(mapToCurrentDivision('GM0014')).toMatchObject({ kind: 'current', code: 'GM0014' });
    for (const r of MUNICIPAL_REDIVISIONS) {
      expect(regionLevelOfCode(r.oldCode)).toBe('gemeente');
      for (const s of r.successors) expect(regionLevelOfCode(s.code)).toBe('gemeente');
    }
  });

  it('recognises the CBS code shapes of every level', () => {
    expect(regionLevelOfCode('NL01')).toBe('land');
    expect(regionLevelOfCode('PV27')).toBe('provincie');
    expect(regionLevelOfCode('VR13')).toBe('veiligheidsregio');
    expect(regionLevelOfCode('GG3406')).toBe('ggd-regio');
    expect(regionLevelOfCode('WK036300')).toBe('wijk');
    expect(regionLevelOfCode('BU03630000')).toBe('buurt');
    expect(regionLevelOfCode('GM363')).toBeNull();
  });
});
