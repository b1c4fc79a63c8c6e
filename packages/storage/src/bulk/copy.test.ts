import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testDatabaseTargets } from '../testing/test-database.ts';
import type { DatabaseHandle } from '../database.ts';
import { copyInto, copyNumber, copyText, isCopyCapable, preparedStatement } from './copy.ts';

describe.each(testDatabaseTargets())('COPY through Kysely on $kind', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
    await sql`create table copy_probe (id int, label text, amount float8)`.execute(handle.db);
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('loads rows with the awkward characters escaped, inside the caller’s transaction', async () => {
    expect(isCopyCapable(handle.db)).toBe(true);
    const labels = ['plain', 'tab\there', 'two\nlines', 'back\\slash', 'cr\r', ''];
    const lines = labels.map(
      (label, i) => `${i}\t${copyText(label)}\t${copyNumber(i === 5 ? null : i / 4)}\n`,
    );
    await handle.db.transaction().execute(async (trx) => {
      // two chunks, as a large load sends them
      await copyInto(trx, 'copy_probe (id, label, amount)', [
        lines.slice(0, 3).join(''),
        lines.slice(3).join(''),
      ]);
      const inside = await sql<{ n: number }>`select count(*)::int as n from copy_probe`.execute(
        trx,
      );
      expect(inside.rows[0]?.n).toBe(6);
    });
    const rows = await sql<{ id: number; label: string; amount: number | null }>`
      select id, label, amount from copy_probe order by id`.execute(handle.db);
    expect(rows.rows.map((r) => r.label)).toEqual(labels);
    expect(rows.rows.map((r) => r.amount)).toEqual([0, 0.25, 0.5, 0.75, 1, null]);
  });

  it('lands nothing when the transaction rolls back or a row is bad', async () => {
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await copyInto(trx, 'copy_probe (id, label, amount)', ['100\tgone\t1\n']);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await copyInto(trx, 'copy_probe (id, label, amount)', [
          '101\tok\t1\n102\tbad\tnot-a-number\n',
        ]);
      }),
    ).rejects.toThrow(/double precision|invalid input/);
    const left = await sql<{ n: number }>`
      select count(*)::int as n from copy_probe where id >= 100`.execute(handle.db);
    expect(left.rows[0]?.n).toBe(0);
    // the connection is usable again afterwards
    const after = await sql<{ one: number }>`select 1 as one`.execute(handle.db);
    expect(after.rows[0]?.one).toBe(1);
  });

  it('prepares a marked statement once per connection and runs it with each call’s parameters', async () => {
    const marked = (id: number) =>
      sql<{ label: string }>`${sql.raw(preparedStatement('copy-probe-label'))}
        select label from copy_probe where id = ${id}`;
    await handle.db.connection().execute(async (connection) => {
      const first = await marked(1).execute(connection);
      const second = await marked(2).execute(connection);
      expect([first.rows[0]?.label, second.rows[0]?.label]).toEqual(['tab\there', 'two\nlines']);
      if (target.kind === 'postgres') {
        const prepared = await sql<{ name: string }>`
          select name from pg_prepared_statements`.execute(connection);
        expect(prepared.rows.map((r) => r.name)).toContain('copy-probe-label');
      }
    });
  });
});
