import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * The weighing framework (issue 6): versioned frameworks with their criteria tree, the
 * packages they score, one value judgement per package and criterion with its rationale,
 * source and author, and weight sets by method. A published version is never changed.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('weighing_framework')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version > 0`))
    .addColumn('name_nl', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('draft', 'published', 'superseded')`),
    )
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('based_on_version', 'integer')
    .addColumn('change_note', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('published_at', 'timestamptz')
    .addUniqueConstraint('weighing_framework_code_version', ['code', 'version'])
    .execute();
  await db.schema
    .createTable('weighing_criterion')
    .addColumn('framework_id', 'uuid', (c) =>
      c.notNull().references('weighing_framework.id').onDelete('cascade'),
    )
    .addColumn('node_id', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('node_type', 'text', (c) =>
      c.notNull().check(sql`node_type in ('group', 'criterion')`),
    )
    .addColumn('name_nl', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.check(sql`direction in ('benefit', 'cost')`))
    .addColumn('unit', 'text')
    .addColumn('source_kind', 'text', (c) =>
      c.check(sql`source_kind in ('effectiveness', 'impact', 'value')`),
    )
    .addColumn('target_kind', 'text')
    .addColumn('target_code', 'text')
    .addColumn('value_code', 'text')
    .addColumn('right_ids', 'jsonb', (c) => c.notNull())
    .addColumn('value_function', 'jsonb')
    .addPrimaryKeyConstraint('weighing_criterion_pk', ['framework_id', 'node_id'])
    .execute();
  await db.schema
    .createTable('weighing_package')
    .addColumn('framework_id', 'uuid', (c) =>
      c.notNull().references('weighing_framework.id').onDelete('cascade'),
    )
    .addColumn('package_code', 'text', (c) => c.notNull().references('bundle.code'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('weighing_package_pk', ['framework_id', 'package_code'])
    .execute();
  await db.schema
    .createTable('weighing_score')
    .addColumn('framework_id', 'uuid', (c) => c.notNull())
    .addColumn('package_code', 'text', (c) => c.notNull())
    .addColumn('criterion_id', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('low', 'double precision')
    .addColumn('high', 'double precision')
    .addColumn('rationale', 'text', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('weighing_score_pk', ['framework_id', 'package_code', 'criterion_id'])
    .addForeignKeyConstraint(
      'weighing_score_package',
      ['framework_id', 'package_code'],
      'weighing_package',
      ['framework_id', 'package_code'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'weighing_score_criterion',
      ['framework_id', 'criterion_id'],
      'weighing_criterion',
      ['framework_id', 'node_id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addCheckConstraint(
      'weighing_score_range',
      sql`(low is null and high is null) or (low <= value and value <= high)`,
    )
    .execute();
  await db.schema
    .createTable('weighing_weight_set')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('framework_id', 'uuid', (c) =>
      c.notNull().references('weighing_framework.id').onDelete('cascade'),
    )
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) =>
      c.notNull().check(sql`method in ('direct', 'swing', 'ahp', 'imprecise')`),
    )
    .addColumn('input', 'jsonb', (c) => c.notNull())
    .addColumn('rationale', 'text', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('weighing_weight_set').execute();
  await db.schema.dropTable('weighing_score').execute();
  await db.schema.dropTable('weighing_package').execute();
  await db.schema.dropTable('weighing_criterion').execute();
  await db.schema.dropTable('weighing_framework').execute();
}
