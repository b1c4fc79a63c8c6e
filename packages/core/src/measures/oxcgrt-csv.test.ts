import { describe, expect, it } from 'vitest';
import { parseOxcgrtCsv } from './oxcgrt-csv.ts';
import { parseCalendarDate } from '../calendar/calendar-date.ts';

const HEADER =
  'CountryCode,CountryName,Date,C1_school_closing,C1_flag,C8_international_travel_controls,H7_vaccination_policy,H7_flag,StringencyIndex';

function csv(...rows: string[]): string {
  return [HEADER, ...rows].join('\n') + '\n';
}

describe('parseOxcgrtCsv', () => {
  it('reads levels, flags and published indices per country per day', () => {
    const result = parseOxcgrtCsv(
      csv('NLD,Netherlands,2020-03-16,3,1,2,,,47.22', 'BEL,Belgium,20200317,0,,0,5,0,'),
      'x.csv',
    );
    expect(result.errors).toEqual([]);
    expect(result.indicators).toEqual(['C1', 'C8', 'H7']);
    expect(result.days).toEqual([
      {
        countryCode: 'NLD',
        countryName: 'Netherlands',
        date: '2020-03-16',
        levels: { C1: { level: 3, flag: 1 }, C8: { level: 2, flag: null } },
        published: {
          stringencyIndex: 47.22,
          governmentResponseIndex: null,
          containmentHealthIndex: null,
          economicSupportIndex: null,
        },
      },
      expect.objectContaining({
        countryCode: 'BEL',
        date: '2020-03-17',
        levels: {
          C1: { level: 0, flag: null },
          C8: { level: 0, flag: null },
          H7: { level: 5, flag: 0 },
        },
      }),
    ]);
  });

  it('locates every bad cell by file, line and column, with the value and the reason', () => {
    const result = parseOxcgrtCsv(
      csv(
        'NLD,Netherlands,2020-02-30,1,1,0,,,0', // line 2: no 30 February
        'NLD,Netherlands,2020-03-01,4,1,0,,,0', // line 3: C1 goes to 3
        'NLD,Netherlands,2020-03-02,1,2,0,,,0', // line 4: flag 2
        'NLD,Netherlands,2020-03-03,0,1,0,,,0', // line 5: flag on level 0
        'NLD,Netherlands,2020-03-04,1,1,0,,,101', // line 6: index above 100
        'NLD,Netherlands,2020-03-05,1,1,0,,,0', // line 7: fine
        'NLD,Netherlands,2020-03-05,1,1,0,,,0', // line 8: duplicate day
      ),
      'bad.csv',
    );
    expect(result.errors).toEqual([
      {
        name: 'bad.csv:2:Date',
        value: '2020-02-30',
        reason: 'not a calendar date (YYYY-MM-DD or YYYYMMDD)',
      },
      {
        name: 'bad.csv:3:C1_school_closing',
        value: '4',
        reason: 'level out of range for C1: a whole number 0–3',
      },
      { name: 'bad.csv:4:C1_flag', value: '2', reason: 'bad flag: must be 0, 1 or empty' },
      {
        name: 'bad.csv:5:C1_flag',
        value: '1',
        reason: 'bad flag: the codebook records no flag when C1 is 0',
      },
      {
        name: 'bad.csv:6:StringencyIndex',
        value: '101',
        reason: 'index must be a number from 0 to 100',
      },
      {
        name: 'bad.csv:8:Date',
        value: '2020-03-05',
        reason: 'duplicate: NLD 2020-03-05 is already on line 7',
      },
    ]);
    expect(result.rows).toBe(7);
    expect(result.rejectedRows).toBe(6);
    expect(result.days.map((d) => d.date)).toEqual(['2020-03-05']);
  });

  it('rejects an unknown indicator and a flag for an indicator that has none', () => {
    const result = parseOxcgrtCsv(
      'CountryCode,Date,C1_school_closing,C9_teleportation,C8_flag\nNLD,2020-01-01,0,0,\n',
      'h.csv',
    );
    expect(result.errors.map((e) => [e.name, e.reason])).toEqual([
      [
        'h.csv:1:C9_teleportation',
        "unknown indicator 'C9': OxCGRT ordinal indicators are C1–C8, E1, E2, H1–H3, H6–H8",
      ],
      ['h.csv:1:C8_flag', 'indicator C8 has no flag'],
    ]);
    expect(result.days).toEqual([]);
  });

  it('skips columns OxCGRT has but that are not ordinal levels, and regional rows', () => {
    const result = parseOxcgrtCsv(
      'CountryCode,RegionCode,Date,C1_School closing,C1_Flag,E3_Fiscal measures,M1_Wildcard,C1_Notes\n' +
        'NLD,,20200101,1,0,0,,\n' +
        'NLD,NL_X,20200101,3,1,0,,\n',
      'full.csv',
    );
    expect(result.errors).toEqual([]);
    expect(result.ignoredColumns).toEqual(['E3_Fiscal measures', 'M1_Wildcard', 'C1_Notes']);
    expect(result.regionalRowsSkipped).toBe(1);
    expect(result.days).toHaveLength(1);
    expect(result.days[0]?.levels).toEqual({ C1: { level: 1, flag: 0 } });
  });

  it('reports a missing required column, a ragged row and unreadable CSV', () => {
    expect(parseOxcgrtCsv('Date,C1_school_closing\n2020-01-01,0\n', 'a.csv').errors).toEqual([
      { name: 'a.csv:1:CountryCode', reason: "required column 'CountryCode' is missing" },
    ]);
    expect(
      parseOxcgrtCsv('CountryCode,Date,C1_school_closing\nNLD,2020-01-01\n', 'b.csv').errors,
    ).toEqual([{ name: 'b.csv:2:(row)', value: 2, reason: '2 fields where the header has 3' }]);
    const broken = parseOxcgrtCsv('CountryCode,Date,C1_school_closing\nNLD,"2020,0\n', 'c.csv');
    expect(broken.errors[0]?.reason).toMatch(/^not readable as CSV/);
  });
});

describe('parseCalendarDate', () => {
  it('accepts real days in both OxCGRT spellings and nothing else', () => {
    expect(parseCalendarDate('2020-02-29')).toBe('2020-02-29');
    expect(parseCalendarDate('20210228')).toBe('2021-02-28');
    expect(parseCalendarDate('2021-02-29')).toBeNull();
    expect(parseCalendarDate('2021-13-01')).toBeNull();
    expect(parseCalendarDate('01Jan2020')).toBeNull();
  });
});
