import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testDatabaseTargets } from './testing/test-database.ts';
import {
  currentSchemaVersion,
  latestMigration,
  migrateDownAll,
  migrateToLatest,
} from './migrator.ts';
import { migrations } from './migrations/index.ts';
import type { DatabaseHandle } from './database.ts';

async function tableNames(handle: DatabaseHandle): Promise<string[]> {
  const result = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_name not like 'kysely_%'
    order by table_name`.execute(handle.db);
  return result.rows.map((r) => r.table_name);
}

describe.each(testDatabaseTargets())('migrations on $kind', (target) => {
  const handles: DatabaseHandle[] = [];
  afterAll(async () => {
    for (const h of handles) await h.close();
  });

  it('migrate an empty database to latest, and back to empty, and up again', async () => {
    const handle = await target.open();
    handles.push(handle);
    expect(await tableNames(handle)).toEqual([]);

    const up = await migrateToLatest(handle.db);
    expect(up.applied).toEqual(Object.keys(migrations).sort());
    expect(up.current).toBe(latestMigration);
    expect(await tableNames(handle)).toEqual([
      'activation',
      'advice_request',
      'advisory_report',
      'alert',
      'app_meta',
      'audit_event',
      'bundle',
      'bundle_effectiveness_estimate',
      'bundle_member',
      'calendar_exception',
      'call_up',
      'committee_role',
      'composite_index',
      'consent',
      'detection_run',
      'effectiveness_estimate',
      'enforcement_capacity',
      'expert',
      'fiche_transition',
      'fiche_version',
      'import_batch',
      'import_rejection',
      'indicator',
      'information_package',
      'knowledge_dossier',
      'knowledge_link',
      'ladder_override',
      'lesson_learned',
      'login_attempt',
      'measure',
      'measure_event',
      'measure_level',
      'meeting_series',
      'observation',
      'observation_head',
      'observation_head_stale',
      'oidc_login_state',
      'omt_scenario',
      'organisation_state_change',
      'package_blob',
      'package_delivery',
      'package_item',
      'playbook',
      'policy_index',
      'policy_record',
      'practice_circle',
      'practice_circle_member',
      'publication',
      'publication_approval',
      'readiness_item',
      'region',
      'region_ggd_membership',
      'region_parent',
      'region_population',
      'region_redivision',
      'secondment_agreement',
      'secretariat_position',
      'sector_risk',
      'signal',
      'signal_cluster',
      'signal_event',
      'user_account',
      'user_session',
      'weighing_criterion',
      'weighing_dialogue',
      'weighing_dialogue_participant',
      'weighing_dilemma',
      'weighing_dilemma_answer',
      'weighing_framework',
      'weighing_package',
      'weighing_score',
      'weighing_weight_set',
    ]);

    expect((await migrateToLatest(handle.db)).applied).toEqual([]);

    const down = await migrateDownAll(handle.db);
    expect(down.applied).toEqual(Object.keys(migrations).sort().reverse());
    expect(down.current).toBeNull();
    expect(await tableNames(handle)).toEqual([]);
    expect(await currentSchemaVersion(handle.db)).toBeNull();

    await migrateToLatest(handle.db);
    expect(await currentSchemaVersion(handle.db)).toBe(latestMigration);
  });

  it('names migrations by timestamp so that their order is their history', () => {
    for (const name of Object.keys(migrations)) expect(name).toMatch(/^\d{14}-[a-z0-9-]+$/);
  });
});
