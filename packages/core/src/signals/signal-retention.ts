/**
 * Retention: the (already scrubbed) text of a signal is deleted a fixed period after it was
 * received; the signal's classification — region, week, domain, group, counts — stays, so the
 * weekly counts and the early warning built on them do not change when texts go.
 * 365 days covers a full seasonal cycle of duiding and evaluation (decision record 0012);
 * WEEGSCHAAL_SIGNAL_RETENTION_DAYS or the CLI's --days can shorten or lengthen it.
 */
export const SIGNAL_TEXT_RETENTION_DAYS = 365;

/** Signals received before this moment lose their text. */
export function retentionCutoff(now: Date, days: number = SIGNAL_TEXT_RETENTION_DAYS): Date {
  if (!Number.isInteger(days) || days < 1)
    throw new RangeError(`the retention period must be a whole number of days ≥ 1 (got ${days})`);
  return new Date(now.getTime() - days * 86_400_000);
}
