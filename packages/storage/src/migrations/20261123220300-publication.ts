import { sql } from 'kysely';
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('publication')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('document_type', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('source_ref', 'text')
    .addColumn('embargo_until', 'timestamptz', (c) => c.notNull())
    .addColumn('required_approvals', 'jsonb', (c) => c.notNull())
    .addColumn('targets', 'jsonb', (c) => c.notNull())
    .addColumn('woo', 'jsonb', (c) => c.notNull())
    .addColumn('scheduled_by', 'uuid')
    .addColumn('scheduled_at', 'timestamptz', (c) => c.notNull())
    .addColumn('withdrawn_at', 'timestamptz')
    .addColumn('withdrawn_by', 'uuid')
    .addColumn('withdrawal_reason', 'text')
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema
    .createTable('publication_approval')
    .addColumn('publication_id', 'uuid', (c) => c.notNull().references('publication.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('department', 'text')
    .addColumn('user_id', 'uuid', (c) => c.notNull())
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('approved_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('publication_approval_pk', ['publication_id', 'user_id'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('publication_approval').execute();
  await db.schema.dropTable('publication').execute();
}
