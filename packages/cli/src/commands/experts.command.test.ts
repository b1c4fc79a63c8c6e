import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../../test-support/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'weegschaal-experts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { WEEGSCHAAL_SHARED_DATA: '/nonexistent-shared-data', WEEGSCHAAL_PUBLIC_DATA: 'none' };

describe('weegschaal experts purge', () => {
  it(
    'removes the demo expert past retention once, and then nothing',
    { timeout: 240_000 },
    async () => {
      expect((await runCli(['--data-dir', dir, 'demo'], env)).code).toBe(0);
      const first = await runCli(['--data-dir', dir, 'experts', 'purge'], env);
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(
        /removed de000000-0000-4000-8000-000000000fa1: consent expired on/,
      );
      expect(first.stdout).toContain(
        'Removed 1 expert record(s) past retention (3 months after consent expired).',
      );
      const again = await runCli(['--data-dir', dir, 'experts', 'purge'], env);
      expect(again.stdout).toContain('Removed 0 expert record(s)');
      const verify = await runCli(['--data-dir', dir, 'audit', 'verify'], env);
      expect(verify.stdout).toContain('Audit trail intact');
    },
  );
});
