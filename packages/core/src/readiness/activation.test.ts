import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import { activationTimings, checkConfirmable, planCallUps, quorumNeeded } from './activation.ts';
import type { CallUp } from './activation.ts';
import { demoReadiness } from './demo-readiness.ts';

const START = '2026-11-23T08:00:00.000Z';
const after = (minutes: number) => new Date(Date.parse(START) + minutes * 60_000).toISOString();
const demo = demoReadiness('2026-11-23');

function callUps(confirmations: (number | null)[]): CallUp[] {
  const { plan } = planCallUps(demo.committeeRoles, demo.positions);
  return plan.map((p, i) => ({
    ...p,
    id: String(i),
    activationId: 'a',
    sentAt: START,
    confirmedAt: confirmations[i] == null ? null : after(confirmations[i]!),
  }));
}
const activation = { startedAt: START, committeeTotal: 8, secretariatTotal: 5 };

describe('activation call-ups and timings', () => {
  it('calls up every role and position with a person and a channel, and says whom it skips', () => {
    const { plan, skipped } = planCallUps(demo.committeeRoles, demo.positions);
    expect(plan).toHaveLength(7 + 5);
    expect(plan[0]).toMatchObject({
      targetKind: 'committee-role',
      roleKind: 'chair',
      channel: 'email',
    });
    expect(plan[1]).toMatchObject({
      roleKind: 'vice-chair',
      channel: 'phone',
      address: '+31 70 000 0002',
    });
    expect(skipped).toEqual([
      expect.objectContaining({ targetTitle: 'Lid cultuur en media', reason: 'nobody holds it' }),
    ]);
  });

  it('defines quorum as more than half of all roles, vacant ones included', () => {
    expect([1, 2, 7, 8].map(quorumNeeded)).toEqual([1, 2, 4, 5]);
  });

  it('reaches quorum at the confirmation that makes five, not earlier and in time order', () => {
    // committee: chair 30, vice 10, members 20, 40, 50, 90, null; secretariat all but one
    const t = activationTimings(
      activation,
      callUps([30, 10, 20, 40, 50, 90, null, 5, 15, 25, 35, null]),
    );
    expect(t).toMatchObject({
      committeeConfirmed: 6,
      quorumNeeded: 5,
      quorumAt: after(50),
      minutesToQuorum: 50,
      secretariatConfirmed: 4,
      staffedAt: null,
      minutesToStaffed: null,
    });
    expect(t.explanation[3]).toBe('secretariat not staffed: 4 of 5 confirmed');
  });

  it('has no quorum without a chair or vice-chair, however many members confirm', () => {
    const t = activationTimings(activation, callUps([null, null, 1, 2, 3, 4, 5, 1, 2, 3, 4, 6]));
    expect(t.quorumAt).toBeNull();
    expect(t.explanation[1]).toBe('no quorum yet: 5 confirmed, no chair or vice-chair among them');
    // the secretariat is staffed when its last position confirms
    expect(t).toMatchObject({ staffedAt: after(6), minutesToStaffed: 6 });
  });

  it('gives the demo drill its timings', () => {
    expect(demo.drill.activation.timings).toMatchObject({
      minutesToQuorum: 95,
      minutesToStaffed: 180,
    });
  });

  it('accepts a confirmation once, and only while the activation runs', () => {
    const [open] = callUps([]);
    expect(() => checkConfirmable({ finishedAt: null }, open!)).not.toThrow();
    expect(() => checkConfirmable({ finishedAt: START }, open!)).toThrow(DomainError);
    expect(() => checkConfirmable({ finishedAt: null }, { ...open!, confirmedAt: START })).toThrow(
      /already confirmed/,
    );
  });
});
