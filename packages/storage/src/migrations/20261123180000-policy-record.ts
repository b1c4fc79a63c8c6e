import { sql } from 'kysely';
import type { Kysely } from 'kysely';

// The OxCGRT daily record: one row per country × day × indicator (long, so that a new
// indicator needs no schema change), and one row per country × day for the indices.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('policy_record')
    .addColumn('country_code', 'text', (c) => c.notNull())
    .addColumn('date', 'date', (c) => c.notNull())
    .addColumn('indicator', 'text', (c) => c.notNull())
    .addColumn('level', 'smallint', (c) => c.notNull().check(sql`level >= 0`))
    .addColumn('flag', 'smallint', (c) => c.check(sql`flag in (0, 1)`))
    .addPrimaryKeyConstraint('policy_record_pk', ['country_code', 'date', 'indicator'])
    .execute();
  await db.schema
    .createTable('policy_index')
    .addColumn('country_code', 'text', (c) => c.notNull())
    .addColumn('date', 'date', (c) => c.notNull())
    .addColumn('country_name', 'text', (c) => c.notNull())
    .addColumn('stringency_index', 'double precision')
    .addColumn('government_response_index', 'double precision')
    .addColumn('containment_health_index', 'double precision')
    .addColumn('economic_support_index', 'double precision')
    .addColumn('stringency_index_computed', 'double precision')
    .addColumn('source_file', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('policy_index_pk', ['country_code', 'date'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('policy_index').execute();
  await db.schema.dropTable('policy_record').execute();
}
