import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError, InvalidOrganisationTransition, demoReadiness } from '@weegschaal/core';
import type { ExpertInput } from '@weegschaal/core';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { Transaction } from 'kysely';
import type { Database, DatabaseHandle } from '../database.ts';
import {
  listCommitteeRoles,
  listExperts,
  listSecondmentAgreements,
  listSecretariatPositions,
  purgeExpiredExperts,
  saveCommitteeRole,
  saveExpert,
  saveSecondmentAgreement,
  saveSecretariatPosition,
} from './organisation.repository.ts';
import { assessStoredReadiness, markReadinessItemReviewed } from './readiness-item.repository.ts';
import {
  applyOrganisationEvent,
  confirmCallUp,
  finishActivation,
  getOrganisationStatus,
  listActivations,
  startActivation,
} from './activation.repository.ts';
import { loadDemoReadiness } from './demo-readiness-loader.ts';

// the demo is dated from "now": the tests use a fixed one, so that what is stale is known
const NOW = new Date('2026-11-23T09:00:00.000Z');
const TODAY = '2026-11-23';
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

async function domainError(work: Promise<unknown>): Promise<DomainError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a domain error');
}

describe.each(testDatabaseTargets())('readiness and activation on $kind', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
  });
  afterAll(() => handle.close());
  // the server runs every change in a transaction; the state changes need one (table lock)
  const tx = <T>(work: (db: Transaction<Database>) => Promise<T>): Promise<T> =>
    handle.db.transaction().execute(work);

  it('loads the demo organisation idempotently and reads every record back as generated', async () => {
    const first = await loadDemoReadiness(handle.db, NOW);
    const roles = await listCommitteeRoles(handle.db);
    expect(await loadDemoReadiness(handle.db, NOW)).toEqual(first);
    expect(await listCommitteeRoles(handle.db)).toEqual(roles);
    const demo = demoReadiness(TODAY);
    expect(roles.map((r) => r.kind).slice(0, 2)).toEqual(['chair', 'vice-chair']);
    expect([...roles].sort((a, b) => a.id.localeCompare(b.id))).toEqual(demo.committeeRoles);
    expect(await listSecondmentAgreements(handle.db)).toEqual(
      [...demo.agreements].sort((a, b) => a.department.localeCompare(b.department)),
    );
    expect((await listSecretariatPositions(handle.db)).length).toBe(demo.positions.length);
    expect((await listExperts(handle.db)).every((e) => e.demo && e.name.includes('fictief'))).toBe(
      true,
    );
    expect(await listActivations(handle.db, 'drill')).toEqual([demo.drill.activation]);
  });

  it('keeps the demo label of a demo record that is replaced by hand', async () => {
    const [agreement] = await listSecondmentAgreements(handle.db);
    expect(agreement?.demo).toBe(true);
    const { id, ...fields } = agreement!;
    // the API always sends demo: false; the record stays built on generated data
    const saved = await saveSecondmentAgreement(handle.db, { ...fields, demo: false }, id);
    expect(saved).toEqual(agreement);
  });

  it('flags the stale readiness items by date, with their reasons', async () => {
    const summary = await assessStoredReadiness(handle.db, TODAY);
    expect(summary).toMatchObject({ stale: 3, dueSoon: 0, current: 2 });
    const agreements = summary.assessments.find((a) =>
      a.findings.some((f) => f.code === 'agreement-review-overdue'),
    );
    expect(agreements?.findings.map((f) => f.subject)).toEqual(['EZK', 'VWS']);
    // a year on, the demo drill is too old as well
    const yearOn = await assessStoredReadiness(handle.db, '2027-11-23');
    expect(yearOn.assessments.flatMap((a) => a.findings.map((f) => f.code))).toContain(
      'drill-overdue',
    );
  });

  it('clears a review-overdue item when its owner marks it reviewed', async () => {
    const before = await assessStoredReadiness(handle.db, TODAY);
    const overdue = before.assessments.find((a) =>
      a.findings.some((f) => f.code === 'review-overdue'),
    )!;
    await markReadinessItemReviewed(handle.db, overdue.itemId, TODAY);
    const after = await assessStoredReadiness(handle.db, TODAY);
    expect(after.assessments.find((a) => a.itemId === overdue.itemId)?.status).toBe('current');
    expect(after.stale).toBe(before.stale - 1);
  });

  it('refuses a chair not fixed by function and an agreement of another department', async () => {
    const chair = await domainError(
      saveCommitteeRole(handle.db, {
        kind: 'chair',
        title: 'Voorzitter',
        byFunction: null,
        holderName: null,
        contact: null,
        attentionArea: null,
        contactVerifiedOn: null,
        demo: false,
      }),
    );
    expect(chair.invalidParams.map((p) => p.name)).toEqual(['byFunction']);
    const agreement = await saveSecondmentAgreement(handle.db, {
      department: 'OCW',
      fte: 0.5,
      noticeDays: 7,
      contactName: 'Contact OCW',
      contact: { kind: 'email', address: 'ocw@example.org' },
      signedOn: '2026-01-01',
      reviewOn: '2027-01-01',
      demo: false,
    });
    const wrong = await domainError(
      saveSecretariatPosition(handle.db, {
        title: 'Adviseur',
        department: 'SZW',
        agreementId: agreement.id,
        holderName: null,
        contact: null,
        contactVerifiedOn: null,
        demo: false,
      }),
    );
    expect(wrong.invalidParams[0]).toMatchObject({
      name: 'agreementId',
      reason: 'belongs to OCW, not SZW',
    });
  });

  it('purges exactly the experts past the retention period after their consent', async () => {
    const expert = (name: string, expiresOn: string): ExpertInput => ({
      name,
      organisation: 'Instituut',
      attentionArea: 'sport',
      availability: 'available',
      contact: { kind: 'phone', address: '+31 6 0000 0000' },
      contactVerifiedOn: null,
      consent: { givenOn: '2024-01-01', scope: 'activation', expiresOn },
      demo: false,
    });
    const gone = await saveExpert(handle.db, expert('Weg', '2026-08-22'));
    const kept = await saveExpert(handle.db, expert('Blijft', '2026-08-24'));
    const purged = await purgeExpiredExperts(handle.db, TODAY);
    // the demo pool has one expert whose consent expired five months ago
    expect(purged.map((p) => p.expertId).sort()).toEqual(
      [gone.id, demoReadiness(TODAY).experts[0]!.id].sort(),
    );
    const left = (await listExperts(handle.db)).map((e) => e.id);
    expect(left).toContain(kept.id);
    expect(left).not.toContain(gone.id);
    expect(await purgeExpiredExperts(handle.db, TODAY)).toEqual([]);
  });

  it('runs a drill with timings, never moving the real organisation', async () => {
    const started = await tx((t) =>
      startActivation(t, { mode: 'drill', note: 'oefening' }, 'secretariaat', NOW),
    );
    expect(started.callUps).toHaveLength(12);
    expect(
      started.callUps.every((c) => c.sentAt === NOW.toISOString() && c.confirmedAt === null),
    ).toBe(true);
    expect(started.skipped?.map((s) => s.targetTitle)).toEqual(['Lid cultuur en media']);
    const again = await domainError(
      startActivation(handle.db, { mode: 'drill', note: '' }, 'x', NOW),
    );
    expect(again.kind).toBe('conflict');

    const id = started.activation.id;
    const committee = started.callUps.filter((c) => c.targetKind === 'committee-role');
    const secretariat = started.callUps.filter((c) => c.targetKind === 'secretariat-position');
    // chair at 10, then four members: quorum (5 of 8) at the fifth, minute 50
    for (const [i, c] of committee.slice(0, 5).entries())
      await confirmCallUp(handle.db, id, c.id, 'secretariaat', later(10 * (i + 1)));
    for (const [i, c] of secretariat.entries())
      await confirmCallUp(handle.db, id, c.id, 'secretariaat', later(60 + i));
    const twice = await domainError(confirmCallUp(handle.db, id, committee[0]!.id, 'x', later(99)));
    expect(twice.message).toMatch(/already confirmed/);

    const finished = await finishActivation(handle.db, id, 'secretariaat', later(120));
    expect(finished.timings).toMatchObject({
      quorumAt: later(50).toISOString(),
      minutesToQuorum: 50,
      minutesToStaffed: 64,
      committeeConfirmed: 5,
      secretariatConfirmed: 5,
    });
    expect(finished.activation.timings).toEqual(finished.timings);
    expect(
      (await domainError(confirmCallUp(handle.db, id, committee[5]!.id, 'x', later(130)))).kind,
    ).toBe('conflict');
    expect((await getOrganisationStatus(handle.db)).state).toBe('dormant');
    expect((await listActivations(handle.db, 'drill')).map((a) => a.id)).toContain(id);
    // the new drill is now the last one held
    const summary = await assessStoredReadiness(handle.db, '2027-11-22');
    expect(summary.assessments.flatMap((a) => a.findings.map((f) => f.code))).not.toContain(
      'drill-overdue',
    );
  });

  it('moves the real organisation through its whole cycle and refuses skipped steps', async () => {
    const real = await tx((t) =>
      startActivation(t, { mode: 'real', note: 'crisis' }, 'secretariaat', NOW),
    );
    expect((await getOrganisationStatus(handle.db)).state).toBe('activating');
    const skip = await domainError(
      tx((t) => applyOrganisationEvent(t, 'start-scaling-down', 'x', NOW)),
    );
    expect(skip).toBeInstanceOf(InvalidOrganisationTransition);
    await tx((t) => finishActivation(t, real.activation.id, 'secretariaat', later(30)));
    expect((await getOrganisationStatus(handle.db)).state).toBe('active');
    await tx((t) => applyOrganisationEvent(t, 'start-scaling-down', 'secretariaat', later(60)));
    const back = await tx((t) =>
      applyOrganisationEvent(t, 'return-to-dormant', 'secretariaat', later(90)),
    );
    expect(back.state).toBe('dormant');
    expect(back.history.map((h) => h.state)).toEqual([
      'dormant',
      'scaling-down',
      'active',
      'activating',
    ]);
  });

  it('cancels a false alarm: back to dormant, the activation closed', async () => {
    const real = await tx((t) =>
      startActivation(t, { mode: 'real', note: 'vals alarm' }, 's', NOW),
    );
    await tx((t) => applyOrganisationEvent(t, 'cancel-activation', 's', later(5)));
    expect((await getOrganisationStatus(handle.db)).state).toBe('dormant');
    const closed = (await listActivations(handle.db, 'real')).find(
      (a) => a.id === real.activation.id,
    );
    expect(closed?.finishedAt).toBe(later(5).toISOString());
  });
});
