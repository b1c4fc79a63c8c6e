import { sql } from 'kysely';
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('import_batch')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    // the public data source that loaded it (null for a user's import)
    .addColumn('source', 'text')
    .addColumn('checksum', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('applied', 'rejected', 'rolled-back')`),
    )
    .addColumn('demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('rows_read', 'integer', (c) => c.notNull())
    .addColumn('observations_new', 'integer', (c) => c.notNull())
    .addColumn('observations_revised', 'integer', (c) => c.notNull())
    .addColumn('observations_unchanged', 'integer', (c) => c.notNull())
    .addColumn('rejected_rows', 'integer', (c) => c.notNull())
    .addColumn('empty_values', 'integer', (c) => c.notNull())
    .addColumn('explanation', 'jsonb', (c) => c.notNull())
    .addColumn('rolled_back_at', 'timestamptz')
    .addColumn('rolled_back_by', 'text')
    .execute();
  await db.schema
    .createIndex('import_batch_source_idx')
    .on('import_batch')
    .columns(['source', 'checksum'])
    .execute();

  await db.schema
    .createTable('import_rejection')
    .addColumn('batch_id', 'bigint', (c) =>
      c.notNull().references('import_batch.id').onDelete('cascade'),
    )
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('file', 'text', (c) => c.notNull())
    .addColumn('row_number', 'integer', (c) => c.notNull())
    .addColumn('column_name', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_rejection_pk', ['batch_id', 'seq'])
    .execute();

  // The key (indicator, region, period, breakdown, revision) is explicit and includes the
  // period start, so the table can later be range-partitioned on period_start and
  // distributed on Citus by region_code; no surrogate id. No foreign keys: the import engine
  // checks every indicator and region code before a row is stored, and per-row FK triggers
  // halved the bulk load speed (docs/decisions/0007).
  await db.schema
    .createTable('observation')
    .addColumn('indicator_code', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('period_type', 'text', (c) =>
      c.notNull().check(sql`period_type in ('day', 'week', 'month', 'quarter', 'year')`),
    )
    .addColumn('period_start', 'date', (c) => c.notNull())
    .addColumn('period_end', 'date', (c) => c.notNull())
    .addColumn('period_key', 'text', (c) => c.notNull())
    .addColumn('breakdown', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('revision', 'integer', (c) => c.notNull().check(sql`revision >= 1`))
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('lower_bound', 'double precision')
    .addColumn('upper_bound', 'double precision')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('provisional', 'final')`))
    .addColumn('batch_id', 'bigint', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('observation_pk', [
      'indicator_code',
      'region_code',
      'period_type',
      'period_start',
      'breakdown',
      'revision',
    ])
    .execute();
  await db.schema
    .createIndex('observation_batch_idx')
    .on('observation')
    .column('batch_id')
    .execute();
  await db.schema
    .createIndex('observation_region_idx')
    .on('observation')
    .columns(['region_code', 'period_start'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('observation').execute();
  await db.schema.dropTable('import_rejection').execute();
  await db.schema.dropTable('import_batch').execute();
}
