import { amsterdamDate, demoReadiness } from '@weegschaal/core';
import type { Executor } from '../database.ts';
import {
  agreementColumns,
  expertColumns,
  positionColumns,
  roleColumns,
} from './organisation.repository.ts';
import { readinessItemColumns } from './readiness-item.repository.ts';

export interface DemoReadinessLoadReport {
  committeeRoles: number;
  secretariatPositions: number;
  secondmentAgreements: number;
  experts: number;
  readinessItems: number;
  drills: number;
}

/**
 * Loads the demo organisation (fictitious people, labelled demo) dated relative to `now`.
 * Keyed by fixed ids and replaced on a second load, so loading twice gives the content of once.
 */
export async function loadDemoReadiness(db: Executor, now: Date): Promise<DemoReadinessLoadReport> {
  const demo = demoReadiness(amsterdamDate(now));
  const upsert = async <T extends Record<string, unknown> & { id: string }>(
    table:
      | 'committee_role'
      | 'secondment_agreement'
      | 'secretariat_position'
      | 'expert'
      | 'readiness_item',
    rows: T[],
  ) => {
    for (const row of rows)
      await db
        .insertInto(table)
        .values(row as never)
        .onConflict((oc) => oc.column('id').doUpdateSet(row as never))
        .execute();
  };
  await upsert(
    'committee_role',
    demo.committeeRoles.map((r) => ({ id: r.id, ...roleColumns(r) })),
  );
  await upsert(
    'secondment_agreement',
    demo.agreements.map((a) => ({ id: a.id, ...agreementColumns(a) })),
  );
  await upsert(
    'secretariat_position',
    demo.positions.map((p) => ({ id: p.id, ...positionColumns(p) })),
  );
  await upsert(
    'expert',
    demo.experts.map((e) => ({ id: e.id, ...expertColumns(e) })),
  );
  await upsert(
    'readiness_item',
    demo.items.map((i) => ({ id: i.id, ...readinessItemColumns(i) })),
  );
  // the past drill is replaced whole, call-ups included (they cascade)
  const { activation, callUps } = demo.drill;
  await db.deleteFrom('activation').where('id', '=', activation.id).execute();
  await db
    .insertInto('activation')
    .values({
      id: activation.id,
      mode: activation.mode,
      started_at: new Date(activation.startedAt),
      finished_at: new Date(activation.finishedAt!),
      started_by: activation.startedBy,
      note: activation.note,
      committee_total: activation.committeeTotal,
      secretariat_total: activation.secretariatTotal,
      timings: JSON.stringify(activation.timings),
      is_demo: true,
    })
    .execute();
  await db
    .insertInto('call_up')
    .values(
      callUps.map((c) => ({
        id: c.id,
        activation_id: c.activationId,
        target_kind: c.targetKind,
        target_id: c.targetId,
        target_title: c.targetTitle,
        role_kind: c.roleKind,
        person_name: c.personName,
        channel: c.channel,
        address: c.address,
        sent_at: new Date(c.sentAt),
        confirmed_at: c.confirmedAt ? new Date(c.confirmedAt) : null,
        confirmed_by: c.confirmedAt ? 'demo-secretariaat' : null,
      })),
    )
    .execute();
  return {
    committeeRoles: demo.committeeRoles.length,
    secretariatPositions: demo.positions.length,
    secondmentAgreements: demo.agreements.length,
    experts: demo.experts.length,
    readinessItems: demo.items.length,
    drills: 1,
  };
}
