import type { Kysely } from 'kysely';

/**
 * The GGD-regio of each gemeente per division year, as loaded from CBS "Gebieden in
 * Nederland". region_parent holds one parent per level and no year, so it keeps only the
 * latest year's GGD-regio of a gemeente (rebuilt from this table); this table keeps every
 * loaded year, so that a later file never rewrites an earlier division.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('region_ggd_membership')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('gemeente_code', 'text', (c) =>
      c.notNull().references('region.code').onDelete('cascade'),
    )
    .addColumn('ggd_code', 'text', (c) => c.notNull().references('region.code').onDelete('cascade'))
    // the name CBS gave the GGD-regio in that year's table
    .addColumn('ggd_name', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('region_ggd_membership_pk', ['year', 'gemeente_code'])
    .execute();
  await db.schema
    .createIndex('region_ggd_membership_ggd_idx')
    .on('region_ggd_membership')
    .columns(['ggd_code', 'year'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('region_ggd_membership').execute();
}
