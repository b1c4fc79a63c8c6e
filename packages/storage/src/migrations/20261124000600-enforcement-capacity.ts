import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * The register of potentially available enforcement and supervision capacity per
 * veiligheidsregio or gemeente (seed 002), with agreements on deployability and a review date.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('enforcement_capacity')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`kind in ('volunteer-police', 'boa', 'inspectorate', 'event-security', 'museum-security')`,
        ),
    )
    .addColumn('organisation', 'text', (c) => c.notNull())
    .addColumn('fte', 'double precision', (c) => c.check(sql`fte >= 0`))
    .addColumn('persons', 'integer', (c) => c.check(sql`persons >= 0`))
    .addColumn('agreement', 'text', (c) => c.notNull())
    .addColumn('contact_organisation', 'text', (c) => c.notNull())
    .addColumn('review_date', 'date', (c) => c.notNull())
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('enforcement_capacity_amount', sql`fte is not null or persons is not null`)
    .execute();
  await db.schema
    .createIndex('enforcement_capacity_region_idx')
    .on('enforcement_capacity')
    .columns(['region_code', 'kind'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('enforcement_capacity').execute();
}
