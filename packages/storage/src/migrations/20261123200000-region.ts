import { sql } from 'kysely';
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('region')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text')
    .addColumn('level', 'text', (c) => c.notNull())
    // the municipal division (1 January of a year) in which the code first/last exists
    .addColumn('division_from', 'integer', (c) => c.notNull())
    .addColumn('division_to', 'integer')
    .addColumn('is_border', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('is_shrinking', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('region_level_idx').on('region').column('level').execute();

  // a region lies in one region per higher level (a gemeente in a VR and a PV)
  await db.schema
    .createTable('region_parent')
    .addColumn('region_code', 'text', (c) =>
      c.notNull().references('region.code').onDelete('cascade'),
    )
    .addColumn('parent_code', 'text', (c) =>
      c.notNull().references('region.code').onDelete('cascade'),
    )
    .addColumn('parent_level', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('region_parent_pk', ['region_code', 'parent_code'])
    .execute();
  await db.schema
    .createIndex('region_parent_parent_idx')
    .on('region_parent')
    .column('parent_code')
    .execute();

  await db.schema
    .createTable('region_population')
    .addColumn('region_code', 'text', (c) =>
      c.notNull().references('region.code').onDelete('cascade'),
    )
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('population', 'integer', (c) => c.notNull().check(sql`population >= 0`))
    .addColumn('source', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('region_population_pk', ['region_code', 'year'])
    .execute();

  await db.schema
    .createTable('region_redivision')
    .addColumn('old_code', 'text', (c) => c.notNull().references('region.code').onDelete('cascade'))
    .addColumn('successor_code', 'text', (c) =>
      c.notNull().references('region.code').onDelete('cascade'),
    )
    .addColumn('effective_on', 'date', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('merger', 'split')`))
    .addColumn('part', 'text')
    .addPrimaryKeyConstraint('region_redivision_pk', ['old_code', 'successor_code'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('region_redivision').execute();
  await db.schema.dropTable('region_population').execute();
  await db.schema.dropTable('region_parent').execute();
  await db.schema.dropTable('region').execute();
}
