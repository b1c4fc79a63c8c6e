import type { FastifyBaseLogger } from 'fastify';
import { amsterdamDate } from '@weegschaal/core';
import { runAlertDetection } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';

/**
 * Early warning right after new signals came in: one gemeente's counts after a single
 * intake, every series after a bulk import. The signals are stored already (their own
 * transaction); a failing detection must not turn a stored intake into an error, so it is
 * logged and left to the next run (on demand, CLI, or the next intake).
 */
export async function detectAfterIntake(
  handle: DatabaseHandle,
  log: FastifyBaseLogger,
  options: { trigger: 'signal-intake' | 'signal-import'; now: Date; gemeente?: string },
): Promise<void> {
  try {
    await runAlertDetection(handle.db, {
      trigger: options.trigger,
      requestedBy: null,
      asOf: amsterdamDate(options.now),
      ...(options.gemeente ? { gemeente: options.gemeente } : {}),
    });
  } catch (error) {
    log.warn({ err: error }, 'early-warning detection after signal intake failed');
  }
}
