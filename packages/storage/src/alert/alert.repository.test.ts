import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DomainError,
  amsterdamDate,
  buildAlertDigest,
  isoWeekStart,
  shiftPeriod,
  parsePeriod,
} from '@weegschaal/core';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { DatabaseHandle, Executor } from '../database.ts';
import { runAlertDetection } from './alert-detection.ts';
import { alertsUpTo, decideAlert, getAlert, listAlerts } from './alert.repository.ts';

const AS_OF = '2026-11-18'; // a Wednesday in 2026-W47

/**
 * `weeks` weeks of signals ending in the week of AS_OF: `perWeek(i)` signals in week i
 * (0 = oldest), observed on the week's Tuesday.
 */
async function insertSignals(
  db: Executor,
  gemeente: string,
  domain: string,
  weeks: number,
  perWeek: (i: number) => number,
): Promise<void> {
  const last = parsePeriod('2026-W47')!;
  const rows = [];
  for (let i = 0; i < weeks; i++) {
    const week = shiftPeriod(last, i - weeks + 1);
    const tuesday = new Date(Date.parse(`${isoWeekStart(week.key)}T00:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    for (let k = 0; k < perWeek(i); k++) {
      rows.push({
        reference: `SIG-T-${gemeente}-${domain}-${i}-${k}`,
        circle_id: null,
        reporter_pseudonym: 'R-test',
        text: 'Jongeren melden meer onrust in de wijk.',
        scrub_report: JSON.stringify({ total: 0, masked: [] }),
        region_code: gemeente,
        gemeente_code: gemeente,
        wijk_code: null,
        observed_on: tuesday,
        domain,
        target_group: 'young-people',
        people_count: null,
        knowledge_source: 'seen',
        status: 'new',
        urgency: null,
        assignee_account_id: null,
        due_at: null,
        interpretation: null,
        linked_indicator_codes: '[]',
        cluster_id: null,
        is_demo: true,
        created_at: new Date(`${tuesday}T12:00:00Z`),
        text_deleted_at: null,
      });
    }
  }
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('signal')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}

// a quiet 2 to 4 signals a week; the spiking gemeente gets 20+ in its last two weeks
const quiet = (i: number) => 2 + (i % 3);

describe.each(testDatabaseTargets())('alerts on $kind', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
    await insertSignals(handle.db, 'GM0599', 'social-cohesion-trust', 40, (i) =>
      i >= 38 ? 22 + i - 38 : quiet(i),
    );
    await insertSignals(handle.db, 'GM0363', 'social-cohesion-trust', 40, quiet);
  });
  afterAll(() => handle.close());

  it('raises EARS alerts for the spiking gemeente only, and a second run adds none', async () => {
    const first = await runAlertDetection(handle.db, {
      trigger: 'on-demand',
      requestedBy: 'secretariaat',
      asOf: AS_OF,
    });
    // two gemeenten, each in total and for its one domain
    expect(first.seriesChecked).toBe(4);
    expect(first.newAlerts).toBeGreaterThan(0);
    expect(first.newAlerts).toBe(first.alarms);
    const { items, total } = await listAlerts(handle.db, { detectionRunId: first.id });
    expect(total).toBe(first.newAlerts);
    expect(new Set(items.map((a) => a.regionCode))).toEqual(new Set(['GM0599']));
    const c1 = items.find((a) => a.method === 'ears-c1' && a.seriesKey === 'signals:GM0599');
    expect(c1).toMatchObject({ period: '2026-W46', observed: 22, status: 'open', demo: true });
    expect(c1!.upperBound).toBeLessThan(22);
    expect(c1!.explanation[0]).toMatch(/2026-W46: observed 22, above the upper bound/);
    expect(c1!.window.periods.at(-1)).toBe('2026-W47');

    const second = await runAlertDetection(handle.db, {
      trigger: 'cli',
      requestedBy: null,
      asOf: AS_OF,
    });
    expect(second.alarms).toBe(first.alarms);
    expect(second.newAlerts).toBe(0);
    expect((await listAlerts(handle.db)).total).toBe(first.newAlerts);
    // the alert keeps the run that found it first
    expect((await getAlert(handle.db, c1!.id)).detectionRunId).toBe(first.id);
  });

  it('acknowledges with a note and who, then refuses to acknowledge again', async () => {
    const { items } = await listAlerts(handle.db, { status: 'open', regionCode: 'GM0599' });
    const alert = items[0]!;
    const at = new Date('2026-11-18T09:30:00Z');
    const decided = await decideAlert(
      handle.db,
      alert.id,
      'acknowledged',
      ' gezien, navragen ',
      'secretariaat',
      at,
    );
    expect(decided).toMatchObject({
      status: 'acknowledged',
      statusNote: 'gezien, navragen',
      statusBy: 'secretariaat',
      statusAt: at.toISOString(),
    });
    expect((await getAlert(handle.db, alert.id)).status).toBe('acknowledged');
    await expect(
      decideAlert(handle.db, alert.id, 'acknowledged', 'nog eens', 'mit-lid', at),
    ).rejects.toSatisfy((e) => e instanceof DomainError && e.kind === 'conflict');
    await expect(
      decideAlert(handle.db, alert.id, 'dismissed', '', 'mit-lid', at),
    ).rejects.toSatisfy((e) => e instanceof DomainError && e.kind === 'invalid-input');
    // re-detection leaves the decision alone
    await runAlertDetection(handle.db, { trigger: 'cli', requestedBy: null, asOf: AS_OF });
    expect((await getAlert(handle.db, alert.id)).status).toBe('acknowledged');
    expect((await listAlerts(handle.db, { status: 'acknowledged' })).total).toBe(1);
  });

  it('gives the digest of a day from the stored alerts', async () => {
    // the digest counts Dutch calendar days; the alerts were detected just now
    const today = amsterdamDate(new Date());
    const digest = buildAlertDigest(today, await alertsUpTo(handle.db, today));
    const open = (await listAlerts(handle.db, { status: 'open' })).total;
    expect(digest.open).toHaveLength(open);
    expect(digest.detected.length).toBe((await listAlerts(handle.db)).total);
    expect(buildAlertDigest('2020-01-01', await alertsUpTo(handle.db, '2020-01-01')).open).toEqual(
      [],
    );
  });
});
