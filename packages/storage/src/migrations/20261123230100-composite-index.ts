import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * Composite index definitions (issue 4): the indicators with weight and direction, the
 * normalisation, aggregation, reference period and uncertainty settings, the level and
 * period type they are computed on. Values are never stored: they are recomputed from the
 * observations, because adding data moves the normalisation constants.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('composite_index')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name_nl', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('description_nl', 'text', (c) => c.notNull())
    .addColumn('description_en', 'text', (c) => c.notNull())
    .addColumn('components', 'jsonb', (c) => c.notNull())
    .addColumn('normalisation', 'text', (c) =>
      c.notNull().check(sql`normalisation in ('min-max', 'z-score', 'distance-to-reference')`),
    )
    .addColumn('aggregation', 'text', (c) =>
      c.notNull().check(sql`aggregation in ('arithmetic', 'geometric')`),
    )
    .addColumn('reference_period', 'text')
    .addColumn('min_max_floor', 'double precision', (c) => c.notNull())
    .addColumn('imputation', 'jsonb', (c) => c.notNull())
    .addColumn('uncertainty', 'jsonb', (c) => c.notNull())
    .addColumn('level', 'text', (c) =>
      c.notNull().check(sql`level in ('gemeente', 'veiligheidsregio', 'provincie', 'nl')`),
    )
    .addColumn('period_type', 'text', (c) =>
      c.notNull().check(sql`period_type in ('day', 'week', 'month', 'quarter', 'year')`),
    )
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('composite_index').execute();
}
