import { describe, expect, it } from 'vitest';
import { crashConsistency, defaultEngines, summarise } from './crash-consistency.ts';

/**
 * The short form of the crash script, so that it runs in CI: three SIGKILLs per engine
 * (PGlite always, PostgreSQL when TEST_DATABASE_URL is set, required under CI=true). The
 * long form (20 per engine) is `node bench/crash-consistency.ts`.
 */
describe('crash consistency under SIGKILL (short form)', () => {
  it('keeps every batch whole, every acknowledged write, and the audit chain, on every engine', async () => {
    if (process.env['CI'] === 'true' && !process.env['TEST_DATABASE_URL']) {
      throw new Error(
        'CI=true but TEST_DATABASE_URL is not set: the PostgreSQL crash runs must run in CI.',
      );
    }
    const engines = defaultEngines();
    const report = await crashConsistency({
      runs: 3,
      engines,
      seed: 2026,
      rowsPerImport: 10_000,
      importStreams: 2,
      signalWriters: 4,
      killWindowMs: [100, 1500],
      log: () => {},
    });
    console.log(summarise(report).join('\n'));
    expect(report.problems).toEqual([]);
    expect(report.runs).toHaveLength(3 * engines.length);
    // the checks had something to check: writes were in flight at each kill, some acknowledged
    expect(report.runs.every((r) => r.importsSent > 0)).toBe(true);
    expect(report.runs.some((r) => r.importsAcknowledged > 0)).toBe(true);
    // PGlite: every kill left the dead server's lock behind, and the restart took it over
    const pglite = report.runs.filter((r) => r.engine === 'pglite');
    expect(pglite.every((r) => r.staleLockTakenOver)).toBe(true);
    expect(report.finalChecks.map((c) => c.restartedAndStopped)).toEqual(engines.map(() => true));
    expect(report.finalChecks.every((c) => c.auditVerify.startsWith('Audit trail intact'))).toBe(
      true,
    );
  }, 900_000);
});
