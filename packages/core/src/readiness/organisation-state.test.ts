import { describe, expect, it } from 'vitest';
import {
  InvalidOrganisationTransition,
  ORGANISATION_EVENTS,
  ORGANISATION_STATES,
  allowedEvents,
  transitionOrganisation,
} from './organisation-state.ts';
import type { OrganisationState } from './organisation-state.ts';

describe('organisation state machine', () => {
  it('runs the full cycle dormant → activating → active → scaling-down → dormant', () => {
    let state: OrganisationState = 'dormant';
    for (const event of [
      'start-activation',
      'declare-active',
      'start-scaling-down',
      'return-to-dormant',
    ] as const)
      state = transitionOrganisation(state, event);
    expect(state).toBe('dormant');
    expect(transitionOrganisation('activating', 'cancel-activation')).toBe('dormant');
  });

  it('allows exactly one way out of every state but activating, and rejects the rest with a typed error', () => {
    expect(Object.fromEntries(ORGANISATION_STATES.map((s) => [s, allowedEvents(s)]))).toEqual({
      dormant: ['start-activation'],
      activating: ['cancel-activation', 'declare-active'],
      active: ['start-scaling-down'],
      'scaling-down': ['return-to-dormant'],
    });
    let rejected = 0;
    for (const state of ORGANISATION_STATES)
      for (const event of ORGANISATION_EVENTS) {
        if (allowedEvents(state).includes(event)) continue;
        const attempt = () => transitionOrganisation(state, event);
        expect(attempt).toThrow(InvalidOrganisationTransition);
        try {
          attempt();
        } catch (error) {
          const e = error as InvalidOrganisationTransition;
          expect([e.kind, e.from, e.event]).toEqual(['conflict', state, event]);
          rejected += 1;
        }
      }
    expect(rejected).toBe(ORGANISATION_STATES.length * ORGANISATION_EVENTS.length - 5);
  });
});
