import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../../test-support/run-cli.ts';

const root = mkdtempSync(join(tmpdir(), 'weegschaal-archive-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const env = { WEEGSCHAAL_PUBLIC_DATA: 'none' };
const lastLine = (text: string) => text.trim().split('\n').at(-1) ?? '';

describe('weegschaal archive', () => {
  it('exports, imports into an empty data directory, and prints the same content hash last', async () => {
    const source = join(root, 'source');
    const copy = join(root, 'copy');
    const file = join(root, 'kennisbank.jsonl.gz');
    expect((await runCli(['--data-dir', source, 'demo'], env)).code).toBe(0);

    const hash = await runCli(['--data-dir', source, 'archive', 'hash'], env);
    expect(hash.code).toBe(0);
    const sourceHash = lastLine(hash.stdout);
    expect(sourceHash).toMatch(/^[0-9a-f]{64}$/);

    const exported = await runCli(['--data-dir', source, 'archive', 'export', file], env);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/Archive of .* written to .*: \d+ rows in \d+ tables/);
    expect(lastLine(exported.stdout)).toBe(sourceHash);
    expect(lastLine((await runCli(['archive', 'hash', '--file', file], env)).stdout)).toBe(
      sourceHash,
    );

    const imported = await runCli(['--data-dir', copy, 'archive', 'import', file], env);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Audit trail intact');
    expect(lastLine(imported.stdout)).toBe(sourceHash);
    expect(lastLine((await runCli(['--data-dir', copy, 'archive', 'hash'], env)).stdout)).toBe(
      sourceHash,
    );
    const verify = await runCli(['--data-dir', copy, 'audit', 'verify'], env);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain('Audit trail intact');

    const again = await runCli(['--data-dir', copy, 'archive', 'import', file], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/weegschaal: conflict: .*not empty/);
  }, 240_000);

  it('fails clearly on a file that is not an archive', async () => {
    const result = await runCli(
      ['--data-dir', join(root, 'other'), 'archive', 'import', join(root, 'missing.gz')],
      env,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/archive .*missing\.gz: cannot be read/);
  });
});
