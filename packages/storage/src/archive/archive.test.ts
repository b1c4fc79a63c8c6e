import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { testDatabaseTargets } from '../testing/test-database.ts';
import type { TestDatabaseTarget } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { DatabaseHandle } from '../database.ts';
import { loadDemoData } from '../demo/demo-loader.ts';
import { countAuditEvents, verifyAuditLog } from '../audit/audit-event.repository.ts';
import { contentHash } from './archive-content.ts';
import {
  demoCalendarExceptions,
  demoMeasures,
  demoMeetingSeries,
  expandCalendar,
} from '@weegschaal/core';
import type { Principal } from '@weegschaal/core';
import { listUsers } from '../account/user-account.repository.ts';
import { createAdviceRequest } from '../advice/advice-request.repository.ts';
import {
  createInformationPackage,
  sendInformationPackage,
} from '../advice/information-package.repository.ts';
import { createAdvisoryReport } from '../advice/advisory-report.repository.ts';
import { exportArchive } from './archive-export.ts';
import { importArchive } from './archive-import.ts';
import { archiveFileHash } from './archive-file.ts';

const targets = testDatabaseTargets();
const dir = mkdtempSync(join(tmpdir(), 'weegschaal-archive-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function freshDatabase(target: TestDatabaseTarget): Promise<DatabaseHandle> {
  const handle = await target.open();
  await migrateToLatest(handle.db);
  return handle;
}

/**
 * The demo data, plus a request with two sealed package versions (bytes, a version that
 * supersedes another) and an MIT advice: every column kind the archive must carry.
 */
async function loadContent(handle: DatabaseHandle): Promise<void> {
  await loadDemoData(handle.db);
  const now = new Date();
  const user = (await listUsers(handle.db)).find((u) => u.role === 'secretariat')!;
  const secretariat: Principal = {
    userId: user.id,
    username: user.username,
    role: user.role,
    department: null,
  };
  const from = now.toISOString().slice(0, 10);
  const to = new Date(now.getTime() + 90 * 86_400_000).toISOString().slice(0, 10);
  const mcc = expandCalendar(demoMeetingSeries(), demoCalendarExceptions(), from, to).find(
    (o) => o.kind === 'MCC' && o.startsAt > now.toISOString(),
  )!;
  const measureCodes = demoMeasures()
    .slice(0, 2)
    .map((m) => m.code);
  const request = await createAdviceRequest(
    handle.db,
    secretariat,
    {
      title: 'Advies over de scholen',
      question: 'Welke maatregelen voor het onderwijs zijn proportioneel?',
      requestingDepartment: 'VWS',
      measureCodes,
      bundleCodes: [],
      mccUid: mcc.uid,
      mccDate: mcc.date,
      addressees: ['OMT', 'MIT'],
    },
    now,
  );
  for (const note of ['eerste versie', 'correctie']) {
    const sealed = await createInformationPackage(
      handle.db,
      secretariat,
      {
        requestId: request.id,
        documents: [
          {
            name: 'notitie.bin',
            mediaType: 'application/octet-stream',
            bytes: new Uint8Array([0, 1, 2, 255, 10, 13, note.length]),
          },
        ],
        includeSnapshot: true,
        note,
      },
      now,
    );
    await sendInformationPackage(handle.db, secretariat, sealed.id, now);
  }
  const chair = (await listUsers(handle.db)).find((u) => u.role === 'mit-chair')!;
  await createAdvisoryReport(
    handle.db,
    { userId: chair.id, username: chair.username, role: chair.role, department: null },
    {
      requestId: request.id,
      body: 'MIT',
      title: 'MIT-advies scholen',
      sections: [
        { key: 'samenvatting', heading: 'Samenvatting', text: 'Houd de scholen open; "ü" en €.' },
      ],
      measureCodes,
      confidentiality: 'confidential',
    },
    now,
  );
}

async function rowCount(handle: DatabaseHandle, table: string): Promise<number> {
  const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(
    handle.db,
  );
  return r.rows[0]!.n;
}

/** Rewrites one record of an archive (decompressed and compressed again). */
function tamper(source: string, target: string, edit: (lines: string[]) => void): void {
  const lines = gunzipSync(readFileSync(source)).toString('utf8').split('\n');
  edit(lines);
  writeFileSync(target, gzipSync(lines.join('\n')));
}

describe.each(targets)('portable archive on $kind', (target) => {
  let source: DatabaseHandle;
  let file: string;
  let sourceHash: string;
  beforeAll(async () => {
    source = await freshDatabase(target);
    await loadContent(source);
    file = join(dir, `${target.kind}.weegschaal-archive.jsonl.gz`);
  }, 120_000);
  afterAll(() => source.close());

  it('exports, and imports into an empty database with the same content hash and a verifying audit chain', async () => {
    expect(await rowCount(source, 'fiche_version')).toBeGreaterThan(0);
    expect(await rowCount(source, 'advisory_report')).toBeGreaterThan(0);
    expect(await rowCount(source, 'package_blob')).toBeGreaterThan(0);
    expect(await rowCount(source, 'observation')).toBeGreaterThan(0);
    expect(await countAuditEvents(source.db)).toBeGreaterThan(0);
    sourceHash = await contentHash(source.db);
    const exported = await exportArchive(source.db, file, { createdAt: new Date() });
    expect(exported.contentHash).toBe(sourceHash);
    expect(await archiveFileHash(file)).toBe(sourceHash);

    const copy = await freshDatabase(target);
    try {
      const imported = await importArchive(copy.db, file);
      expect(imported.contentHash).toBe(sourceHash);
      expect(imported.totalRows).toBe(exported.totalRows);
      expect(await contentHash(copy.db)).toBe(sourceHash);
      // the series' heads are not in the file but built again from the observations
      const heads = async (db: DatabaseHandle) =>
        (
          await sql<{ head: unknown }>`
            select observation_head as head from observation_head
            order by indicator_code, region_code, period_type`.execute(db.db)
        ).rows;
      expect(await rowCount(copy, 'observation_head')).toBeGreaterThan(0);
      expect(await heads(copy)).toEqual(await heads(source));
      const verification = await verifyAuditLog(copy.db);
      expect(verification.ok).toBe(true);
      expect(verification.checked).toBe(await countAuditEvents(source.db));
      // sequences were carried over: a new row gets a fresh identity, not a taken one
      const max = await sql<{
        id: number;
      }>`select max(id)::int as id from fiche_transition`.execute(copy.db);
      const next = await sql<{
        v: string;
      }>`select nextval(pg_get_serial_sequence('fiche_transition', 'id'))::text as v`.execute(
        copy.db,
      );
      expect(Number(next.rows[0]!.v)).toBeGreaterThan(max.rows[0]!.id ?? 0);
      // secrets stay behind: no password verifies, and calendar feeds get new tokens
      const accounts = (db: DatabaseHandle) =>
        sql<{ username: string; password_hash: string; calendar_token: string }>`
          select username, password_hash, calendar_token from user_account order by username`
          .execute(db.db)
          .then((r) => r.rows);
      const [before, after] = [await accounts(source), await accounts(copy)];
      expect(after.map((a) => a.username)).toEqual(before.map((a) => a.username));
      expect(new Set(after.map((a) => a.password_hash))).toEqual(
        new Set(['!archived-without-password']),
      );
      for (const [i, account] of after.entries()) {
        expect(account.calendar_token).not.toBe(before[i]!.calendar_token);
      }
      expect(readFileSync(file).length).toBeGreaterThan(0);
      const plain = gunzipSync(readFileSync(file)).toString('utf8');
      expect(plain).not.toContain(before[0]!.password_hash);
      expect(plain).not.toContain(before[0]!.calendar_token);
      // a second import is refused: the database is no longer empty
      await expect(importArchive(copy.db, file)).rejects.toThrow(/not empty/);
    } finally {
      await copy.close();
    }
  }, 120_000);

  it('a changed hash follows a changed row', async () => {
    await sql`update measure set name_nl = name_nl || ' (gewijzigd)' where code = (select min(code) from measure)`.execute(
      source.db,
    );
    expect(await contentHash(source.db)).not.toBe(sourceHash);
  });

  it('names line, table and column of a tampered value and leaves the target empty', async () => {
    const bad = join(dir, `${target.kind}-bad-value.jsonl.gz`);
    let line = 0;
    tamper(file, bad, (lines) => {
      line = lines.findIndex((l) => l.startsWith('{"table":"fiche_version"')) + 1;
      const record = JSON.parse(lines[line - 1]!) as { row: unknown[] };
      const header = JSON.parse(lines[0]!) as {
        tables: { name: string; columns: { name: string; type: string }[] }[];
      };
      const columns = header.tables.find((t) => t.name === 'fiche_version')!.columns;
      const at = columns.findIndex((c) => c.type === 'timestamp with time zone');
      record.row[at] = 'gisteren';
      lines[line - 1] = JSON.stringify({ table: 'fiche_version', ...record });
    });
    const copy = await freshDatabase(target);
    try {
      const error = await importArchive(copy.db, bad).then(
        () => null,
        (e: unknown) => e as Error,
      );
      expect(error?.message).toMatch(
        new RegExp(`line ${line}, table fiche_version, column \\w+: expected a UTC time`),
      );
      expect(await rowCount(copy, 'measure')).toBe(0);
      expect(await contentHash(copy.db)).toBe(await contentHash((await emptyHashDb()).db));
    } finally {
      await copy.close();
    }
  }, 60_000);

  it('refuses an altered value by its content hash, another schema version, and a truncated file', async () => {
    const altered = join(dir, `${target.kind}-altered.jsonl.gz`);
    tamper(file, altered, (lines) => {
      const i = lines.findIndex((l) => l.startsWith('{"table":"measure"'));
      const record = JSON.parse(lines[i]!) as { table: string; row: unknown[] };
      record.row[1] = `${String(record.row[1])} (aangepast)`;
      lines[i] = JSON.stringify(record);
    });
    await expect(archiveFileHash(altered)).rejects.toThrow(/content hash mismatch/);
    const otherSchema = join(dir, `${target.kind}-other-schema.jsonl.gz`);
    tamper(file, otherSchema, (lines) => {
      const header = JSON.parse(lines[0]!) as { schemaVersion: string };
      lines[0] = JSON.stringify({ ...header, schemaVersion: '20990101000000-future' });
    });
    const truncated = join(dir, `${target.kind}-truncated.jsonl.gz`);
    tamper(file, truncated, (lines) => lines.splice(lines.length - 5));
    const copy = await freshDatabase(target);
    try {
      await expect(importArchive(copy.db, otherSchema)).rejects.toThrow(
        /schema version 20990101000000-future but the database is at/,
      );
      await expect(importArchive(copy.db, truncated)).rejects.toThrow(/end record is missing/);
      expect(await rowCount(copy, 'measure')).toBe(0);
    } finally {
      await copy.close();
    }
  }, 60_000);
});

let empty: DatabaseHandle | null = null;
async function emptyHashDb(): Promise<DatabaseHandle> {
  empty ??= await freshDatabase(targets[0]!);
  return empty;
}
afterAll(async () => {
  await empty?.close();
});

describe.runIf(targets.length > 1)('portable archive across engines', () => {
  it('moves from PGlite to PostgreSQL with the same content hash', async () => {
    const pglite = await freshDatabase(targets[0]!);
    const postgres = await freshDatabase(targets[1]!);
    try {
      await loadContent(pglite);
      const file = join(dir, 'cross-engine.jsonl.gz');
      const exported = await exportArchive(pglite.db, file);
      const imported = await importArchive(postgres.db, file);
      expect(imported.contentHash).toBe(exported.contentHash);
      expect(await contentHash(postgres.db)).toBe(await contentHash(pglite.db));
      expect((await verifyAuditLog(postgres.db)).ok).toBe(true);
    } finally {
      await pglite.close();
      await postgres.close();
    }
  }, 180_000);
});
