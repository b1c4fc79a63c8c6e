import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { DatabaseHandle } from '../database.ts';
import { appendAuditEvent, listAuditEvents, verifyAuditLog } from './audit-event.repository.ts';

const actor = { userId: null, username: 'test', role: 'system' };

describe.each(testDatabaseTargets())('audit trail on $kind', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
  });
  afterAll(() => handle.close());

  it('chains concurrent appends without forks or gaps', async () => {
    const at = new Date('2026-01-05T09:00:00.123Z');
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        appendAuditEvent(
          handle.db,
          actor,
          {
            action: 'test.event',
            resourceType: 'test',
            resourceId: `r${i}`,
            details: { i, text: 'één € “quoted”', nested: { z: 1, a: [0.5, null] } },
          },
          at,
        ),
      ),
    );
    const entries = await listAuditEvents(handle.db, { limit: 100 });
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(entries[0]!.occurredAt).toBe('2026-01-05T09:00:00.123Z');
    const result = await verifyAuditLog(handle.db, 5);
    expect(result).toMatchObject({
      ok: true,
      checked: 12,
      firstBroken: null,
      headHash: entries[11]!.hash,
    });
  });

  it('rolls an event back with the change it records', async () => {
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await appendAuditEvent(
          trx,
          actor,
          { action: 'test.rolled-back', resourceType: 'test', resourceId: null },
          new Date(),
        );
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await listAuditEvents(handle.db, { action: 'test.rolled-back', limit: 10 })).toEqual([]);
  });

  it('refuses UPDATE and DELETE, and a direct edit past the trigger fails verification', async () => {
    await expect(
      sql`update audit_event set action = 'x' where seq = 3`.execute(handle.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_event where seq = 12`.execute(handle.db)).rejects.toThrow(
      /append-only/,
    );
    // someone with full database access switches the guard off and edits a row
    await sql`alter table audit_event disable trigger audit_event_no_update_or_delete`.execute(
      handle.db,
    );
    await sql`update audit_event set details = jsonb_set(details, '{i}', '999') where seq = 7`.execute(
      handle.db,
    );
    await sql`alter table audit_event enable trigger audit_event_no_update_or_delete`.execute(
      handle.db,
    );
    const result = await verifyAuditLog(handle.db, 5);
    expect(result.ok).toBe(false);
    expect(result.checked).toBe(6);
    expect(result.firstBroken).toMatchObject({ seq: 7, reason: 'hash-mismatch' });
    expect(result.firstBroken!.explanation).toContain('entry 7');
  });
});
