import { sql } from 'kysely';
import {
  ACTIVATION_MODES,
  COMMITTEE_ROLE_KINDS,
  CONTACT_KINDS,
  ORGANISATION_EVENTS,
  ORGANISATION_STATES,
  activationTimings,
  checkConfirmable,
  conflict,
  notFound,
  planCallUps,
  transitionOrganisation,
} from '@weegschaal/core';
import type {
  Activation,
  ActivationMode,
  ActivationTimings,
  CallUp,
  OrganisationEvent,
  OrganisationState,
  SkippedCallUp,
} from '@weegschaal/core';
import type { Executor } from '../database.ts';
import type { ActivationRow, CallUpRow } from './activation.table.ts';
import { listCommitteeRoles, listSecretariatPositions, oneOf } from './organisation.repository.ts';

export interface OrganisationStateChange {
  state: OrganisationState;
  event: OrganisationEvent;
  changedAt: string;
  changedBy: string;
  activationId: string | null;
}

export interface OrganisationStatus {
  state: OrganisationState;
  since: string | null;
  history: OrganisationStateChange[];
}

export interface ActivationDetail {
  activation: Activation;
  callUps: CallUp[];
  /** fixed at the finish; until then computed from the confirmations so far */
  timings: ActivationTimings;
  /** roles and positions nobody could be called for (only known at the start) */
  skipped?: SkippedCallUp[];
}

function toActivation(row: ActivationRow): Activation {
  return {
    id: row.id,
    mode: oneOf(ACTIVATION_MODES, row.mode, 'activation mode'),
    startedAt: row.started_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    startedBy: row.started_by,
    note: row.note,
    committeeTotal: row.committee_total,
    secretariatTotal: row.secretariat_total,
    timings: (row.timings as ActivationTimings | null) ?? null,
    demo: row.is_demo,
  };
}

function toCallUp(row: CallUpRow): CallUp {
  return {
    id: row.id,
    activationId: row.activation_id,
    targetKind: row.target_kind === 'committee-role' ? 'committee-role' : 'secretariat-position',
    targetId: row.target_id,
    targetTitle: row.target_title,
    roleKind:
      row.role_kind === null ? null : oneOf(COMMITTEE_ROLE_KINDS, row.role_kind, 'role kind'),
    personName: row.person_name,
    channel: oneOf(CONTACT_KINDS, row.channel, 'channel'),
    address: row.address,
    sentAt: row.sent_at.toISOString(),
    confirmedAt: row.confirmed_at?.toISOString() ?? null,
  };
}

export async function getOrganisationStatus(db: Executor): Promise<OrganisationStatus> {
  const rows = await db
    .selectFrom('organisation_state_change')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(20)
    .execute();
  const history = rows.map((r): OrganisationStateChange => ({
    state: oneOf(ORGANISATION_STATES, r.state, 'organisation state'),
    event: oneOf(ORGANISATION_EVENTS, r.event, 'organisation event'),
    changedAt: r.changed_at.toISOString(),
    changedBy: r.changed_by,
    activationId: r.activation_id,
  }));
  return { state: history[0]?.state ?? 'dormant', since: history[0]?.changedAt ?? null, history };
}

/**
 * Moves the real organisation one step through its life cycle. Takes a table lock so that
 * two people pressing the same button cannot both start an activation.
 */
export async function changeOrganisationState(
  db: Executor,
  event: OrganisationEvent,
  actor: string,
  now: Date,
  activationId: string | null = null,
): Promise<OrganisationStatus> {
  await sql`lock table organisation_state_change in exclusive mode`.execute(db);
  const current = await getOrganisationStatus(db);
  const state = transitionOrganisation(current.state, event);
  await db
    .insertInto('organisation_state_change')
    .values({ state, event, changed_at: now, changed_by: actor, activation_id: activationId })
    .execute();
  return getOrganisationStatus(db);
}

export async function listActivations(
  db: Executor,
  mode: ActivationMode | null = null,
): Promise<Activation[]> {
  let query = db.selectFrom('activation').selectAll().orderBy('started_at', 'desc').orderBy('id');
  if (mode) query = query.where('mode', '=', mode);
  return (await query.execute()).map(toActivation);
}

export async function getActivation(db: Executor, id: string): Promise<ActivationDetail> {
  const row = await db.selectFrom('activation').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Activation', id);
  const activation = toActivation(row);
  const callUps = (
    await db
      .selectFrom('call_up')
      .selectAll()
      .where('activation_id', '=', id)
      .orderBy(sql`case target_kind when 'committee-role' then 0 else 1 end`)
      .orderBy(sql`case role_kind when 'chair' then 0 when 'vice-chair' then 1 else 2 end`)
      .orderBy('target_title')
      .execute()
  ).map(toCallUp);
  return {
    activation,
    callUps,
    timings: activation.timings ?? activationTimings(activation, callUps),
  };
}

