import { sql } from 'kysely';
import type { RawBuilder } from 'kysely';
import type { ArchiveColumn, ArchiveTable } from './archive-schema.ts';

/** A value as it stands in the file: JSON scalars, or an array of element texts. */
export type ArchiveValue = string | number | boolean | null | (string | null)[];

/**
 * The SELECT expression that yields the canonical form of a column. Everything that could
 * differ between hosts is pinned here rather than left to session settings: time zone
 * (UTC), date style (ISO), float digits (the shortest exact form, PostgreSQL's default).
 */
export function selectExpression(column: ArchiveColumn): RawBuilder<unknown> {
  const c = sql.ref(column.name);
  switch (column.codec) {
    case 'boolean':
    case 'integer':
      return sql`${c}`;
    case 'decimal':
    case 'json':
    case 'text':
      return sql`${c}::text`;
    case 'timestamptz':
      return sql`to_char(${c} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
    case 'timestamp':
      return sql`to_char(${c}, 'YYYY-MM-DD"T"HH24:MI:SS.US')`;
    case 'date':
      return sql`to_char(${c}, 'YYYY-MM-DD')`;
    case 'bytea':
      return sql`translate(encode(${c}, 'base64'), E'\n', '')`;
    case 'array':
      return sql`case when ${c} is null then null else (select coalesce(jsonb_agg(e::text order by o), '[]'::jsonb) from unnest(${c}) with ordinality as u(e, o))::text end`;
    default: {
      const unreachable: never = column.codec;
      throw new Error(`unknown archive codec ${String(unreachable)}`);
    }
  }
}

/** The INSERT expression that turns a file value (a bound parameter) back into the column. */
export function insertExpression(column: ArchiveColumn, value: ArchiveValue): RawBuilder<unknown> {
  const type = sql.raw(column.type);
  if (value === null) return sql`cast(null as ${type})`;
  if (column.codec === 'array') {
    const json = JSON.stringify(value);
    return sql`cast((select coalesce(array_agg(e order by o), '{}') from jsonb_array_elements_text(cast(${json} as jsonb)) with ordinality as t(e, o)) as ${type})`;
  }
  if (column.codec === 'bytea') return sql`decode(${value}, 'base64')`;
  return sql`cast(${value} as ${type})`;
}

/** Ordering that is the same on every host: primary key, text compared bytewise. */
export function orderByExpression(table: ArchiveTable): RawBuilder<unknown> {
  const keys =
    table.primaryKey.length > 0
      ? table.primaryKey.map((name) => table.columns.find((c) => c.name === name)!)
      : table.columns;
  const parts = keys.map((column) => {
    if (table.primaryKey.length === 0) {
      // without a key, order by the canonical form of every column
      const expr = selectExpression(column);
      return column.codec === 'boolean' || column.codec === 'integer'
        ? expr
        : sql`${expr} collate "C"`;
    }
    return column.collatable ? sql`${sql.ref(column.name)} collate "C"` : sql.ref(column.name);
  });
  return sql.join(parts);
}

/** Turns what the driver returned for `selectExpression` into the file value. */
export function fromDatabase(column: ArchiveColumn, raw: unknown): ArchiveValue {
  if (raw === null || raw === undefined) return null;
  switch (column.codec) {
    case 'boolean':
      return Boolean(raw);
    case 'integer':
      return Number(raw);
    case 'array':
      return JSON.parse(String(raw)) as (string | null)[];
    default:
      return String(raw);
  }
}

const DECIMAL = /^(-?\d+(\.\d+)?(e[-+]?\d+)?|NaN|-?Infinity)$/i;
const TIMESTAMPTZ = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const INT_RANGE: Record<string, [number, number]> = {
  smallint: [-32768, 32767],
  integer: [-2147483648, 2147483647],
};

function validDate(text: string): boolean {
  return !Number.isNaN(Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text));
}

/** Why a file value cannot be a value of the column, or null when it can. */
export function invalidReason(column: ArchiveColumn, value: unknown): string | null {
  if (value === null) return column.nullable ? null : 'null in a column that is NOT NULL';
  const expected = (what: string) => `expected ${what} for ${column.type}`;
  switch (column.codec) {
    case 'boolean':
      return typeof value === 'boolean' ? null : expected('true or false');
    case 'integer': {
      const [min, max] = INT_RANGE[column.type] ?? INT_RANGE['integer']!;
      return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
        ? null
        : expected(`a whole number from ${min} to ${max}`);
    }
    case 'decimal':
      return typeof value === 'string' && DECIMAL.test(value) ? null : expected('a number as text');
    case 'timestamptz':
      return typeof value === 'string' && TIMESTAMPTZ.test(value) && validDate(value)
        ? null
        : expected('a UTC time YYYY-MM-DDTHH:MM:SS.ffffffZ');
    case 'timestamp':
      return typeof value === 'string' && TIMESTAMP.test(value) && validDate(`${value}Z`)
        ? null
        : expected('a time YYYY-MM-DDTHH:MM:SS.ffffff');
    case 'date':
      return typeof value === 'string' && DATE.test(value) && validDate(value)
        ? null
        : expected('a date YYYY-MM-DD');
    case 'json':
      if (typeof value !== 'string') return expected('JSON text');
      try {
        JSON.parse(value);
        return null;
      } catch {
        return expected('valid JSON text');
      }
    case 'bytea':
      return typeof value === 'string' && value.length % 4 === 0 && BASE64.test(value)
        ? null
        : expected('base64 text');
    case 'array':
      return Array.isArray(value) && value.every((e) => e === null || typeof e === 'string')
        ? null
        : expected('an array of element texts');
    case 'text':
      if (typeof value !== 'string') return expected('text');
      if (column.type === 'uuid' && !UUID.test(value)) return expected('a lowercase UUID');
      return null;
    default: {
      const unreachable: never = column.codec;
      throw new Error(`unknown archive codec ${String(unreachable)}`);
    }
  }
}
