import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../../test-support/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'weegschaal-signals-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const noPublicData = { WEEGSCHAAL_SHARED_DATA: '/nonexistent-shared-data' };
const header =
  'text,region,observed_on,domain,target_group,people_count,knowledge_source,circle_code';
const today = new Date().toISOString().slice(0, 10);

describe('weegschaal signals', () => {
  it('imports a CSV all or nothing and runs retention, refusing a bad period', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      `${header}\nGoed,GM0363,${today},education,elderly,,seen,\nFout,GM0363,${today},education,elderly,0,seen,\n`,
    );
    const rejected = await runCli(['--data-dir', dir, 'signals', 'import', bad], noPublicData);
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toContain(
      "bad.csv: row 3, column people_count, value '0': a whole number of people, at least 1",
    );
    const good = join(dir, 'good.csv');
    writeFileSync(
      good,
      `${header}\nBel 0612345678 over de wijk,GM0363,${today},education,elderly,,seen,\n`,
    );
    const imported = await runCli(['--data-dir', dir, 'signals', 'import', good], noPublicData);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^Imported 1 signals from good\.csv: SIG-\d{4}-000001/);
    // nothing is old enough yet: the text stays
    const kept = await runCli(['--data-dir', dir, 'signals', 'retention'], noPublicData);
    expect(kept.stdout).toContain('text deleted from 0 signals now; 1 signals keep their text');
    const bogus = await runCli(
      ['--data-dir', dir, 'signals', 'retention', '--days', '0'],
      noPublicData,
    );
    expect(bogus.code).toBe(1);
    expect(bogus.stderr).toContain("retention '0' is not a whole number of days");
  }, 300_000);
});
