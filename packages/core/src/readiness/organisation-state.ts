import { DomainError } from '../errors/domain-error.ts';

/** The MIT's life cycle (seed 001): asleep between crises, scaled up fast when one comes. */
export type OrganisationState = 'dormant' | 'activating' | 'active' | 'scaling-down';
export const ORGANISATION_STATES: readonly OrganisationState[] = [
  'dormant',
  'activating',
  'active',
  'scaling-down',
];

export type OrganisationEvent =
  | 'start-activation'
  | 'cancel-activation'
  | 'declare-active'
  | 'start-scaling-down'
  | 'return-to-dormant';
export const ORGANISATION_EVENTS: readonly OrganisationEvent[] = [
  'start-activation',
  'cancel-activation',
  'declare-active',
  'start-scaling-down',
  'return-to-dormant',
];

/** A transition the life cycle does not allow; the server answers 409 with both states named. */
export class InvalidOrganisationTransition extends DomainError {
  readonly from: OrganisationState;
  readonly event: OrganisationEvent;
  constructor(from: OrganisationState, event: OrganisationEvent) {
    super(
      'conflict',
      `The organisation is ${from}: '${event}' is not possible (allowed: ${allowedEvents(from).join(', ') || 'none'}).`,
    );
    this.name = 'InvalidOrganisationTransition';
    this.from = from;
    this.event = event;
  }
}

/** The next state, or null when the event does not apply in this state. */
function next(from: OrganisationState, event: OrganisationEvent): OrganisationState | null {
  switch (from) {
    case 'dormant':
      return event === 'start-activation' ? 'activating' : null;
    case 'activating':
      if (event === 'declare-active') return 'active';
      // a false alarm: back to sleep without having been active
      if (event === 'cancel-activation') return 'dormant';
      return null;
    case 'active':
      return event === 'start-scaling-down' ? 'scaling-down' : null;
    case 'scaling-down':
      return event === 'return-to-dormant' ? 'dormant' : null;
    default: {
      const unreachable: never = from;
      throw new Error(`unknown organisation state ${String(unreachable)}`);
    }
  }
}

export function allowedEvents(from: OrganisationState): OrganisationEvent[] {
  return ORGANISATION_EVENTS.filter((e) => next(from, e) !== null);
}

/** Applies one event; throws InvalidOrganisationTransition when the cycle forbids it. */
export function transitionOrganisation(
  from: OrganisationState,
  event: OrganisationEvent,
): OrganisationState {
  const to = next(from, event);
  if (to === null) throw new InvalidOrganisationTransition(from, event);
  return to;
}
