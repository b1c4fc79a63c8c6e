import { describe, expect, it } from 'vitest';
import { indicatorCatalogue } from '../indicators/indicator-catalogue.ts';
import { parsePeriod } from '../observations/period.ts';
import { buildDashboard } from './dashboard.ts';
import type { SeriesPoint } from './dashboard.ts';

const point = (key: string, value: number, extra: Partial<SeriesPoint> = {}): SeriesPoint => ({
  period: parsePeriod(key)!,
  value,
  status: 'final',
  demo: false,
  ...extra,
});

describe('dashboard engine', () => {
  const indicators = indicatorCatalogue();
  const series = new Map<string, SeriesPoint[]>([
    // higher is better; attention 40, alarm 30
    [
      'trust-in-government',
      [point('2020-Q4', 41), point('2021-Q1', 35, { status: 'provisional' })],
    ],
    // higher is worse; attention 1, alarm 1.2
    [
      'reproduction-number',
      [point('2021-03-01', 1.1), point('2021-03-02', 1.25), point('2021-02-28', 1.0)],
    ],
    ['consumer-confidence', [point('2021-02', -10), point('2021-03', -10)]],
    ['positive-tests', [point('2021-03-02', 5000)]],
  ]);
  const dashboard = buildDashboard({
    indicators,
    series,
    region: { code: 'NL01', name: 'Nederland' },
    asOf: '2021-04-10',
  });
  const tile = (code: string) =>
    dashboard.themes.flatMap((t) => t.tiles).find((t) => t.indicatorCode === code)!;

  it('has a tile for every indicator, grouped by theme in the catalogue order', () => {
    expect(dashboard.themes.flatMap((t) => t.tiles)).toHaveLength(indicators.length);
    expect(dashboard.themes[0]!.theme).toBe('work-income');
  });

  it('reads signal values in the direction of the polarity and names the deciding threshold', () => {
    expect(tile('trust-in-government').signal).toMatchObject({
      status: 'attention',
      threshold: 40,
    });
    expect(tile('reproduction-number').signal).toMatchObject({ status: 'alarm', threshold: 1.2 });
    expect(tile('consumer-confidence').signal).toMatchObject({ status: 'normal', threshold: -20 });
    expect(tile('positive-tests').signal.status).toBe('no-signal-values');
    expect(tile('loneliness').signal.status).toBe('no-data');
    expect(tile('trust-in-government').explanation.join(' ')).toContain('Attention: 35 ≤ 40');
  });

  it('compares with the previous period and judges the change by polarity', () => {
    expect(tile('trust-in-government').change).toMatchObject({
      absolute: -6,
      direction: 'down',
      assessment: 'worse',
    });
    expect(tile('reproduction-number').previous?.period.key).toBe('2021-03-01');
    expect(tile('reproduction-number').change?.assessment).toBe('worse');
    expect(tile('consumer-confidence').change).toMatchObject({
      direction: 'flat',
      assessment: 'neutral',
    });
    expect(tile('positive-tests').change).toBeNull();
  });

  it('measures freshness against the frequency and flags late series', () => {
    expect(tile('trust-in-government').freshness).toMatchObject({
      lastPeriodEnd: '2021-03-31',
      ageDays: 10,
      late: false,
    });
    expect(tile('reproduction-number').freshness).toMatchObject({ ageDays: 39, late: true });
    expect(tile('reproduction-number').explanation.at(-1)).toContain('LATE');
  });

  it('keeps the sparkline in time order and marks provisional values; labels demo content', () => {
    expect(tile('reproduction-number').sparkline.map((p) => p.periodKey)).toEqual([
      '2021-02-28',
      '2021-03-01',
      '2021-03-02',
    ]);
    expect(tile('trust-in-government').sparkline.at(-1)?.status).toBe('provisional');
    expect(tile('trust-in-government').demo).toBe(true); // illustrative signal values
    expect(tile('positive-tests').demo).toBe(false);
    expect(dashboard.demo).toBe(true);
    expect(dashboard.explanation[0]).toContain('1 alarm, 1 attention');
  });
});
