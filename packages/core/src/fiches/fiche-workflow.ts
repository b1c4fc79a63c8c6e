import { DomainError } from '../errors/domain-error.ts';

/**
 * The review workflow of a fiche version. A version starts as a draft, goes to review, and
 * is adopted or sent back; adopting a newer version archives the one adopted before, so at
 * most one version of a fiche is adopted at any time.
 */
export const FICHE_STATUSES = ['draft', 'in-review', 'adopted', 'archived'] as const;
export type FicheStatus = (typeof FICHE_STATUSES)[number];

const ALLOWED: Record<FicheStatus, readonly FicheStatus[]> = {
  draft: ['in-review', 'archived'],
  'in-review': ['draft', 'adopted'],
  adopted: ['archived'],
  archived: [],
};

export function allowedTransitions(from: FicheStatus): readonly FicheStatus[] {
  return ALLOWED[from];
}

export function isFicheStatus(value: string): value is FicheStatus {
  return (FICHE_STATUSES as readonly string[]).includes(value);
}

/** A transition the workflow does not allow; a conflict with the current state (HTTP 409). */
export class InvalidTransitionError extends DomainError {
  readonly from: FicheStatus;
  readonly to: FicheStatus;
  readonly allowed: readonly FicheStatus[];

  constructor(from: FicheStatus, to: FicheStatus) {
    const allowed = ALLOWED[from];
    super(
      'conflict',
      `A fiche version cannot go from '${from}' to '${to}'; from '${from}' it can go to ` +
        (allowed.length > 0 ? allowed.map((s) => `'${s}'`).join(', ') : 'nothing (final state)') +
        '.',
    );
    this.name = 'InvalidTransitionError';
    this.from = from;
    this.to = to;
    this.allowed = allowed;
  }
}

/** Returns the new status, or throws InvalidTransitionError. */
export function transitionStatus(from: FicheStatus, to: FicheStatus): FicheStatus {
  if (!ALLOWED[from].includes(to)) throw new InvalidTransitionError(from, to);
  return to;
}
