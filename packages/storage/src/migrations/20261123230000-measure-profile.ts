import { sql } from 'kysely';
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('measure')
    .addColumn('cluster', 'text', (c) => c.notNull().defaultTo('health-protection'))
    .addColumn('sectors', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('groups', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('legal_basis', 'text')
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('measure')
    .dropColumn('cluster')
    .dropColumn('sectors')
    .dropColumn('groups')
    .dropColumn('legal_basis')
    .execute();
}
