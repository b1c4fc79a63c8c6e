import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../../../test-support/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'weegschaal-regions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { WEEGSCHAAL_PUBLIC_DATA: 'none' };

/**
 * A StatLine-style export (`,`, label headings) generated from the 2023 gemeenten in the
 * shared data, read at test time; one made-up GGD-regio per veiligheidsregio.
 */
function writeGebieden(name: string, extraLine = ''): string {
  const csv = readFileSync(
    fileURLToPath(
      new URL('../../../../../shared/data/nl-regions/gemeenten_2023.csv', import.meta.url),
    ),
    'utf8',
  );
  const rows = csv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const code = line.slice(0, 6);
      const vr = /,(VR\d{2}),/.exec(line)![1]!;
      return `"${code}","GG${vr.slice(2)}00","GGD ${vr}"`;
    });
  const path = join(dir, name);
  writeFileSync(
    path,
    [
      `"Codes en namen van gemeenten/Code (code)","Lokaliseringen van gemeenten/GGD-regio's/Code (code)","Lokaliseringen van gemeenten/GGD-regio's/Naam (naam)"`,
      ...rows,
      extraLine,
    ].join('\n'),
  );
  return path;
}

describe('weegschaal regions load-ggd', () => {
  it(
    'loads a year, reports a reload as unchanged, and rejects a bad file with its location',
    { timeout: 240_000 },
    async () => {
      const file = writeGebieden('Gebieden_in_Nederland_2023.csv');
      const dry = await runCli(['--data-dir', dir, 'regions', 'load-ggd', file, '--dry-run'], env);
      expect(dry.stderr).toBe('');
      expect(dry.code).toBe(0);
      expect(dry.stdout).toContain('Dry run, nothing written: 25 GGD-regio');

      const first = await runCli(['--data-dir', dir, 'regions', 'load-ggd', file], env);
      expect(first.code).toBe(0);
      expect(first.stdout).toContain(
        "Loaded 25 GGD-regio's with 342 gemeenten for the 2023 division",
      );
      expect(first.stdout).toContain('every gemeente of 2023 is placed');

      const again = await runCli(
        ['--data-dir', dir, 'regions', 'load-ggd', file, '--year', '2023'],
        env,
      );
      expect(again.code).toBe(0);
      expect(again.stdout).toContain('Unchanged (already loaded)');
      expect(again.stdout).toContain('gemeenten with a new or changed GGD-regio: 0');

      const bad = writeGebieden('bad.csv', '"GM9999","GG0100","GGD VR01"');
      const rejected = await runCli(
        ['--data-dir', dir, 'regions', 'load-ggd', bad, '--year', '2023'],
        env,
      );
      expect(rejected.code).toBe(1);
      expect(rejected.stderr).toContain(
        "bad.csv:344:Codes en namen van gemeenten/Code (code): unknown-gemeente: 'GM9999'",
      );
      expect(rejected.stderr).toContain('nothing was loaded');

      const noYear = await runCli(['--data-dir', dir, 'regions', 'load-ggd', bad], env);
      expect(noYear.code).toBe(1);
      expect(noYear.stderr).toContain('pass --year');
    },
  );
});
