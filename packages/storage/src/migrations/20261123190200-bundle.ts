import { sql } from 'kysely';
import type { Kysely } from 'kysely';

const ordinal = (column: string) => sql`${sql.ref(column)} between 0 and 4`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('bundle')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name_nl', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('bundle_member')
    .addColumn('bundle_code', 'text', (c) =>
      c.notNull().references('bundle.code').onDelete('cascade'),
    )
    .addColumn('measure_code', 'text', (c) =>
      c.notNull().references('measure.code').onDelete('cascade'),
    )
    .addColumn('level', 'integer', (c) => c.notNull().check(sql`level > 0`))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('bundle_member_pk', ['bundle_code', 'measure_code'])
    .execute();
  await db.schema
    .createTable('bundle_effectiveness_estimate')
    .addColumn('bundle_code', 'text', (c) =>
      c.notNull().references('bundle.code').onDelete('cascade'),
    )
    .addColumn('scenario_code', 'text', (c) =>
      c.notNull().references('omt_scenario.code').onDelete('cascade'),
    )
    .addColumn('estimate', 'integer', (c) => c.notNull().check(ordinal('estimate')))
    .addColumn('low', 'integer', (c) => c.notNull().check(ordinal('low')))
    .addColumn('high', 'integer', (c) => c.notNull().check(ordinal('high')))
    .addColumn('rationale', 'text', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('bundle_effectiveness_estimate_pk', ['bundle_code', 'scenario_code'])
    .addCheckConstraint(
      'bundle_effectiveness_estimate_range',
      sql`low <= estimate and estimate <= high`,
    )
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('bundle_effectiveness_estimate').execute();
  await db.schema.dropTable('bundle_member').execute();
  await db.schema.dropTable('bundle').execute();
}
