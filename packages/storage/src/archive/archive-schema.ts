import { sql } from 'kysely';
import type { Executor } from '../database.ts';

/**
 * The archive is generic over the database schema: it reads tables, columns, keys and
 * foreign keys from the catalogue, so a table added by a later migration is archived without
 * any change here. Only what must not travel is listed below, each with its reason.
 */
export const ARCHIVE_EXCLUDED_TABLES: Readonly<Record<string, string>> = {
  kysely_migration: 'migration bookkeeping: the header records the schema version instead',
  kysely_migration_lock: 'migration bookkeeping: a lock row, not knowledge',
  user_session: 'volatile secrets: session tokens of the source host must not log in anywhere',
  login_attempt: 'volatile: login throttling counters, meaningless on another host',
  oidc_login_state: 'volatile secrets: half-finished OpenID Connect logins',
  observation_head: 'derived: built again from the observations on import',
  observation_head_stale: 'derived: marks for observation_head, empty after every commit',
};

/**
 * Columns left out of the file and of the content hash, with the SQL that fills them on
 * import. Password hashes can be cracked offline from a file that is kept for years; accounts
 * come along (advice and audit entries name them) but must get a new password
 * (`weegschaal users reset`) after an import: the fill matches no password. Calendar-feed
 * tokens are bearer secrets in subscribed URLs; the importer issues new ones (they are unique).
 */
export const ARCHIVE_EXCLUDED_COLUMNS: Readonly<
  Record<string, { reason: string; fillSql: string }>
> = {
  'user_account.password_hash': {
    reason: 'an offline-crackable secret; reset passwords after import',
    fillSql: "'!archived-without-password'",
  },
  'user_account.calendar_token': {
    reason: 'a bearer secret in calendar subscriptions; new tokens are issued on import',
    fillSql: "replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')",
  },
};

/** How a value of a column is written into the file; see docs/archive-format.md. */
export type ArchiveCodec =
  | 'boolean'
  | 'integer'
  | 'decimal'
  | 'timestamptz'
  | 'timestamp'
  | 'date'
  | 'json'
  | 'bytea'
  | 'array'
  | 'text';

export interface ArchiveColumn {
  name: string;
  /** the exact SQL type, as `format_type` prints it */
  type: string;
  codec: ArchiveCodec;
  nullable: boolean;
  /** compared with the binary collation, so that ordering is the same on every host */
  collatable: boolean;
}

export interface ArchiveTable {
  name: string;
  columns: ArchiveColumn[];
  /** primary-key columns in key order; empty when the table has none */
  primaryKey: string[];
  /** every column is written with `overriding system value` on import */
  hasIdentity: boolean;
  /** foreign keys to the table itself: rows must be inserted parents first */
  selfReferences: { columns: string[]; referenced: string[] }[];
}

interface ColumnRow {
  table_name: string;
  column_name: string;
  type: string;
  typname: string;
  typcategory: string;
  collatable: boolean;
  not_null: boolean;
  generated: string;
  identity: string;
}

interface ConstraintRow {
  table_name: string;
  contype: string;
  conname: string;
  column_name: string;
  ref_table: string | null;
  ref_column: string | null;
}

function codecOf(typname: string, category: string): ArchiveCodec {
  if (category === 'A') return 'array';
  switch (typname) {
    case 'bool':
      return 'boolean';
    case 'int2':
    case 'int4':
      return 'integer';
    // int8 exceeds 2^53 and floats/numerics must keep every digit: strings, never numbers
    case 'int8':
    case 'numeric':
    case 'float4':
    case 'float8':
      return 'decimal';
    case 'timestamptz':
      return 'timestamptz';
    case 'timestamp':
      return 'timestamp';
    case 'date':
      return 'date';
    case 'json':
    case 'jsonb':
      return 'json';
    case 'bytea':
      return 'bytea';
    default:
      return 'text';
  }
}

/**
 * The archived tables in dependency order: a table comes after every table it references,
 * ties broken by name, so that the order is the same on every host with the same schema.
 */
