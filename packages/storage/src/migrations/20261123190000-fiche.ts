import { sql } from 'kysely';
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // no foreign key to measure_level: the catalogue replaces its level rows on every update,
  // while fiche history must stay; the repository checks the level exists when writing
  await db.schema
    .createTable('fiche_version')
    .addColumn('measure_code', 'text', (c) =>
      c.notNull().references('measure.code').onDelete('cascade'),
    )
    .addColumn('level', 'integer', (c) => c.notNull().check(sql`level > 0`))
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version > 0`))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('draft', 'in-review', 'adopted', 'archived')`),
    )
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('change_note', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('fiche_version_pk', ['measure_code', 'level', 'version'])
    .execute();
  // the workflow allows one adopted version per fiche; the database holds it to that
  await db.schema
    .createIndex('fiche_version_one_adopted')
    .on('fiche_version')
    .columns(['measure_code', 'level'])
    .unique()
    .where(sql.ref('status'), '=', 'adopted')
    .execute();
  await db.schema
    .createTable('fiche_transition')
    .addColumn('id', 'integer', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('measure_code', 'text', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('from_status', 'text', (c) => c.notNull())
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addForeignKeyConstraint(
      'fiche_transition_version_fk',
      ['measure_code', 'level', 'version'],
      'fiche_version',
      ['measure_code', 'level', 'version'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createTable('ladder_override')
    .addColumn('id', 'integer', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('measure_code', 'text', (c) =>
      c.notNull().references('measure.code').onDelete('cascade'),
    )
    .addColumn('level', 'integer', (c) => c.notNull().check(sql`level > 0`))
    .addColumn('position', 'integer', (c) => c.notNull().check(sql`position > 0`))
    .addColumn('rationale', 'text', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('withdrawn_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('ladder_override_one_active')
    .on('ladder_override')
    .columns(['measure_code', 'level'])
    .unique()
    .where(sql.ref('withdrawn_at'), 'is', null)
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('ladder_override').execute();
  await db.schema.dropTable('fiche_transition').execute();
  await db.schema.dropTable('fiche_version').execute();
}
