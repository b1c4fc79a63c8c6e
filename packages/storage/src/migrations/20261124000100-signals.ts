import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * Signals from practice (issue 8). The signal table holds scrubbed text only (the scrubber
 * runs before any insert) and the reporter only by pseudonym; the classification columns
 * stay when the text is deleted after the retention period.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('practice_circle')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name_nl', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('target_group', 'text')
    .addColumn('source_kind', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`source_kind in ('practice-circle', 'social-domain', 'municipality', 'media-monitoring', 'ministry')`,
        ),
    )
    .addColumn('member_organisations', 'jsonb', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('practice_circle_member')
    .addColumn('circle_id', 'uuid', (c) =>
      c.notNull().references('practice_circle.id').onDelete('cascade'),
    )
    .addColumn('account_id', 'uuid', (c) =>
      c.notNull().references('user_account.id').onDelete('cascade'),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('practice_circle_member_pk', ['circle_id', 'account_id'])
    .execute();

  await db.schema
    .createTable('signal_cluster')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('gemeente_code', 'text', (c) => c.notNull())
    .addColumn('domain', 'text', (c) => c.notNull())
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('signal')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('circle_id', 'uuid', (c) => c.references('practice_circle.id').onDelete('set null'))
    .addColumn('reporter_pseudonym', 'text', (c) => c.notNull())
    .addColumn('text', 'text')
    .addColumn('scrub_report', 'jsonb', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('gemeente_code', 'text', (c) => c.notNull())
    .addColumn('wijk_code', 'text')
    .addColumn('observed_on', 'date', (c) => c.notNull())
    .addColumn('domain', 'text', (c) => c.notNull())
    .addColumn('target_group', 'text', (c) => c.notNull())
    .addColumn('people_count', 'integer', (c) => c.check(sql`people_count >= 1`))
    .addColumn('knowledge_source', 'text', (c) =>
      c.notNull().check(sql`knowledge_source in ('seen', 'told', 'media')`),
    )
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('new', 'triaged', 'interpreted', 'closed')`),
    )
    .addColumn('urgency', 'text', (c) =>
      c.check(sql`urgency in ('immediate', 'high', 'normal', 'low')`),
    )
    .addColumn('assignee_account_id', 'uuid', (c) =>
      c.references('user_account.id').onDelete('set null'),
    )
    .addColumn('due_at', 'timestamptz')
    .addColumn('interpretation', 'text')
    .addColumn('linked_indicator_codes', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('cluster_id', 'uuid', (c) => c.references('signal_cluster.id').onDelete('set null'))
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('text_deleted_at', 'timestamptz')
    // a triaged signal has an urgency; a deleted text leaves its moment
    .addCheckConstraint('signal_urgency_after_triage', sql`status = 'new' or urgency is not null`)
    .addCheckConstraint(
      'signal_text_or_deleted',
      sql`(text is null) = (text_deleted_at is not null)`,
    )
    .execute();
  await db.schema
    .createIndex('signal_gemeente_observed')
    .on('signal')
    .columns(['gemeente_code', 'observed_on'])
    .execute();
  await db.schema.createIndex('signal_observed').on('signal').column('observed_on').execute();
  await db.schema.createIndex('signal_status').on('signal').column('status').execute();
  await db.schema
    .createIndex('signal_reporter')
    .on('signal')
    .column('reporter_pseudonym')
    .execute();
  await db.schema.createIndex('signal_cluster_id').on('signal').column('cluster_id').execute();
  await db.schema.createIndex('signal_created').on('signal').column('created_at').execute();

  await db.schema
    .createTable('signal_event')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('signal_id', 'uuid', (c) => c.notNull().references('signal.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(sql`kind in ('created', 'transition', 'assigned', 'clustered', 'text-deleted')`),
    )
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('actor_account_id', 'uuid')
    .addColumn('actor_pseudonym', 'text')
    .addColumn('note', 'text')
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    // steps in one request share a timestamp: the sequence keeps their order
    .addColumn('seq', 'bigserial', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('signal_event_signal')
    .on('signal_event')
    .column('signal_id')
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('signal_event').execute();
  await db.schema.dropTable('signal').execute();
  await db.schema.dropTable('signal_cluster').execute();
  await db.schema.dropTable('practice_circle_member').execute();
  await db.schema.dropTable('practice_circle').execute();
}
