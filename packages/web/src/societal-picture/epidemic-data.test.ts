import { describe, expect, it } from 'vitest';
import { indicatorCatalogue } from '@weegschaal/core';
import type { Region } from '@weegschaal/core';
import { areaWeekly, datedValues, weeklyRows } from './epidemic-data.ts';
import type { ObservationItem } from './societal-types.ts';

const sewage = indicatorCatalogue().find((i) => i.code === 'sewage-rna')!;

function obs(regionCode: string, start: string, value: number): ObservationItem {
  return {
    indicatorCode: 'sewage-rna',
    regionCode,
    period: { type: 'week', key: start, start, end: start },
    breakdown: '',
    value,
    lower: null,
    upper: null,
    status: 'final',
    revision: 1,
    batchId: 1,
    recordedAt: '',
    demo: false,
  };
}

const gemeente = (code: string, count: number): Region => ({
  code,
  name: code,
  displayName: null,
  level: 'gemeente',
  parents: [],
  divisionFrom: 2019,
  divisionTo: null,
  border: false,
  shrinking: false,
  population: [{ year: 2021, count, source: '' }],
});

describe('the state of the epidemic on one time axis', () => {
  it('weighs sewage per week by population, and says how many gemeenten were measured', () => {
    const weeks = areaWeekly(
      sewage,
      [
        obs('GM0001', '2021-03-08', 100),
        obs('GM0002', '2021-03-08', 400),
        obs('GM0001', '2021-03-01', 50),
      ],
      [gemeente('GM0001', 300), gemeente('GM0002', 100)],
    );
    expect(weeks.map((w) => [w.date, w.value, w.measured])).toEqual([
      ['2021-03-01', 50, 1],
      ['2021-03-08', 175, 2],
    ]);
  });

  it('sums daily counts per ISO week and averages the other series', () => {
    const rows = weeklyRows([
      {
        points: [
          ['2021-03-07', 1],
          ['2021-03-08', 2],
          ['2021-03-14', 3],
        ],
        mode: 'sum',
      },
      {
        points: [
          ['2021-03-08', 1],
          ['2021-03-09', 2],
        ],
        mode: 'mean',
      },
    ]);
    expect(rows).toEqual([
      { week: '2021-03-01', values: [1, null] },
      { week: '2021-03-08', values: [5, 1.5] },
    ]);
  });

  it('orders values by date', () => {
    expect(datedValues([obs('GM0001', '2021-03-08', 2), obs('GM0001', '2021-03-01', 1)])).toEqual([
      ['2021-03-01', 1],
      ['2021-03-08', 2],
    ]);
  });
});
