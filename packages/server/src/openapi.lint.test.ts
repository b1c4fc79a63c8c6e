import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { migrateToLatest, openDatabase } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { buildServer } from './app.ts';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const ruleset = join(repoRoot, '../shared/standards/nlgov-adr/ruleset.yaml');
const spectral = join(repoRoot, 'node_modules/.bin/spectral');

interface SpectralResult {
  code: string;
  message: string;
  path: string[];
  severity: number;
}

/** The served OpenAPI document must pass the Dutch API Design Rules with zero errors. */
describe('OpenAPI document against the NLGov API Design Rules', () => {
  let handle: DatabaseHandle;
  let dir: string;
  beforeAll(async () => {
    handle = await openDatabase({ kind: 'pglite-memory' });
    await migrateToLatest(handle.db);
    dir = mkdtempSync(join(tmpdir(), 'weegschaal-oas-'));
  });
  afterAll(async () => {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has zero Spectral errors', async () => {
    expect(existsSync(ruleset), `ruleset missing at ${ruleset}`).toBe(true);
    const app = await buildServer({ handle, webRoot: null });
    const doc = (await app.inject({ url: '/api/v1/openapi.json' })).json();
    await app.close();
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(doc, null, 2));

    // spectral exits non-zero when it finds errors; the JSON report is what we judge
    const output = await run(
      spectral,
      ['lint', '--format', 'json', '--quiet', '-r', ruleset, file],
      {
        maxBuffer: 16 * 1024 * 1024,
      },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const results = JSON.parse(output.stdout || '[]') as SpectralResult[];
    const errors = results
      .filter((r) => r.severity === 0)
      .map((r) => `${r.code} at ${r.path.join('.')}: ${r.message}`);
    expect(errors).toEqual([]);
    expect(Object.keys(doc.paths).length).toBeGreaterThan(0);
  });
});
