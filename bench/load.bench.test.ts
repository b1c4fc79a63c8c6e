import { describe, expect, it } from 'vitest';
import { defaultEngines } from './crash-consistency.ts';
import { loadBench, loadProblems } from './load.bench.ts';
import type { LoadOptions } from './load.bench.ts';

/**
 * The short form of the load bench, so that it runs in CI: 200 readers and 10 signal writers
 * for 8 s per engine. It asserts what must hold under any load — no 5xx, no lost write — and
 * never a timing; the numbers it prints are for reading. The long form (60 s) is
 * `node bench/load.bench.ts`.
 */
describe('load on loopback (short form)', () => {
  it('answers 200 readers and 10 writers without a 5xx and stores every acknowledged write', async () => {
    const options: LoadOptions = {
      engines: defaultEngines(),
      durationSeconds: 8,
      baselineSeconds: 3,
      readers: 200,
      writers: 10,
      log: (line) => console.log(line),
    };
    const results = await loadBench(options);
    expect(results.map((r) => r.engine)).toEqual(options.engines);
    for (const result of results) {
      expect(loadProblems(result), result.engine).toEqual([]);
      // the run did what it says: readers were answered and writes went through
      expect(result.readers.requests, result.engine).toBeGreaterThan(0);
      expect(result.writesAcknowledged, result.engine).toBeGreaterThan(0);
      expect(result.writesStored, result.engine).toBe(result.writesAcknowledged);
      expect(result.writeEndpoint).toBe('POST /api/v1/signals');
    }
  }, 600_000);
});
