import { DomainError, conflict, invalidInput } from '../errors/domain-error.ts';
import type { InvalidParam } from '../errors/domain-error.ts';
import { hasPermission } from '../access/permission.ts';
import type { Role } from '../access/role.ts';
import type { SignalDomain, SignalWorkflowStatus, TargetGroup, Urgency, Signal } from './signal.ts';
import { isSignalDomain, isTargetGroup, isUrgency, regionPartsOf } from './signal.ts';

/**
 * The triage workflow of a signal, after the Amsterdam "Signalen" intake:
 *
 *   new ──triage──▶ triaged ──interpret──▶ interpreted ──close──▶ closed
 *                      └──────────── close (with a reason) ─────────▲
 *
 * - to 'triaged': an urgency is required; domain, target group and region may be corrected
 *   (classification); the due time of the duiding follows from the urgency.
 * - to 'interpreted': the duiding (what it means) is required; indicator codes may be linked.
 * - to 'closed': from 'interpreted', or from 'triaged' when a note says why it needs no duiding.
 * Nothing leaves 'closed', and no step is skipped from 'new'. Only roles holding
 * 'signals:triage' (the MIT) move signals; a reporter cannot triage their own.
 */

/** Hours from triage until the duiding is due, per urgency (decision record 0012). */
export const URGENCY_DUE_HOURS: Readonly<Record<Urgency, number>> = {
  immediate: 24,
  high: 72,
  normal: 7 * 24,
  low: 14 * 24,
};

export function dueAtFor(urgency: Urgency, from: Date): Date {
  return new Date(from.getTime() + URGENCY_DUE_HOURS[urgency] * 3_600_000);
}

export const SIGNAL_TRANSITIONS: Readonly<
  Record<SignalWorkflowStatus, readonly SignalWorkflowStatus[]>
> = {
  new: ['triaged'],
  triaged: ['interpreted', 'closed'],
  interpreted: ['closed'],
  closed: [],
};

export interface SignalTransitionRequest {
  to: SignalWorkflowStatus;
  urgency?: string;
  domain?: string;
  targetGroup?: string;
  /** a corrected region: a buurt, wijk or gemeente code */
  region?: string;
  interpretation?: string;
  linkedIndicatorCodes?: string[];
  note?: string;
}

/** The fields a transition changes, and the history entry it leaves. */
export interface SignalTransitionResult {
  changes: {
    status: SignalWorkflowStatus;
    urgency?: Urgency;
    domain?: SignalDomain;
    targetGroup?: TargetGroup;
    regionCode?: string;
    gemeenteCode?: string;
    wijkCode?: string | null;
    dueAt?: string | null;
    interpretation?: string;
    linkedIndicatorCodes?: string[];
  };
  event: { fromStatus: SignalWorkflowStatus; toStatus: SignalWorkflowStatus; note: string | null };
  explanation: string;
}

export function illegalTransition(
  from: SignalWorkflowStatus,
  to: SignalWorkflowStatus,
): DomainError {
  const allowed = SIGNAL_TRANSITIONS[from];
  return conflict(
    `A signal cannot go from '${from}' to '${to}'` +
      (allowed.length
        ? `; from '${from}' it can go to: ${allowed.join(', ')}.`
        : `; '${from}' is final.`),
  );
}

export function mayTriage(role: Role): boolean {
  return hasPermission(role, 'signals:triage');
}

const nonEmpty = (v: string | undefined): v is string => v !== undefined && v.trim() !== '';

/**
 * Checks one transition and says what it changes. Throws a DomainError: 'forbidden' when the
 * role may not triage, 'conflict' for a transition the workflow does not allow, 'invalid-input'
 * (naming every failing field) when required fields are missing or wrong.
 */
export function transitionSignal(
  signal: Pick<Signal, 'status' | 'reference'>,
  request: SignalTransitionRequest,
  actorRole: Role,
  now: Date,
  knownIndicatorCodes?: ReadonlySet<string>,
): SignalTransitionResult {
  if (!mayTriage(actorRole))
    throw new DomainError('forbidden', `Role '${actorRole}' may not move signals in the workflow.`);
  const from = signal.status;
  const to = request.to;
  if (!SIGNAL_TRANSITIONS[from].includes(to)) throw illegalTransition(from, to);

  const errors: InvalidParam[] = [];
  const changes: SignalTransitionResult['changes'] = { status: to };
  const note = nonEmpty(request.note) ? request.note.trim() : null;

  switch (to) {
    case 'triaged': {
      if (!nonEmpty(request.urgency) || !isUrgency(request.urgency))
        errors.push({
          name: 'body.urgency',
          reason: 'triage needs an urgency: immediate, high, normal or low',
          value: request.urgency,
        });
      else {
        changes.urgency = request.urgency;
        changes.dueAt = dueAtFor(request.urgency, now).toISOString();
      }
      if (request.domain !== undefined) {
        if (isSignalDomain(request.domain)) changes.domain = request.domain;
        else
          errors.push({
            name: 'body.domain',
            reason: 'not a signal domain',
            value: request.domain,
          });
      }
      if (request.targetGroup !== undefined) {
        if (isTargetGroup(request.targetGroup)) changes.targetGroup = request.targetGroup;
        else
          errors.push({
            name: 'body.targetGroup',
            reason: 'not a target group',
            value: request.targetGroup,
          });
      }
      if (request.region !== undefined) {
        const parts = regionPartsOf(request.region);
        if (parts) {
          changes.regionCode = request.region;
          changes.gemeenteCode = parts.gemeenteCode;
          changes.wijkCode = parts.wijkCode;
        } else
          errors.push({
            name: 'body.region',
            reason: 'a buurt (BU########), wijk (WK######) or gemeente (GM####) code',
            value: request.region,
          });
      }
      break;
    }
    case 'interpreted': {
      if (!nonEmpty(request.interpretation))
        errors.push({
          name: 'body.interpretation',
          reason: 'the duiding (what the signal means) is required to interpret',
          value: request.interpretation,
        });
      else changes.interpretation = request.interpretation.trim();
      const codes = request.linkedIndicatorCodes ?? [];
      codes.forEach((code, i) => {
        if (knownIndicatorCodes && !knownIndicatorCodes.has(code))
          errors.push({
            name: `body.linkedIndicatorCodes[${i}]`,
            reason: 'no indicator has this code',
            value: code,
          });
      });
      changes.linkedIndicatorCodes = [...new Set(codes)];
      // the duiding is given: nothing is due any more
      changes.dueAt = null;
      break;
    }
    case 'closed': {
      if (from === 'triaged' && note === null)
        errors.push({
          name: 'body.note',
          reason: 'closing without a duiding needs a note saying why',
          value: request.note,
        });
      changes.dueAt = null;
      break;
    }
    case 'new':
      // no transition leads back to 'new'; SIGNAL_TRANSITIONS already refused it
      throw illegalTransition(from, to);
    default: {
      const unreachable: never = to;
      throw new Error(`unknown status ${String(unreachable)}`);
    }
  }
  if (errors.length > 0)
    throw invalidInput(`Signal ${signal.reference} cannot go to '${to}' yet.`, errors);
  return {
    changes,
    event: { fromStatus: from, toStatus: to, note },
    explanation:
      to === 'triaged' && changes.urgency
        ? `triaged with urgency '${changes.urgency}': duiding due within ${URGENCY_DUE_HOURS[changes.urgency]} hours`
        : `moved from '${from}' to '${to}'`,
  };
}
