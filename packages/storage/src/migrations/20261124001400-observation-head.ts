import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * The newest periods of every series, kept up to date at write time, so that the start page
 * reads one row per indicator instead of walking each series' revisions (decision 0020).
 *
 * observation_head holds, per indicator × region × period type (whole population only), the
 * newest `depth` periods at their latest revision, oldest first, as parallel arrays (so that a
 * reader takes the newest n by slicing). The depth is what the start page reads for the
 * indicator's frequency; a reader that needs more, or whose asOf lies before the newest
 * period, reads the observations instead. The heads built here take 53 (the deepest need).
 *
 * Statement triggers on observation mark every series a statement touched as stale (its head
 * row deleted, its key in observation_head_stale) in the writer's own transaction, whatever
 * path wrote it; refreshObservationHeads (observation-head.repository.ts) builds the stale heads
 * again before the writer commits. A head row that exists is therefore always right, and a
 * missing one only costs the reader the slower path.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['observation_head', 'observation_head_stale']) {
    let builder = db.schema
      .createTable(table)
      .addColumn('indicator_code', 'text', (c) => c.notNull())
      .addColumn('region_code', 'text', (c) => c.notNull())
      .addColumn('period_type', 'text', (c) => c.notNull());
    if (table === 'observation_head') {
      builder = builder
        .addColumn('depth', 'integer', (c) => c.notNull())
        .addColumn('newest_start', 'date', (c) => c.notNull())
        .addColumn('period_starts', sql`date[]`, (c) => c.notNull())
        .addColumn('period_ends', sql`date[]`, (c) => c.notNull())
        .addColumn('period_keys', sql`text[]`, (c) => c.notNull())
        .addColumn('observed_values', sql`double precision[]`, (c) => c.notNull())
        .addColumn('statuses', sql`text[]`, (c) => c.notNull())
        .addColumn('demos', sql`boolean[]`, (c) => c.notNull());
    }
    await builder
      .addPrimaryKeyConstraint(`${table}_pk`, ['indicator_code', 'region_code', 'period_type'])
      .execute();
  }
  // transition tables allow one event per trigger, so insert, delete and update each get one;
  // the function reads the transition table by the name each trigger gives it
  await sql`
    create function observation_head_mark_stale() returns trigger language plpgsql as $$
    begin
      with touched as (
        select distinct indicator_code, region_code, period_type
        from observation_changed where breakdown = ''
      ), dropped as (
        delete from observation_head h using touched t
        where h.indicator_code = t.indicator_code and h.region_code = t.region_code
          and h.period_type = t.period_type
      )
      insert into observation_head_stale (indicator_code, region_code, period_type)
      select indicator_code, region_code, period_type from touched
      on conflict do nothing;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger observation_head_inserted after insert on observation
    referencing new table as observation_changed
    for each statement execute function observation_head_mark_stale()`.execute(db);
  await sql`
    create trigger observation_head_deleted after delete on observation
    referencing old table as observation_changed
    for each statement execute function observation_head_mark_stale()`.execute(db);
  // an update could move a row to another series: both the old and the new one are stale
  await sql`
    create trigger observation_head_updated_old after update on observation
    referencing old table as observation_changed
    for each statement execute function observation_head_mark_stale()`.execute(db);
  await sql`
    create trigger observation_head_updated_new after update on observation
    referencing new table as observation_changed
    for each statement execute function observation_head_mark_stale()`.execute(db);
  await sql`
    create function observation_head_truncated() returns trigger language plpgsql as $$
    begin
      truncate observation_head, observation_head_stale;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger observation_head_truncated after truncate on observation
    for each statement execute function observation_head_truncated()`.execute(db);
  // the heads of what is already stored
  await sql`
    insert into observation_head (indicator_code, region_code, period_type, depth, newest_start,
      period_starts, period_ends, period_keys, observed_values, statuses, demos)
    select s.indicator_code, s.region_code, s.period_type, 53, max(p.period_start),
           array_agg(p.period_start order by p.period_start),
           array_agg(p.period_end order by p.period_start),
           array_agg(p.period_key order by p.period_start),
           array_agg(p.value order by p.period_start),
           array_agg(p.status order by p.period_start),
           array_agg(p.demo order by p.period_start)
    from (select distinct indicator_code, region_code, period_type
          from observation where breakdown = '') s
    cross join lateral (
      select distinct on (o.period_start) o.period_start, o.period_end, o.period_key, o.value,
             o.status, b.demo
      from observation o join import_batch b on b.id = o.batch_id
      where o.indicator_code = s.indicator_code and o.region_code = s.region_code
        and o.period_type = s.period_type and o.breakdown = ''
      order by o.period_start desc, o.revision desc
      limit 53
    ) p
    group by s.indicator_code, s.region_code, s.period_type`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger observation_head_truncated on observation`.execute(db);
  await sql`drop trigger observation_head_updated_new on observation`.execute(db);
  await sql`drop trigger observation_head_updated_old on observation`.execute(db);
  await sql`drop trigger observation_head_deleted on observation`.execute(db);
  await sql`drop trigger observation_head_inserted on observation`.execute(db);
  await sql`drop function observation_head_truncated()`.execute(db);
  await sql`drop function observation_head_mark_stale()`.execute(db);
  await db.schema.dropTable('observation_head_stale').execute();
  await db.schema.dropTable('observation_head').execute();
}
