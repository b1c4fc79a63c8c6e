import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { login, openDatabase } from '@weegschaal/storage';
import { runCli } from '../../../../test-support/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'weegschaal-users-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cli = (...args: string[]) => runCli(['--data-dir', dir, ...args]);
const passwordIn = (stdout: string) => /Password \(shown once\): (\S+)/.exec(stdout)?.[1] ?? '';

describe('weegschaal users and audit verify', () => {
  it('adds, lists, disables and resets accounts, printing generated passwords once', async () => {
    const add = await cli(
      'users',
      'add',
      'anna',
      '--role',
      'minister',
      '--department',
      'VWS',
      '--display-name',
      'Anna',
    );
    expect(add.code).toBe(0);
    expect(add.stdout).toContain('Account anna added: minister (VWS).');
    const first = passwordIn(add.stdout);
    expect(first.length).toBeGreaterThanOrEqual(20);

    const bad = await cli('users', 'add', 'bert', '--role', 'minister');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('weegschaal: invalid-input: The account is invalid.');

    expect((await cli('users', 'disable', 'anna')).stdout).toContain('anna is disabled');
    const list = await cli('users', 'list');
    expect(list.stdout).toMatch(/anna\tminister\/VWS\t\(disabled\)/);
    expect((await cli('users', 'enable', 'anna')).code).toBe(0);
    const reset = await cli('users', 'reset', 'anna');
    const second = passwordIn(reset.stdout);
    expect(second).not.toBe(first);

    const handle = await openDatabase({ kind: 'pglite', dataDir: dir, command: 'test' });
    try {
      const now = new Date();
      expect(
        (await login(handle.db, { username: 'anna', password: first, clientAddress: 't' }, now))
          .outcome,
      ).toBe('invalid-credentials');
      expect(
        (await login(handle.db, { username: 'anna', password: second, clientAddress: 't' }, now))
          .outcome,
      ).toBe('ok');
    } finally {
      await handle.close();
    }
  });

  it('verifies the audit trail, and names the first entry edited behind its back', async () => {
    const ok = await cli('audit', 'verify');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(
      /Audit trail intact: 4 of 4 entries verified; head hash [0-9a-f]{64}\./,
    );

    const handle = await openDatabase({ kind: 'pglite', dataDir: dir, command: 'test' });
    try {
      await sql`alter table audit_event disable trigger audit_event_no_update_or_delete`.execute(
        handle.db,
      );
      await sql`update audit_event set actor_username = 'someone-else' where seq = 2`.execute(
        handle.db,
      );
    } finally {
      await handle.close();
    }
    const broken = await cli('audit', 'verify');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('audit trail BROKEN at entry 2 (hash-mismatch)');
    expect(broken.stderr).toContain('1 entries before it verified');
  });
});
