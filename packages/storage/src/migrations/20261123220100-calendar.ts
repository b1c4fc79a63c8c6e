import { sql } from 'kysely';
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('meeting_series')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('iso_weekday', 'integer', (c) => c.notNull().check(sql`iso_weekday between 1 and 7`))
    // wall-clock time in Europe/Amsterdam; the instant follows from the date (DST)
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('interval_weeks', 'integer', (c) => c.notNull())
    .addColumn('valid_from', 'date', (c) => c.notNull())
    .addColumn('valid_until', 'date')
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('calendar_exception')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) =>
      c.notNull().check(sql`type in ('cancel', 'holiday', 'extra')`),
    )
    .addColumn('series_id', 'text', (c) => c.references('meeting_series.id').onDelete('cascade'))
    .addColumn('kind', 'text')
    .addColumn('title', 'text')
    .addColumn('date', 'date', (c) => c.notNull())
    .addColumn('start_time', 'text')
    .addColumn('duration_minutes', 'integer')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addCheckConstraint(
      'calendar_exception_shape',
      sql`(type = 'cancel' and series_id is not null)
        or (type = 'holiday')
        or (type = 'extra' and kind is not null and title is not null and start_time is not null and duration_minutes is not null)`,
    )
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('calendar_exception').execute();
  await db.schema.dropTable('meeting_series').execute();
}
