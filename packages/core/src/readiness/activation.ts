import { conflict } from '../errors/domain-error.ts';
import type {
  CommitteeRole,
  CommitteeRoleKind,
  ContactKind,
  SecretariatPosition,
} from './organisation.ts';

/**
 * Activation calls the roster up. A drill runs the very same workflow on its own record and
 * never moves the organisation's state; only its timings are kept, to show how fast the
 * sleeping organisation can actually wake.
 */
export type ActivationMode = 'real' | 'drill';
export const ACTIVATION_MODES: readonly ActivationMode[] = ['real', 'drill'];

export type CallUpTargetKind = 'committee-role' | 'secretariat-position';

export interface CallUp {
  id: string;
  activationId: string;
  targetKind: CallUpTargetKind;
  targetId: string;
  targetTitle: string;
  /** the committee role's kind (chair, vice-chair, member); null for secretariat positions */
  roleKind: CommitteeRoleKind | null;
  personName: string;
  channel: ContactKind;
  address: string;
  sentAt: string;
  confirmedAt: string | null;
}

export type CallUpPlan = Omit<CallUp, 'id' | 'activationId' | 'sentAt' | 'confirmedAt'>;

export interface ActivationTimings {
  committeeTotal: number;
  quorumNeeded: number;
  committeeConfirmed: number;
  quorumAt: string | null;
  minutesToQuorum: number | null;
  secretariatTotal: number;
  secretariatConfirmed: number;
  staffedAt: string | null;
  minutesToStaffed: number | null;
  explanation: string[];
}

export interface Activation {
  id: string;
  mode: ActivationMode;
  startedAt: string;
  finishedAt: string | null;
  startedBy: string;
  note: string;
  /** the roster size at the start, so that timings do not change when the roster does later */
  committeeTotal: number;
  secretariatTotal: number;
  /** fixed when the activation or drill finishes */
  timings: ActivationTimings | null;
  demo: boolean;
}

export interface SkippedCallUp {
  targetKind: CallUpTargetKind;
  targetId: string;
  targetTitle: string;
  reason: string;
}

/** Who to call up: every committee role and secretariat position with a person and a channel. */
export function planCallUps(
  roles: readonly CommitteeRole[],
  positions: readonly SecretariatPosition[],
): { plan: CallUpPlan[]; skipped: SkippedCallUp[] } {
  const plan: CallUpPlan[] = [];
  const skipped: SkippedCallUp[] = [];
  const add = (
    targetKind: CallUpTargetKind,
    t: { id: string; title: string; holderName: string | null; contact: CommitteeRole['contact'] },
    roleKind: CommitteeRoleKind | null,
  ) => {
    if (t.holderName === null || t.contact === null) {
      skipped.push({
        targetKind,
        targetId: t.id,
        targetTitle: t.title,
        reason: t.holderName === null ? 'nobody holds it' : 'no contact channel recorded',
      });
      return;
    }
    plan.push({
      targetKind,
      targetId: t.id,
      targetTitle: t.title,
      roleKind,
      personName: t.holderName,
      channel: t.contact.kind,
      address: t.contact.address,
    });
  };
  for (const r of roles) add('committee-role', r, r.kind);
  for (const p of positions) add('secretariat-position', p, null);
  return { plan, skipped };
}

/**
 * Quorum of the committee: more than half of its roles (vacant ones count: a quorum of the
 * committee, not of whoever happened to be reachable), one of them the chair or vice-chair,
 * because the committee cannot meet without someone to chair it.
 */
export function quorumNeeded(committeeTotal: number): number {
  return Math.floor(committeeTotal / 2) + 1;
}

const minutesBetween = (from: string, to: string): number =>
  Math.round((Date.parse(to) - Date.parse(from)) / 60_000);

/** Time to a quorum and to a fully staffed secretariat, from the confirmations so far. */
export function activationTimings(
  activation: Pick<Activation, 'startedAt' | 'committeeTotal' | 'secretariatTotal'>,
  callUps: readonly CallUp[],
): ActivationTimings {
  const needed = quorumNeeded(activation.committeeTotal);
  const confirmed = callUps
    .filter((c) => c.confirmedAt !== null)
    .sort((a, b) => Date.parse(a.confirmedAt!) - Date.parse(b.confirmedAt!));
  let members = 0;
  let chaired = false;
  let quorumAt: string | null = null;
  let staff = 0;
  let staffedAt: string | null = null;
  for (const c of confirmed) {
    if (c.targetKind === 'committee-role') {
      members += 1;
      if (c.roleKind === 'chair' || c.roleKind === 'vice-chair') chaired = true;
      if (quorumAt === null && chaired && members >= needed) quorumAt = c.confirmedAt;
    } else {
      staff += 1;
      if (
        staffedAt === null &&
        activation.secretariatTotal > 0 &&
        staff >= activation.secretariatTotal
      )
        staffedAt = c.confirmedAt;
    }
  }
  const explanation = [
    `quorum: ${needed} of ${activation.committeeTotal} committee roles confirmed, including the chair or vice-chair`,
    quorumAt
      ? `quorum reached at ${quorumAt}`
      : `no quorum yet: ${members} confirmed${chaired ? '' : ', no chair or vice-chair among them'}`,
    `staffed secretariat: all ${activation.secretariatTotal} positions confirmed`,
    staffedAt
      ? `secretariat staffed at ${staffedAt}`
      : `secretariat not staffed: ${staff} of ${activation.secretariatTotal} confirmed`,
  ];
  return {
    committeeTotal: activation.committeeTotal,
    quorumNeeded: needed,
    committeeConfirmed: members,
    quorumAt,
    minutesToQuorum: quorumAt ? minutesBetween(activation.startedAt, quorumAt) : null,
    secretariatTotal: activation.secretariatTotal,
    secretariatConfirmed: staff,
    staffedAt,
    minutesToStaffed: staffedAt ? minutesBetween(activation.startedAt, staffedAt) : null,
    explanation,
  };
}

/** A confirmation counts once, and only while the activation runs. */
export function checkConfirmable(activation: Pick<Activation, 'finishedAt'>, callUp: CallUp): void {
  if (activation.finishedAt !== null)
    throw conflict(
      `The activation finished at ${activation.finishedAt}: confirmations are closed.`,
    );
  if (callUp.confirmedAt !== null)
    throw conflict(`${callUp.personName} already confirmed at ${callUp.confirmedAt}.`);
}
