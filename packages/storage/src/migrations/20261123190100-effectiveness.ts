import { sql } from 'kysely';
import type { Kysely } from 'kysely';

const ordinal = (column: string) => sql`${sql.ref(column)} between 0 and 4`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('omt_scenario')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name_nl', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('variant', 'text', (c) => c.notNull())
    .addColumn('season', 'text', (c) => c.notNull())
    .addColumn('compliance', 'text', (c) => c.notNull())
    .addColumn('vaccination_coverage', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema
    .createTable('effectiveness_estimate')
    .addColumn('measure_code', 'text', (c) =>
      c.notNull().references('measure.code').onDelete('cascade'),
    )
    .addColumn('level', 'integer', (c) => c.notNull().check(sql`level > 0`))
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
    .addPrimaryKeyConstraint('effectiveness_estimate_pk', [
      'measure_code',
      'level',
      'scenario_code',
    ])
    .addCheckConstraint('effectiveness_estimate_range', sql`low <= estimate and estimate <= high`)
    .execute();
  await db.schema
    .createTable('sector_risk')
    .addColumn('sector', 'text', (c) => c.primaryKey())
    .addColumn('risk', 'integer', (c) => c.notNull().check(sql`risk between 1 and 5`))
    .addColumn('rationale', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sector_risk').execute();
  await db.schema.dropTable('effectiveness_estimate').execute();
  await db.schema.dropTable('omt_scenario').execute();
}
