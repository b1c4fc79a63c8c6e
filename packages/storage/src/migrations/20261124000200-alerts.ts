import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * Early-warning alerts (issue 8): each run of the detection engines over the signal counts
 * and indicator series, and the alerts it raised. An alert is unique by its dedup key
 * (series, method, period), so a second run over the same data adds no second alert; the
 * series window with the method's bound is kept with it, so its chart shows what was judged.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('detection_run')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('trigger', 'text', (c) =>
      c
        .notNull()
        .check(sql`trigger in ('on-demand', 'signal-intake', 'signal-import', 'demo-load', 'cli')`),
    )
    .addColumn('requested_by', 'text')
    .addColumn('as_of', 'date', (c) => c.notNull())
    .addColumn('started_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('series_checked', 'integer', (c) => c.notNull())
    .addColumn('points_judged', 'integer', (c) => c.notNull())
    .addColumn('alarms', 'integer', (c) => c.notNull())
    .addColumn('new_alerts', 'integer', (c) => c.notNull())
    .addColumn('explanation', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('alert')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('dedup_key', 'text', (c) => c.notNull().unique())
    .addColumn('series_key', 'text', (c) => c.notNull())
    .addColumn('series_kind', 'text', (c) =>
      c.notNull().check(sql`series_kind in ('signal-count', 'indicator')`),
    )
    .addColumn('series_label', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text')
    .addColumn('domain', 'text')
    .addColumn('indicator_code', 'text')
    .addColumn('method', 'text', (c) =>
      c.notNull().check(sql`method in ('ears-c1', 'ears-c2', 'ears-c3', 'farrington-flexible')`),
    )
    .addColumn('parameters', 'jsonb', (c) => c.notNull())
    .addColumn('period_type', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('observed', 'double precision', (c) => c.notNull())
    .addColumn('expected', 'double precision')
    .addColumn('upper_bound', 'double precision', (c) => c.notNull())
    .addColumn('baseline', 'jsonb', (c) => c.notNull())
    .addColumn('explanation', 'jsonb', (c) => c.notNull())
    .addColumn('series_window', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('open')
        .check(sql`status in ('open', 'acknowledged', 'dismissed')`),
    )
    .addColumn('status_note', 'text')
    .addColumn('status_by', 'text')
    .addColumn('status_at', 'timestamptz')
    .addColumn('detection_run_id', 'uuid', (c) => c.notNull().references('detection_run.id'))
    .addColumn('detected_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema
    .createIndex('alert_status_idx')
    .on('alert')
    .columns(['status', 'detected_at'])
    .execute();
  await db.schema.createIndex('alert_region_idx').on('alert').column('region_code').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('alert').execute();
  await db.schema.dropTable('detection_run').execute();
}
