import { describe, expect, it } from 'vitest';
import { alertDigestText, buildAlertDigest } from './alert-digest.ts';
import type { Alert } from './alert.ts';

const alert = (id: string, overrides: Partial<Alert>): Alert => ({
  id,
  dedupKey: `signals:GM0599|ears-c1|${id}`,
  seriesKey: 'signals:GM0599',
  seriesKind: 'signal-count',
  seriesLabel: 'Signalen GM0599',
  regionCode: 'GM0599',
  regionName: 'Rotterdam',
  domain: null,
  indicatorCode: null,
  method: 'ears-c1',
  parameters: {},
  periodType: 'week',
  period: '2026-W46',
  observed: 22,
  expected: 4.1,
  upperBound: 11.4,
  baseline: [],
  explanation: [],
  window: { periods: [], observed: [], expected: [], upperBound: [] },
  status: 'open',
  statusNote: null,
  statusBy: null,
  statusAt: null,
  detectionRunId: 'run',
  detectedAt: '2026-11-17T08:00:00Z',
  demo: true,
  ...overrides,
});

describe('the daily digest', () => {
  // 23:30 UTC on the 17th is already the 18th in Amsterdam (UTC+1)
  const alerts = [
    alert('a', {}),
    alert('b', { detectedAt: '2026-11-17T23:30:00Z' }),
    alert('c', { status: 'acknowledged', statusAt: '2026-11-18T10:00:00Z', statusNote: 'gezien' }),
    alert('d', { status: 'dismissed', statusAt: '2026-11-17T12:00:00Z', statusNote: 'ruis' }),
  ];

  it('sorts alerts into detected, decided and still open, by the Dutch calendar day', () => {
    const d17 = buildAlertDigest('2026-11-17', alerts);
    expect(d17.detected.map((l) => l.id)).toEqual(['a', 'c', 'd']);
    expect(d17.decided.map((l) => l.id)).toEqual(['d']);
    // c was decided only on the 18th: at the end of the 17th it was still open
    expect(d17.open.map((l) => l.id)).toEqual(['a', 'c']);
    const d18 = buildAlertDigest('2026-11-18', alerts);
    expect(d18.detected.map((l) => l.id)).toEqual(['b']);
    expect(d18.decided.map((l) => l.id)).toEqual(['c']);
    expect(d18.open.map((l) => l.id)).toEqual(['a', 'b']);
    expect(d18.demo).toBe(true);
  });

  it('prints the digest as text in Dutch and English, with the region name', () => {
    const text = alertDigestText(buildAlertDigest('2026-11-18', alerts), 'nl');
    expect(text).toContain('Dagoverzicht vroegsignalering 2026-11-18');
    expect(text).toContain('Nieuw gedetecteerd (1)');
    expect(text).toContain('Signalen Rotterdam (GM0599), 2026-W46: EARS C1');
    expect(text).toContain('demodata');
    const en = alertDigestText(buildAlertDigest('2020-01-01', alerts), 'en');
    expect(en).toContain('Newly detected (0)');
    expect(en).toContain('  none');
  });
});
