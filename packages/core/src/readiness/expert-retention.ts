import { addCalendarMonths } from '../calendar/calendar-date.ts';
import type { Expert } from './organisation.ts';

/**
 * Retention rule for the expert pool: the consent to be contacted is the only ground for
 * keeping someone's name and contact, so the record is removed a fixed period after that
 * consent expires (the grace period lets the secretariat ask for renewal first).
 */
export const EXPERT_RETENTION_MONTHS = 3;

export type ExpertConsentState = 'valid' | 'expired';

export interface ExpertRetention {
  expertId: string;
  consentState: ExpertConsentState;
  /** the first day on which the record must be gone */
  purgeOn: string;
  purgeDue: boolean;
  explanation: string;
}

export function retentionOf(
  expert: Pick<Expert, 'id' | 'consent'>,
  today: string,
  retentionMonths: number = EXPERT_RETENTION_MONTHS,
): ExpertRetention {
  const purgeOn = addCalendarMonths(expert.consent.expiresOn, retentionMonths);
  const consentState: ExpertConsentState = expert.consent.expiresOn < today ? 'expired' : 'valid';
  const purgeDue = purgeOn <= today;
  const explanation = purgeDue
    ? `consent expired on ${expert.consent.expiresOn}; kept at most ${retentionMonths} months after that, so removed from ${purgeOn}`
    : consentState === 'expired'
      ? `consent expired on ${expert.consent.expiresOn}; ask for renewal before ${purgeOn}, when the record is removed`
      : `consent valid until ${expert.consent.expiresOn}; removed on ${purgeOn} unless renewed`;
  return { expertId: expert.id, consentState, purgeOn, purgeDue, explanation };
}

/** The experts whose record must be removed today, each with why. */
export function expertsDueForPurge(
  experts: readonly Pick<Expert, 'id' | 'consent'>[],
  today: string,
  retentionMonths: number = EXPERT_RETENTION_MONTHS,
): ExpertRetention[] {
  return experts.map((e) => retentionOf(e, today, retentionMonths)).filter((r) => r.purgeDue);
}
