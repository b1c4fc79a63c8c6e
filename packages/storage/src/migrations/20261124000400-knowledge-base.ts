import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * Full-text search column: title weighted above the body, Dutch stemming ("scholen" finds
 * "school"). Stored and generated, so that it can never drift from the text; the archive
 * leaves generated columns out and the database recomputes them on import.
 */
function searchColumn(title: string, body: string[]) {
  const rest = body.map((c) => `coalesce(${c}, '')`).join(` || ' ' || `);
  return sql.raw(
    `setweight(to_tsvector('dutch'::regconfig, coalesce(${title}, '')), 'A') || ` +
      `setweight(to_tsvector('dutch'::regconfig, ${rest}), 'B')`,
  );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('knowledge_dossier')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('theme', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('strategic_advice', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('review_by', 'date')
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('search', sql`tsvector`, (c) =>
      c.generatedAlwaysAs(searchColumn('title', ['theme', 'summary', 'strategic_advice'])).stored(),
    )
    .execute();
  await db.schema
    .createTable('lesson_learned')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('what_happened', 'text', (c) => c.notNull())
    .addColumn('what_we_learned', 'text', (c) => c.notNull())
    .addColumn('follow_up', 'text', (c) => c.notNull())
    .addColumn('follow_up_owner', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('open', 'in-progress', 'done')`),
    )
    .addColumn('occurred_on', 'date')
    .addColumn('dossier_id', 'uuid', (c) => c.references('knowledge_dossier.id'))
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('search', sql`tsvector`, (c) =>
      c
        .generatedAlwaysAs(searchColumn('title', ['what_happened', 'what_we_learned', 'follow_up']))
        .stored(),
    )
    .execute();
  await db.schema
    .createTable('playbook')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('sector-playbook', 'continuity-plan', 'protocol')`),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('review_by', 'date', (c) => c.notNull())
    .addColumn('last_reviewed_on', 'date')
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('search', sql`tsvector`, (c) =>
      c.generatedAlwaysAs(searchColumn('title', ['sector', 'body'])).stored(),
    )
    .execute();
  for (const table of ['knowledge_dossier', 'lesson_learned', 'playbook']) {
    await db.schema
      .createIndex(`${table}_search`)
      .on(table)
      .using('gin')
      .column('search')
      .execute();
  }

  // one row per link; exactly one owner, and the target columns that fit its type
  await db.schema
    .createTable('knowledge_link')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('dossier_id', 'uuid', (c) =>
      c.references('knowledge_dossier.id').onDelete('cascade'),
    )
    .addColumn('lesson_id', 'uuid', (c) => c.references('lesson_learned.id').onDelete('cascade'))
    .addColumn('playbook_id', 'uuid', (c) => c.references('playbook.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('target_type', 'text', (c) =>
      c
        .notNull()
        .check(sql`target_type in ('measure', 'fiche', 'advice-request', 'advisory-report')`),
    )
    .addColumn('measure_code', 'text', (c) => c.references('measure.code').onDelete('cascade'))
    .addColumn('fiche_level', 'integer')
    .addColumn('fiche_version', 'integer')
    .addColumn('advice_request_id', 'uuid', (c) => c.references('advice_request.id'))
    .addColumn('advisory_report_id', 'uuid', (c) => c.references('advisory_report.id'))
    .addForeignKeyConstraint(
      'knowledge_link_fiche_fk',
      ['measure_code', 'fiche_level', 'fiche_version'],
      'fiche_version',
      ['measure_code', 'level', 'version'],
      (fk) => fk.onDelete('cascade'),
    )
    .addCheckConstraint(
      'knowledge_link_one_owner',
      sql`num_nonnulls(dossier_id, lesson_id, playbook_id) = 1`,
    )
    .addCheckConstraint(
      'knowledge_link_target_shape',
      sql`(target_type = 'measure' and measure_code is not null and num_nonnulls(fiche_level, fiche_version, advice_request_id, advisory_report_id) = 0)
       or (target_type = 'fiche' and num_nonnulls(measure_code, fiche_level, fiche_version) = 3 and num_nonnulls(advice_request_id, advisory_report_id) = 0)
       or (target_type = 'advice-request' and advice_request_id is not null and num_nonnulls(measure_code, fiche_level, fiche_version, advisory_report_id) = 0)
       or (target_type = 'advisory-report' and advisory_report_id is not null and num_nonnulls(measure_code, fiche_level, fiche_version, advice_request_id) = 0)`,
    )
    .execute();
  for (const owner of ['dossier_id', 'lesson_id', 'playbook_id']) {
    await db.schema
      .createIndex(`knowledge_link_${owner}`)
      .on('knowledge_link')
      .column(owner)
      .execute();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('knowledge_link').execute();
  await db.schema.dropTable('playbook').execute();
  await db.schema.dropTable('lesson_learned').execute();
  await db.schema.dropTable('knowledge_dossier').execute();
}
