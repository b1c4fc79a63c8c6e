import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../../test-support/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'weegschaal-alerts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const noPublicData = { WEEGSCHAAL_SHARED_DATA: '/nonexistent-shared-data' };

describe('weegschaal alerts', () => {
  it('detects after the demo load without new alerts, and prints the digest of the day', async () => {
    expect((await runCli(['--data-dir', dir, 'demo'], noPublicData)).code).toBe(0);
    const detect = await runCli(['--data-dir', dir, 'alerts', 'detect'], noPublicData);
    expect(detect.code).toBe(0);
    // the demo load ran detection already: the same alarms, no second alert
    expect(detect.stdout).toMatch(
      /Detection run .*: \d+ series, \d+ points judged, [1-9]\d* alarms, 0 new alerts\./,
    );
    const digest = await runCli(['--data-dir', dir, 'alerts', 'digest'], noPublicData);
    expect(digest.code).toBe(0);
    expect(digest.stdout).toMatch(/^Dagoverzicht vroegsignalering \d{4}-\d{2}-\d{2}/);
    expect(digest.stdout).toMatch(/Nieuw gedetecteerd \([1-9]\d*\)/);
    expect(digest.stdout).toContain('Signalen GM0599');
    const old = await runCli(
      ['--data-dir', dir, 'alerts', 'digest', '--date', '2020-01-01', '--lang', 'en'],
      noPublicData,
    );
    expect(old.stdout).toContain('Newly detected (0)');
  }, 600_000);

  it('names a bad date', async () => {
    const bad = await runCli(
      ['--data-dir', dir, 'alerts', 'digest', '--date', '2026-02-30'],
      noPublicData,
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("--date '2026-02-30' is not a date YYYY-MM-DD");
  });
});