export async function readArchiveSchema(db: Executor): Promise<ArchiveTable[]> {
  const columns = await sql<ColumnRow>`
    select c.relname as table_name, a.attname as column_name,
           format_type(a.atttypid, a.atttypmod) as type, t.typname, t.typcategory,
           t.typcollation <> 0 as collatable, a.attnotnull as not_null,
           a.attgenerated::text as generated, a.attidentity::text as identity
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid
    join pg_namespace n on n.oid = c.relnamespace
    join pg_type t on t.oid = a.atttypid
    where n.nspname = current_schema() and c.relkind in ('r', 'p')
      and a.attnum > 0 and not a.attisdropped
    order by c.relname, a.attnum`.execute(db);
  const constraints = await sql<ConstraintRow>`
    select c.relname as table_name, con.contype::text as contype, con.conname,
           a.attname as column_name, rc.relname as ref_table, ra.attname as ref_column
    from pg_constraint con
    join pg_class c on c.oid = con.conrelid
    join pg_namespace n on n.oid = c.relnamespace
    cross join lateral unnest(con.conkey) with ordinality as k(attnum, ord)
    join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
    left join pg_class rc on rc.oid = con.confrelid
    left join pg_attribute ra on ra.attrelid = con.confrelid and ra.attnum = con.confkey[k.ord]
    where n.nspname = current_schema() and con.contype in ('p', 'f')
    order by c.relname, con.conname, k.ord`.execute(db);

  const tables = new Map<string, ArchiveTable>();
  for (const row of columns.rows) {
    if (row.table_name in ARCHIVE_EXCLUDED_TABLES) continue;
    // generated columns are recomputed by the database; they are not content
    if (row.generated !== '') continue;
    if (`${row.table_name}.${row.column_name}` in ARCHIVE_EXCLUDED_COLUMNS) continue;
    let table = tables.get(row.table_name);
    if (!table) {
      table = {
        name: row.table_name,
        columns: [],
        primaryKey: [],
        hasIdentity: false,
        selfReferences: [],
      };
      tables.set(row.table_name, table);
    }
    table.columns.push({
      name: row.column_name,
      type: row.type,
      codec: codecOf(row.typname, row.typcategory),
      nullable: !row.not_null,
      collatable: row.collatable,
    });
    if (row.identity !== '') table.hasIdentity = true;
  }

  const dependsOn = new Map<string, Set<string>>();
  const selfKeys = new Map<string, { table: string; columns: string[]; referenced: string[] }>();
  for (const row of constraints.rows) {
    const table = tables.get(row.table_name);
    if (!table) continue;
    if (row.contype === 'p') {
      table.primaryKey.push(row.column_name);
      continue;
    }
    if (row.ref_table === row.table_name) {
      const key = `${row.table_name}.${row.conname}`;
      const fk = selfKeys.get(key) ?? { table: row.table_name, columns: [], referenced: [] };
      fk.columns.push(row.column_name);
      fk.referenced.push(row.ref_column ?? '');
      selfKeys.set(key, fk);
      continue;
    }
    if (row.ref_table && !tables.has(row.ref_table)) {
      throw new Error(
        `archive: table ${row.table_name} references ${row.ref_table}, which is excluded from the archive`,
      );
    }
    const deps = dependsOn.get(row.table_name) ?? new Set<string>();
    if (row.ref_table) deps.add(row.ref_table);
    dependsOn.set(row.table_name, deps);
  }
  for (const fk of selfKeys.values()) {
    tables.get(fk.table)!.selfReferences.push({ columns: fk.columns, referenced: fk.referenced });
  }

  const ordered: ArchiveTable[] = [];
  const done = new Set<string>();
  const remaining = [...tables.keys()].sort();
  while (remaining.length > 0) {
    const next = remaining.find((name) =>
      [...(dependsOn.get(name) ?? [])].every((dep) => done.has(dep)),
    );
    if (next === undefined) {
      throw new Error(
        `archive: foreign keys form a cycle between tables ${remaining.join(', ')}; ` +
          'the archive cannot order them',
      );
    }
    ordered.push(tables.get(next)!);
    done.add(next);
    remaining.splice(remaining.indexOf(next), 1);
  }
  return ordered;
}

/** The sequences (identity and serial) of the archived tables, with their current value. */
export async function readSequences(
  db: Executor,
): Promise<{ name: string; lastValue: string | null }[]> {
  const result = await sql<{ name: string; last_value: string | null }>`
    select sequencename as name, last_value::text as last_value
    from pg_sequences where schemaname = current_schema() order by sequencename`.execute(db);
  return result.rows.map((r) => ({ name: r.name, lastValue: r.last_value }));
}
