import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
const OXCGRT = fileURLToPath(
  new URL('../../../../../shared/data/oxcgrt/oxcgrt_legacy_nld_bel_deu_daily.csv', import.meta.url),
);

describe('weegschaal import --format oxcgrt', () => {
  const dir = mkdtempSync(join(tmpdir(), 'weegschaal-import-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function run(...args: string[]) {
    const env = { ...process.env };
    delete env['DATABASE_URL']; // the embedded database in the temporary data directory
    const result = spawnSync(process.execPath, [MAIN, ...args, '--data-dir', dir], {
      encoding: 'utf8',
      env,
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('exits non-zero on a bad file and prints every located problem', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      'CountryCode,CountryName,Date,C1_school_closing,C1_flag,C9_unknown\n' +
        'NLD,Netherlands,2020-01-01,0,,0\n',
    );
    const result = run('import', bad, '--format', 'oxcgrt');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "bad.csv:1:C9_unknown: unknown indicator 'C9': OxCGRT ordinal indicators are C1–C8, E1, E2, H1–H3, H6–H8",
    );
    expect(result.stderr).toContain('nothing was imported');

    const rows = join(dir, 'rows.csv');
    writeFileSync(
      rows,
      'CountryCode,CountryName,Date,C1_school_closing,C1_flag\n' +
        'NLD,Netherlands,2020-01-01,4,1\n' +
        'NLD,Netherlands,2020-13-01,1,x\n',
    );
    const rowResult = run('import', rows, '--format', 'oxcgrt');
    expect(rowResult.code).toBe(1);
    expect(rowResult.stderr.split('\n').filter((l) => l.startsWith('  rows.csv:'))).toEqual([
      '  rows.csv:2:C1_school_closing: level out of range for C1: a whole number 0–3 (value: "4")',
      '  rows.csv:3:Date: not a calendar date (YYYY-MM-DD or YYYYMMDD) (value: "2020-13-01")',
      '  rows.csv:3:C1_flag: bad flag: must be 0, 1 or empty (value: "x")',
    ]);
  });

  it('validates the real file on a dry run, then imports it (format recognised)', () => {
    const dry = run('import', OXCGRT, '--format', 'oxcgrt', '--dry-run');
    expect(dry.stderr).toBe('');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Nothing was written.');

    const result = run('import', OXCGRT);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Imported oxcgrt_legacy_nld_bel_deu_daily.csv: 3288 country-days, 52608 indicator levels',
    );
    expect(result.stdout).toMatch(/max deviation 0\.00\d\d over 3288 days/);
  });
});
