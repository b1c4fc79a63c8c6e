import type { FastifyBaseLogger } from 'fastify';

declare module 'fastify' {
  interface FastifyInstance {
    /** detection after signal intake; tests await its idle() before reading alerts */
    earlyWarning: EarlyWarningQueue;
  }
}

/** What a detection after intake judges: one gemeente's signal counts, or every series. */
export type EarlyWarningScope = { kind: 'gemeente'; gemeente: string } | { kind: 'everything' };

/** Runs one detection; a rejection is a failed run (logged, retried with the next run). */
export type EarlyWarningDetection = (scope: EarlyWarningScope) => Promise<unknown>;

export interface EarlyWarningQueue {
  /** asks for a detection soon; returns at once */
  enqueue(scope: EarlyWarningScope): void;
  /** resolves when nothing runs and nothing waits (tests await it before reading alerts) */
  idle(): Promise<void>;
  /** waits for the running and the waiting runs; the server's onClose */
  close(): Promise<void>;
}

/** What waits for a run: "everything" covers any gemeente, so it replaces the set. */
interface Pending {
  everything: boolean;
  gemeenten: Set<string>;
}

const nothing = (): Pending => ({ everything: false, gemeenten: new Set() });
const hasWork = (p: Pending): boolean => p.everything || p.gemeenten.size > 0;

function add(into: Pending, scope: EarlyWarningScope): void {
  if (scope.kind === 'everything') {
    into.everything = true;
    into.gemeenten.clear();
  } else if (!into.everything) {
    into.gemeenten.add(scope.gemeente);
  }
}

function scopeLabel(scope: EarlyWarningScope): string {
  return scope.kind === 'everything' ? 'every series' : scope.gemeente;
}

/**
 * Early-warning detection after signal intake, off the request path. A reporter on a phone
 * gets the 201 as soon as the signal is stored; detection (a second or more under load)
 * follows. One detection runs at a time — parallel runs would judge the same series twice
 * and compete with intake for the database — and whatever arrives meanwhile is coalesced
 * into one set of gemeenten (ten intakes for Rotterdam are one run) or into one run of
 * everything, which supersedes the set. A failed run is logged and its scope kept: it is
 * retried with the next run an enqueue starts, not in a loop against a database that is
 * down. Alert detection is idempotent (an alarm that is an alert already adds nothing), so a
 * retry or a coalesced run never doubles an alert.
 */
export function createEarlyWarningQueue(options: {
  detect: EarlyWarningDetection;
  log: Pick<FastifyBaseLogger, 'warn'>;
}): EarlyWarningQueue {
  let pending = nothing();
  const failed = nothing();
  let running: Promise<void> | null = null;

  async function runOne(scope: EarlyWarningScope): Promise<void> {
    try {
      await options.detect(scope);
    } catch (error) {
      add(failed, scope);
      options.log.warn(
        { err: error, scope: scopeLabel(scope) },
        'early-warning detection after signal intake failed; retried with the next run',
      );
    }
  }

  async function drain(): Promise<void> {
    while (hasWork(pending)) {
      const batch = pending;
      pending = nothing();
      if (batch.everything) {
        await runOne({ kind: 'everything' });
        continue;
      }
      for (const gemeente of batch.gemeenten) {
        // an import that arrived meanwhile judges this gemeente as well, next
        if (pending.everything) break;
        await runOne({ kind: 'gemeente', gemeente });
      }
    }
  }

  function start(): void {
    if (running !== null || !hasWork(pending)) return;
    running = drain().finally(() => {
      running = null;
      // work enqueued between the loop's last check and this callback
      start();
    });
  }

  async function idle(): Promise<void> {
    while (running !== null) await running;
  }

  return {
    enqueue(scope) {
      add(pending, scope);
      if (failed.everything) add(pending, { kind: 'everything' });
      for (const gemeente of failed.gemeenten) add(pending, { kind: 'gemeente', gemeente });
      failed.everything = false;
      failed.gemeenten.clear();
      start();
    },
    idle,
    async close() {
      await idle();
      // never lost silently: say what is still undone; the next detection (on demand, the
      // CLI, or an intake after the restart) judges it
      if (hasWork(failed))
        options.log.warn(
          { scope: failed.everything ? 'every series' : [...failed.gemeenten] },
          'early-warning detection after signal intake not done at shutdown',
        );
    },
  };
}