/**
 * Starts an activation or a drill: calls up everyone on the roster (a row per person in the
 * call_up outbox). A real one also moves the organisation to 'activating'; a drill never
 * touches the organisation's state. One of each may run at a time.
 */
export async function startActivation(
  db: Executor,
  input: { mode: ActivationMode; note: string },
  actor: string,
  now: Date,
): Promise<ActivationDetail> {
  const running = await db
    .selectFrom('activation')
    .select(['id', 'started_at'])
    .where('mode', '=', input.mode)
    .where('finished_at', 'is', null)
    .executeTakeFirst();
  if (running)
    throw conflict(
      `A${input.mode === 'drill' ? ' drill' : 'n activation'} is already running (${running.id}, started ${running.started_at.toISOString()}): finish it first.`,
    );
  const roles = await listCommitteeRoles(db);
  const positions = await listSecretariatPositions(db);
  const { plan, skipped } = planCallUps(roles, positions);
  if (plan.length === 0)
    throw conflict('Nobody on the roster has a contact channel: there is no one to call up.');
  const inserted = await db
    .insertInto('activation')
    .values({
      mode: input.mode,
      started_at: now,
      started_by: actor,
      note: input.note,
      committee_total: roles.length,
      secretariat_total: positions.length,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (input.mode === 'real')
    await changeOrganisationState(db, 'start-activation', actor, now, inserted.id);
  await db
    .insertInto('call_up')
    .values(
      plan.map((p) => ({
        activation_id: inserted.id,
        target_kind: p.targetKind,
        target_id: p.targetId,
        target_title: p.targetTitle,
        role_kind: p.roleKind,
        person_name: p.personName,
        channel: p.channel,
        address: p.address,
        sent_at: now,
      })),
    )
    .execute();
  return { ...(await getActivation(db, inserted.id)), skipped };
}

/** Records that a called-up person confirmed they are coming. */
export async function confirmCallUp(
  db: Executor,
  activationId: string,
  callUpId: string,
  actor: string,
  now: Date,
): Promise<ActivationDetail> {
  const detail = await getActivation(db, activationId);
  const callUp = detail.callUps.find((c) => c.id === callUpId);
  if (!callUp) throw notFound(`Call-up of activation ${activationId}`, callUpId);
  checkConfirmable(detail.activation, callUp);
  await db
    .updateTable('call_up')
    .set({ confirmed_at: now, confirmed_by: actor })
    .where('id', '=', callUpId)
    .where('confirmed_at', 'is', null)
    .execute();
  return getActivation(db, activationId);
}

/**
 * Ends the call-up round and fixes its timings. A real activation then declares the MIT
 * active; a drill only keeps its report.
 */
export async function finishActivation(
  db: Executor,
  activationId: string,
  actor: string,
  now: Date,
): Promise<ActivationDetail> {
  const detail = await getActivation(db, activationId);
  if (detail.activation.finishedAt !== null)
    throw conflict(`The activation already finished at ${detail.activation.finishedAt}.`);
  const timings = activationTimings(detail.activation, detail.callUps);
  await db
    .updateTable('activation')
    .set({ finished_at: now, timings: JSON.stringify(timings) })
    .where('id', '=', activationId)
    .execute();
  if (detail.activation.mode === 'real')
    await changeOrganisationState(db, 'declare-active', actor, now, activationId);
  return getActivation(db, activationId);
}

/**
 * The state changes people make by hand. Starting and declaring active go through an
 * activation (its call-ups and its finish), so they are refused here; cancelling also closes
 * the running activation, with the timings it reached.
 */
export async function applyOrganisationEvent(
  db: Executor,
  event: OrganisationEvent,
  actor: string,
  now: Date,
): Promise<OrganisationStatus> {
  switch (event) {
    case 'start-activation':
      throw conflict(
        "Start an activation with POST /activations (mode 'real'): it calls up the roster.",
      );
    case 'declare-active':
      throw conflict(
        'Finish the running activation: that fixes its timings and declares the MIT active.',
      );
    case 'cancel-activation': {
      const running = await db
        .selectFrom('activation')
        .select('id')
        .where('mode', '=', 'real')
        .where('finished_at', 'is', null)
        .executeTakeFirst();
      const status = await changeOrganisationState(db, event, actor, now, running?.id ?? null);
      if (running) {
        const detail = await getActivation(db, running.id);
        await db
          .updateTable('activation')
          .set({
            finished_at: now,
            timings: JSON.stringify(activationTimings(detail.activation, detail.callUps)),
          })
          .where('id', '=', running.id)
          .execute();
      }
      return status;
    }
    case 'start-scaling-down':
    case 'return-to-dormant':
      return changeOrganisationState(db, event, actor, now);
    default: {
      const unreachable: never = event;
      throw new Error(`unknown organisation event ${String(unreachable)}`);
    }
  }
}
