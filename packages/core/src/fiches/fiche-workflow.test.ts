import { describe, expect, it } from 'vitest';
import { DomainError, httpStatusOf } from '../errors/domain-error.ts';
import {
  FICHE_STATUSES,
  InvalidTransitionError,
  allowedTransitions,
  transitionStatus,
} from './fiche-workflow.ts';
import type { FicheStatus } from './fiche-workflow.ts';

describe('fiche review workflow', () => {
  const allowed: [FicheStatus, FicheStatus][] = [
    ['draft', 'in-review'],
    ['draft', 'archived'],
    ['in-review', 'draft'],
    ['in-review', 'adopted'],
    ['adopted', 'archived'],
  ];

  it('allows exactly the documented transitions', () => {
    for (const from of FICHE_STATUSES)
      for (const to of FICHE_STATUSES) {
        const ok = allowed.some(([f, t]) => f === from && t === to);
        if (ok) expect(transitionStatus(from, to)).toBe(to);
        else expect(() => transitionStatus(from, to)).toThrow(InvalidTransitionError);
      }
  });

  it('never adopts without review and treats archived as final', () => {
    expect(() => transitionStatus('draft', 'adopted')).toThrow(
      /from 'draft' it can go to 'in-review', 'archived'/,
    );
    expect(allowedTransitions('archived')).toEqual([]);
    expect(() => transitionStatus('archived', 'draft')).toThrow(/final state/);
  });

  it('raises a typed conflict that the server maps to 409', () => {
    try {
      transitionStatus('adopted', 'in-review');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      const e = error as InvalidTransitionError;
      expect([e.from, e.to, e.allowed]).toEqual(['adopted', 'in-review', ['archived']]);
      expect(httpStatusOf(e.kind)).toBe(409);
    }
  });
});
