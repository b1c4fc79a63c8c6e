import { sql } from 'kysely';
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('indicator')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name_nl', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('theme', 'text', (c) => c.notNull())
    .addColumn('definition_nl', 'text', (c) => c.notNull())
    .addColumn('definition_en', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('source_name', 'text', (c) => c.notNull())
    .addColumn('source_url', 'text')
    .addColumn('frequency', 'text', (c) => c.notNull())
    .addColumn('lowest_level', 'text', (c) => c.notNull())
    .addColumn('aggregation', 'text', (c) => c.notNull())
    .addColumn('ratio_numerator', 'text')
    .addColumn('ratio_denominator', 'text')
    .addColumn('ratio_multiplier', 'double precision')
    .addColumn('polarity', 'text', (c) => c.notNull())
    .addColumn('signal_attention', 'double precision')
    .addColumn('signal_alarm', 'double precision')
    .addColumn('signal_set_by', 'text')
    .addColumn('signal_rationale', 'text')
    .addColumn('signal_set_on', 'date')
    .addColumn('signal_demo', 'boolean')
    .addColumn('valid_min', 'double precision')
    .addColumn('valid_max', 'double precision')
    .addColumn('import_aliases', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('demo_series', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('indicator_theme_idx').on('indicator').column('theme').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('indicator').execute();
}
