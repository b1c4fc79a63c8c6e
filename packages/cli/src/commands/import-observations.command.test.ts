import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));

describe('weegschaal import of observations (CSV, XLSX, CBS OData)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'weegschaal-import-obs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function run(...args: string[]) {
    const env = { ...process.env };
    delete env['DATABASE_URL']; // the embedded database in the temporary data directory
    const result = spawnSync(process.execPath, [MAIN, ...args, '--data-dir', join(dir, 'db')], {
      encoding: 'utf8',
      env,
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('imports a Dutch CSV with progress on stderr and a summary, after a dry run', () => {
    const file = join(dir, 'vertrouwen.csv');
    writeFileSync(
      file,
      'indicator;regio;periode;waarde\ntrust-in-government;NL01;2021-Q1;38,5\n' +
        'trust-in-government;GM0363;2021-Q1;41,0\n',
    );
    const dry = run('import', file, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Dry run of vertrouwen.csv: nothing was written');
    expect(dry.stdout).toContain('values new: 2');

    const real = run('import', file);
    expect(real.code).toBe(0);
    expect(real.stdout).toMatch(/Imported vertrouwen\.csv as batch \d+ \[observations-csv/);
    expect(real.stdout).toContain("decimal comma: 2 values like '38,5'");
    expect(real.stderr).toMatch(/storing: 2\/2/);
  }, 120_000);

  it('changes nothing when the same file comes again', () => {
    const again = run('import', join(dir, 'vertrouwen.csv'));
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('values new: 0, revised: 0, unchanged: 2');
  }, 120_000);

  it('exits non-zero and locates every rejected row; nothing is imported', () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(
      file,
      'indicator,region,period,value\ntrust-in-government,NL01,2021-Q2,40\n' +
        'trust-in-government,GM9999,2021-Q2,40\ntrust-in-government,NL01,2021-06-15,40\n',
    );
    const result = run('import', file);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Rejected bad.csv');
    expect(result.stderr).toContain('bad.csv:3:region: unknown-region');
    expect(result.stderr).toContain('bad.csv:4:period: wrong-period-for-frequency');
    expect(result.stderr).toContain('nothing was imported');
  }, 120_000);

  it('recognises CBS OData JSON by its content', () => {
    const file = join(dir, 'statline.json');
    writeFileSync(
      file,
      JSON.stringify({
        value: [
          { Measure: 'consumer-confidence', Value: -20, Perioden: '2021MM02', RegioS: 'NL01  ' },
        ],
      }),
    );
    const result = run('import', file);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('[cbs-odata');
  }, 120_000);
});
