import { describe, expect, it } from 'vitest';
import {
  FUNDAMENTAL_RIGHTS,
  RIGHTS_INSTRUMENTS,
  RIGHTS_INSTRUMENT_INFO,
  findFundamentalRight,
  isFundamentalRightId,
} from './fundamental-rights.ts';

describe('fundamental rights reference list', () => {
  it('has unique ids whose prefix names the instrument and whose number is the article', () => {
    const ids = FUNDAMENTAL_RIGHTS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const prefix = { grondwet: 'gw', echr: 'echr', icescr: 'icescr', crc: 'crc', crpd: 'crpd' };
    for (const right of FUNDAMENTAL_RIGHTS) {
      expect(right.id.startsWith(`${prefix[right.instrument]}-`)).toBe(true);
      const protocol = /^Protocol (\d+), art\. (\d+)$/.exec(right.article);
      const expected = protocol ? `p${protocol[1]}-${protocol[2]}` : right.article;
      expect(right.id).toBe(`${prefix[right.instrument]}-${expected}`);
      expect(right.titleNl.trim()).not.toBe('');
      expect(right.titleEn.trim()).not.toBe('');
    }
  });

  it('covers every instrument, each with a link', () => {
    for (const instrument of RIGHTS_INSTRUMENTS) {
      expect(FUNDAMENTAL_RIGHTS.some((r) => r.instrument === instrument)).toBe(true);
      const info = RIGHTS_INSTRUMENT_INFO.find((i) => i.instrument === instrument);
      expect(info?.url).toMatch(/^https:\/\//);
    }
  });

  it('finds rights that COVID measures touched most, by id', () => {
    expect(findFundamentalRight('echr-8')?.titleEn).toBe(
      'Right to respect for private and family life',
    );
    expect(findFundamentalRight('crc-28')?.titleEn).toBe('Right to education');
    expect(findFundamentalRight('gw-23')?.titleNl).toBe('Onderwijs');
    expect(isFundamentalRightId('echr-p4-2')).toBe(true);
    expect(isFundamentalRightId('echr-99')).toBe(false);
  });
});
