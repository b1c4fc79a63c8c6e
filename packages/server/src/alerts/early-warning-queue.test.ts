import { describe, expect, it, vi } from 'vitest';
import { createEarlyWarningQueue } from './early-warning-queue.ts';
import type { EarlyWarningScope } from './early-warning-queue.ts';

const gemeente = (code: string): EarlyWarningScope => ({ kind: 'gemeente', gemeente: code });
const EVERYTHING: EarlyWarningScope = { kind: 'everything' };
const label = (scope: EarlyWarningScope) =>
  scope.kind === 'everything' ? 'everything' : scope.gemeente;

/**
 * A fake detection whose runs finish only when the test says: it records which scopes ran,
 * in order, and how many ran at once at most.
 */
function controlledDetection() {
  const started: string[] = [];
  const waiting: { label: string; finish: (error?: Error) => void }[] = [];
  let active = 0;
  let maxActive = 0;
  const detect = vi.fn(
    (scope: EarlyWarningScope) =>
      new Promise<void>((resolve, reject) => {
        started.push(label(scope));
        active += 1;
        maxActive = Math.max(maxActive, active);
        waiting.push({
          label: label(scope),
          finish: (error) => {
            active -= 1;
            if (error) reject(error);
            else resolve();
          },
        });
      }),
  );
  /** finishes the oldest unfinished run and lets the queue take its next step */
  const finishNext = async (error?: Error) => {
    const next = waiting.shift();
    if (!next) throw new Error('no detection is running');
    next.finish(error);
    await new Promise((resolve) => setTimeout(resolve, 0));
    return next.label;
  };
  return { detect, started, finishNext, maxActive: () => maxActive };
}

const silentLog = () => ({ warn: vi.fn() });

describe('early-warning queue', () => {
  it('runs one detection at a time and coalesces what arrives meanwhile into one set', async () => {
    const fake = controlledDetection();
    const queue = createEarlyWarningQueue({ detect: fake.detect, log: silentLog() });
    queue.enqueue(gemeente('GM0599'));
    // five more intakes while the first run goes: Rotterdam once more, Utrecht twice
    for (const code of ['GM0599', 'GM0344', 'GM0599', 'GM0344', 'GM0599'])
      queue.enqueue(gemeente(code));
    expect(fake.started).toEqual(['GM0599']);
    expect(await fake.finishNext()).toBe('GM0599');
    expect(fake.started).toEqual(['GM0599', 'GM0599']);
    await fake.finishNext();
    expect(fake.started).toEqual(['GM0599', 'GM0599', 'GM0344']);
    await fake.finishNext();
    await queue.idle();
    expect(fake.detect).toHaveBeenCalledTimes(3);
    expect(fake.maxActive()).toBe(1);
  });

  it('lets "everything" supersede the waiting gemeenten, also halfway through a set', async () => {
    const fake = controlledDetection();
    const queue = createEarlyWarningQueue({ detect: fake.detect, log: silentLog() });
    queue.enqueue(gemeente('GM0363'));
    queue.enqueue(gemeente('GM0599'));
    queue.enqueue(EVERYTHING);
    queue.enqueue(gemeente('GM0344'));
    await fake.finishNext();
    // the waiting GM0599 and GM0344 are judged by the run of everything
    expect(fake.started).toEqual(['GM0363', 'everything']);
    await fake.finishNext();
    expect(fake.started).toHaveLength(2);

    // a set of gemeenten, interrupted by an import: the rest of the set is not run alone
    queue.enqueue(gemeente('GM0014'));
    queue.enqueue(gemeente('GM0034'));
    queue.enqueue(gemeente('GM0037'));
    await fake.finishNext(); // GM0014; GM0034 and GM0037 wait
    expect(fake.started.slice(2)).toEqual(['GM0014', 'GM0034']);
    queue.enqueue(EVERYTHING);
    await fake.finishNext(); // GM0034
    expect(fake.started.slice(2)).toEqual(['GM0014', 'GM0034', 'everything']);
    await fake.finishNext();
    await queue.idle();
    expect(fake.started.slice(2)).toEqual(['GM0014', 'GM0034', 'everything']);
  });

  it('is idle at once when nothing was asked, and idle() waits for runs started meanwhile', async () => {
    const fake = controlledDetection();
    const queue = createEarlyWarningQueue({ detect: fake.detect, log: silentLog() });
    await queue.idle();
    queue.enqueue(gemeente('GM0599'));
    let idle = false;
    const waiting = queue.idle().then(() => (idle = true));
    queue.enqueue(gemeente('GM0344'));
    await fake.finishNext();
    expect(idle).toBe(false);
    await fake.finishNext();
    await waiting;
    expect(idle).toBe(true);
    expect(fake.started).toEqual(['GM0599', 'GM0344']);
  });

  it('drains on close: the running and the waiting runs finish before close resolves', async () => {
    const fake = controlledDetection();
    const queue = createEarlyWarningQueue({ detect: fake.detect, log: silentLog() });
    queue.enqueue(gemeente('GM0599'));
    queue.enqueue(EVERYTHING);
    let closed = false;
    const closing = queue.close().then(() => (closed = true));
    await fake.finishNext();
    expect(closed).toBe(false);
    expect(await fake.finishNext()).toBe('everything');
    await closing;
    expect(closed).toBe(true);
    expect(fake.started).toEqual(['GM0599', 'everything']);
  });

  it('logs a failed run and retries its scope with the next run, not in a loop', async () => {
    const fake = controlledDetection();
    const log = silentLog();
    const queue = createEarlyWarningQueue({ detect: fake.detect, log });
    queue.enqueue(gemeente('GM0599'));
    const failure = new Error('connection terminated');
    await fake.finishNext(failure);
    await queue.idle();
    expect(log.warn).toHaveBeenCalledWith(
      { err: failure, scope: 'GM0599' },
      expect.stringContaining('failed'),
    );
    // no retry on its own: a database that is down is not hammered
    expect(fake.started).toEqual(['GM0599']);

    // the next intake, for another gemeente, brings the failed one along
    queue.enqueue(gemeente('GM0344'));
    await fake.finishNext();
    await fake.finishNext();
    await queue.idle();
    expect(fake.started.slice(1).sort()).toEqual(['GM0344', 'GM0599']);
    expect(log.warn).toHaveBeenCalledTimes(1);
  });

  it('says at close what a failed run left undone', async () => {
    const fake = controlledDetection();
    const log = silentLog();
    const queue = createEarlyWarningQueue({ detect: fake.detect, log });
    queue.enqueue(EVERYTHING);
    await fake.finishNext(new Error('disk full'));
    await queue.close();
    expect(log.warn).toHaveBeenLastCalledWith(
      { scope: 'every series' },
      expect.stringContaining('not done at shutdown'),
    );
  });

  it('survives a detection that throws before it returns a promise', async () => {
    const log = silentLog();
    const seen: string[] = [];
    const queue = createEarlyWarningQueue({
      detect: (scope) => {
        seen.push(label(scope));
        if (seen.length === 1) throw new Error('bad configuration');
        return Promise.resolve();
      },
      log,
    });
    queue.enqueue(gemeente('GM0599'));
    await queue.idle();
    queue.enqueue(gemeente('GM0599'));
    await queue.idle();
    expect(seen).toEqual(['GM0599', 'GM0599']);
    expect(log.warn).toHaveBeenCalledTimes(1);
  });
});
