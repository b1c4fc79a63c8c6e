import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * Citizens' dialogues (issue 6): dilemmas put to participants without an account, their
 * answers per participant group, on one framework version. A participant is a random id and
 * a group; nothing else about them is kept.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('weighing_dialogue')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('framework_id', 'uuid', (c) =>
      c.notNull().references('weighing_framework.id').onDelete('cascade'),
    )
    .addColumn('title_nl', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('criterion_ids', 'jsonb', (c) => c.notNull())
    .addColumn('participant_groups', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'closed')`))
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('weighing_dilemma')
    .addColumn('dialogue_id', 'uuid', (c) =>
      c.notNull().references('weighing_dialogue.id').onDelete('cascade'),
    )
    .addColumn('dilemma_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('criterion_a', 'text', (c) => c.notNull())
    .addColumn('criterion_b', 'text', (c) => c.notNull())
    .addColumn('question_nl', 'text', (c) => c.notNull())
    .addColumn('question_en', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('weighing_dilemma_pk', ['dialogue_id', 'dilemma_id'])
    .execute();
  await db.schema
    .createTable('weighing_dialogue_participant')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('dialogue_id', 'uuid', (c) =>
      c.notNull().references('weighing_dialogue.id').onDelete('cascade'),
    )
    .addColumn('group_code', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('weighing_dilemma_answer')
    .addColumn('participant_id', 'uuid', (c) =>
      c.notNull().references('weighing_dialogue_participant.id').onDelete('cascade'),
    )
    .addColumn('dialogue_id', 'uuid', (c) => c.notNull())
    .addColumn('dilemma_id', 'text', (c) => c.notNull())
    .addColumn('choice', 'text', (c) => c.notNull().check(sql`choice in ('a', 'b', 'equal')`))
    .addColumn('strength', 'smallint', (c) => c.notNull().check(sql`strength between 1 and 9`))
    .addPrimaryKeyConstraint('weighing_dilemma_answer_pk', ['participant_id', 'dilemma_id'])
    .addForeignKeyConstraint(
      'weighing_dilemma_answer_dilemma_fk',
      ['dialogue_id', 'dilemma_id'],
      'weighing_dilemma',
      ['dialogue_id', 'dilemma_id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('weighing_dialogue_participant_dialogue')
    .on('weighing_dialogue_participant')
    .column('dialogue_id')
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('weighing_dilemma_answer').execute();
  await db.schema.dropTable('weighing_dialogue_participant').execute();
  await db.schema.dropTable('weighing_dilemma').execute();
  await db.schema.dropTable('weighing_dialogue').execute();
}
