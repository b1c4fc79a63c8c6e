import { amsterdamDate } from '@weegschaal/core';
import { runAlertDetection } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import type { EarlyWarningDetection } from './early-warning-queue.ts';

/**
 * Early warning after new signals came in: one gemeente's counts after a single intake,
 * every series after a bulk import. The signals are stored already (their own transaction)
 * and answered; this runs from the early-warning queue, which logs a failure and retries it.
 * It judges up to the day the run starts, as a run on demand does: a coalesced run stands
 * for several intakes, so no single intake's moment is the right one.
 */
export function detectAfterIntake(
  handle: DatabaseHandle,
  clock: () => Date,
): EarlyWarningDetection {
  return (scope) =>
    runAlertDetection(handle.db, {
      trigger: scope.kind === 'everything' ? 'signal-import' : 'signal-intake',
      requestedBy: null,
      asOf: amsterdamDate(clock()),
      ...(scope.kind === 'gemeente' ? { gemeente: scope.gemeente } : {}),
    });
}
