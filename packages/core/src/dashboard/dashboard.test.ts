import { describe, expect, it } from 'vitest';
import { indicatorCatalogue } from '../indicators/indicator-catalogue.ts';
import { parsePeriod, shiftPeriod } from '../observations/period.ts';
import { buildDashboard, dashboardPointsNeeded } from './dashboard.ts';
import { assessFreshness } from './freshness.ts';
import { changeAgainstEarlier } from './period-change.ts';
import { assessSignal } from './signal-status.ts';
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
    expect(tile('reproduction-number').freshness).toMatchObject({
      ageDays: 39,
      late: true,
      state: 'late',
      // the next day, 3 March, is expected six days after it ended
      expectedBy: '2021-03-09',
      overdueDays: 32,
    });
    expect(tile('reproduction-number').explanation.join(' ')).toContain('LATE by 32 days');
    expect(tile('loneliness').freshness).toMatchObject({ state: 'no-data', late: true });
  });

  it('takes signal status, change and freshness from the core engines, one rule each', () => {
    const indicator = indicators.find((i) => i.code === 'trust-in-government')!;
    const points = series.get('trust-in-government')!;
    const t = tile('trust-in-government');
    const signal = assessSignal({
      polarity: indicator.polarity,
      signal: indicator.signal,
      value: 35,
      previousValue: 41,
    });
    expect(t.signal.status).toBe(signal.status);
    expect(t.signal.transition).toBe('worsened');
    const change = changeAgainstEarlier({ points, polarity: indicator.polarity })!;
    expect(t.change?.absolute).toBe(change.absolute);
    const fresh = assessFreshness({
      frequency: 'quarter',
      latest: parsePeriod('2021-Q1'),
      asOf: '2021-04-10',
    });
    expect(t.freshness.expectedBy).toBe(fresh.expectedBy);
    expect(t.explanation).toEqual(
      expect.arrayContaining([...signal.explanation, ...fresh.explanation]),
    );
  });

  it('does not apply signal values to an indicator without polarity', () => {
    const neutral = {
      ...indicators.find((i) => i.code === 'labour-force')!,
      signal: {
        attention: 10,
        alarm: 20,
        setBy: 'test',
        rationale: 'test',
        setOn: '2021-01-01',
        demo: false,
      },
    };
    const page = buildDashboard({
      indicators: [neutral],
      series: new Map([['labour-force', [point('2021-02', 50)]]]),
      region: { code: 'NL01', name: 'Nederland' },
      asOf: '2021-04-10',
    });
    const only = page.themes[0]!.tiles[0]!;
    expect(only.signal.status).toBe('no-signal-values');
    expect(only.signal.problems[0]).toContain('no polarity');
  });

  it('carries the trend mark of the window, with test, p-value and window', () => {
    const days = Array.from({ length: 40 }, (_, i) =>
      point(shiftPeriod(parsePeriod('2021-03-01')!, i).key, 100 + i * 3 + (i % 2)),
    );
    const page = buildDashboard({
      indicators: indicators.filter((i) => i.code === 'positive-tests'),
      series: new Map([['positive-tests', days]]),
      region: { code: 'NL01', name: 'Nederland' },
      asOf: '2021-04-10',
      sparklineLength: 12,
    });
    const only = page.themes[0]!.tiles[0]!;
    expect(only.sparkline).toHaveLength(12);
    expect(only.trend).toMatchObject({
      method: 'mann-kendall',
      direction: 'up',
      assessment: 'unfavourable',
      window: { periodType: 'day', periods: 28, from: '2021-03-13', to: '2021-04-09', points: 28 },
    });
    expect(only.trend!.pValue).toBeLessThan(0.001);
    expect(only.trend!.explanation.join(' ')).toContain('Mann–Kendall test');
    expect(tile('loneliness').trend).toBeNull();
    expect(dashboardPointsNeeded('day', 12)).toBe(28);
    expect(dashboardPointsNeeded('month', 24)).toBe(24);
    expect(dashboardPointsNeeded('irregular', 12)).toBe(53);
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
