import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, startServer } from '../../../test-support/run-cli.ts';

const dirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'weegschaal-cli-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
// public data loading has its own tests; keep these runs about the CLI itself
const noPublicData = { WEEGSCHAAL_SHARED_DATA: '/nonexistent-shared-data' };

describe('weegschaal CLI', () => {
  it('prints help for the program and every command', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['serve', 'migrate', 'demo']) {
      expect(help.stdout).toContain(command);
      const sub = await runCli([command, '--help']);
      expect(sub.code).toBe(0);
      expect(sub.stdout).toContain(`Usage: weegschaal ${command}`);
    }
  });

  it('fails clearly on an unknown command or a bad port', async () => {
    const unknown = await runCli(['frobnicate']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
    const badPort = await runCli(['--data-dir', dataDir(), 'serve', '--port', 'eighty']);
    expect(badPort.code).toBe(1);
    expect(badPort.stderr).toContain("PORT must be a whole number from 0 to 65535, not 'eighty'");
  });

  it('migrates, then reports up to date; loads the demo twice with the same result', async () => {
    const dir = dataDir();
    const first = await runCli(['--data-dir', dir, 'migrate'], noPublicData);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Migrations applied on .*: 20261123170000-app-meta/);
    const second = await runCli(['--data-dir', dir, 'migrate'], noPublicData);
    expect(second.stdout).toContain('is up to date');
    const demo1 = await runCli(['--data-dir', dir, 'demo'], noPublicData);
    const demo2 = await runCli(['--data-dir', dir, 'demo'], noPublicData);
    expect(demo1.code).toBe(0);
    expect(demo2.stdout.split('\n')[0]).toBe(demo1.stdout.split('\n')[0]);
    expect(demo1.stdout).toMatch(/Demo data loaded .*: \d+ measures/);
  });

  it('loads only the public data sets named in WEEGSCHAAL_PUBLIC_DATA, and rejects unknown names', async () => {
    const dir = dataDir();
    const bogus = await runCli(['--data-dir', dir, 'demo'], {
      WEEGSCHAAL_PUBLIC_DATA: 'rivm-rt,bogus',
    });
    expect(bogus.code).toBe(1);
    expect(bogus.stderr).toContain('WEEGSCHAAL_PUBLIC_DATA names unknown data sets: bogus');
    const none = await runCli(['--data-dir', dir, 'demo'], { WEEGSCHAAL_PUBLIC_DATA: 'none' });
    expect(none.code).toBe(0);
    expect(none.stdout).not.toContain('Public data');
    const one = await runCli(['--data-dir', dir, 'demo'], { WEEGSCHAAL_PUBLIC_DATA: 'rivm-rt' });
    expect(one.code).toBe(0);
    expect(one.stdout.match(/^Public data /gm)).toHaveLength(1);
    expect(one.stdout).toContain('Public data rivm-rt: loaded');
  });

  it('refuses to open a data directory a running server holds, and names the server', async () => {
    const dir = dataDir();
    const server = await startServer(['--data-dir', dir], [], noPublicData);
    try {
      const health = await fetch(`${server.url}/api/v1/health`);
      expect(health.status).toBe(200);
      const second = await runCli(['--data-dir', dir, 'demo'], noPublicData);
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(`is in use by process ${server.child.pid}`);
      expect(second.stderr).toContain(`${server.url}/api/v1`);
    } finally {
      expect(await server.stop()).toBe(0);
    }
    expect(existsSync(join(dir, 'weegschaal.lock'))).toBe(false);
  });
});
