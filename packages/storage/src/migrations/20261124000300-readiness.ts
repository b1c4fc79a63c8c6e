import { sql } from 'kysely';
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('committee_role')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('chair', 'vice-chair', 'member')`),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('by_function', 'text')
    .addColumn('holder_name', 'text')
    .addColumn('contact_kind', 'text', (c) => c.check(sql`contact_kind in ('email', 'phone')`))
    .addColumn('contact_address', 'text')
    .addColumn('attention_area', 'text')
    .addColumn('contact_verified_on', 'date')
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // seed 001: the chair is fixed by function, so the role outlives its holder
    .addCheckConstraint(
      'committee_role_chair_by_function',
      sql`kind <> 'chair' or by_function is not null`,
    )
    .addCheckConstraint(
      'committee_role_contact_whole',
      sql`(contact_kind is null) = (contact_address is null)`,
    )
    .execute();
  await db.schema
    .createTable('secondment_agreement')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('department', 'text', (c) => c.notNull())
    .addColumn('fte', 'numeric', (c) => c.notNull().check(sql`fte > 0`))
    .addColumn('notice_days', 'integer', (c) => c.notNull().check(sql`notice_days >= 0`))
    .addColumn('contact_name', 'text', (c) => c.notNull())
    .addColumn('contact_kind', 'text', (c) =>
      c.notNull().check(sql`contact_kind in ('email', 'phone')`),
    )
    .addColumn('contact_address', 'text', (c) => c.notNull())
    .addColumn('signed_on', 'date', (c) => c.notNull())
    .addColumn('review_on', 'date', (c) => c.notNull())
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('secretariat_position')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('department', 'text', (c) => c.notNull())
    .addColumn('agreement_id', 'uuid', (c) =>
      c.references('secondment_agreement.id').onDelete('set null'),
    )
    .addColumn('holder_name', 'text')
    .addColumn('contact_kind', 'text', (c) => c.check(sql`contact_kind in ('email', 'phone')`))
    .addColumn('contact_address', 'text')
    .addColumn('contact_verified_on', 'date')
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'secretariat_position_contact_whole',
      sql`(contact_kind is null) = (contact_address is null)`,
    )
    .execute();
  await db.schema
    .createTable('expert')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('organisation', 'text', (c) => c.notNull())
    .addColumn('attention_area', 'text', (c) => c.notNull())
    .addColumn('availability', 'text', (c) =>
      c.notNull().check(sql`availability in ('available', 'limited', 'unavailable')`),
    )
    .addColumn('contact_kind', 'text', (c) =>
      c.notNull().check(sql`contact_kind in ('email', 'phone')`),
    )
    .addColumn('contact_address', 'text', (c) => c.notNull())
    .addColumn('contact_verified_on', 'date')
    // no record without recorded consent: it is the ground for keeping the name at all
    .addColumn('consent_given_on', 'date', (c) => c.notNull())
    .addColumn('consent_scope', 'text', (c) =>
      c.notNull().check(sql`consent_scope in ('activation', 'activation-and-drills')`),
    )
    .addColumn('consent_expires_on', 'date', (c) => c.notNull())
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('expert_consent_order', sql`consent_expires_on > consent_given_on`)
    .execute();
  await db.schema
    .createIndex('expert_consent_expiry')
    .on('expert')
    .column('consent_expires_on')
    .execute();
  await db.schema
    .createTable('readiness_item')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('interval_months', 'integer', (c) =>
      c.notNull().check(sql`interval_months between 1 and 60`),
    )
    .addColumn('last_reviewed_on', 'date')
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('activation')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('mode', 'text', (c) => c.notNull().check(sql`mode in ('real', 'drill')`))
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('finished_at', 'timestamptz')
    .addColumn('started_by', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('committee_total', 'integer', (c) => c.notNull())
    .addColumn('secretariat_total', 'integer', (c) => c.notNull())
    .addColumn('timings', 'jsonb')
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addCheckConstraint(
      'activation_finished_with_timings',
      sql`(finished_at is null) = (timings is null)`,
    )
    .execute();
  // one running activation and one running drill at most: a second start is a conflict
  await db.schema
    .createIndex('activation_one_running')
    .on('activation')
    .column('mode')
    .unique()
    .where(sql.ref('finished_at'), 'is', null)
    .execute();
  // the outbox: a row is a call-up handed to a channel; a mailer or SMS gateway delivers it
  await db.schema
    .createTable('call_up')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('activation_id', 'uuid', (c) =>
      c.notNull().references('activation.id').onDelete('cascade'),
    )
    .addColumn('target_kind', 'text', (c) =>
      c.notNull().check(sql`target_kind in ('committee-role', 'secretariat-position')`),
    )
    .addColumn('target_id', 'uuid', (c) => c.notNull())
    .addColumn('target_title', 'text', (c) => c.notNull())
    .addColumn('role_kind', 'text')
    .addColumn('person_name', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('email', 'phone')`))
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz', (c) => c.notNull())
    .addColumn('confirmed_at', 'timestamptz')
    .addColumn('confirmed_by', 'text')
    .addUniqueConstraint('call_up_once_per_target', ['activation_id', 'target_kind', 'target_id'])
    .execute();
  // the real organisation's life cycle, append-only; no row means dormant
  await db.schema
    .createTable('organisation_state_change')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('state', 'text', (c) =>
      c.notNull().check(sql`state in ('dormant', 'activating', 'active', 'scaling-down')`),
    )
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('changed_by', 'text', (c) => c.notNull())
    .addColumn('activation_id', 'uuid', (c) => c.references('activation.id').onDelete('set null'))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'organisation_state_change',
    'call_up',
    'activation',
    'readiness_item',
    'expert',
    'secretariat_position',
    'secondment_agreement',
    'committee_role',
  ])
    await db.schema.dropTable(table).execute();
}
