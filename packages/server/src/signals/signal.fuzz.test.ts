import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'kysely';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { migrateToLatest, openDatabase } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import {
  anyJson,
  csvStyle,
  fuzzParameters,
  fuzzTimeout,
  mutateTable,
  mutation,
  nastyCell,
  writeCsv,
} from '../../../../test-support/fuzz.ts';
import { buildServer } from '../app.ts';
import { createTestAccount, loginAs } from '../auth/auth-testing.ts';
import type { TestLogin } from '../auth/auth-testing.ts';

const NOW = new Date('2026-11-20T10:00:00Z');
const INTAKE = {
  text: 'Jongeren in de wijk somber; wachtlijst jeugdzorg loopt op.',
  region: 'GM0344',
  observedOn: '2026-11-19',
  domain: 'mental-health',
  targetGroup: 'young-people',
  knowledgeSource: 'told',
  peopleCount: 4,
};
const CSV: readonly (readonly string[])[] = [
  [
    'text',
    'region',
    'observed_on',
    'domain',
    'target_group',
    'people_count',
    'knowledge_source',
    'circle_code',
  ],
  ['Goed', 'WK034401', '2026-11-18', 'education', 'elderly', '', 'seen', ''],
  ['Ook goed', 'GM0344', '2026-11-17', 'mental-health', 'young-people', '3', 'told', ''],
];

/**
 * Signal intake over HTTP: mutated JSON signals from a reporter and mutated CSV files from
 * the secretariat never give a 5xx, always name the failing field (file, row, column for
 * CSV), and a refused intake or file stores no signal. Rate limits are off here: the fuzzer
 * sends far more than 60 a minute on purpose. FUZZ_RUNS=20000 runs the long form.
 */
describe('signal intake fuzzing over HTTP (PGlite)', { timeout: fuzzTimeout }, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let reporter: TestLogin;
  let secretariat: TestLogin;

  const signalCount = async () =>
    Number(
      (await sql<{ n: string }>`select count(*) as n from signal`.execute(handle.db)).rows[0]!.n,
    );

  const expectLocated = (res: LightMyRequestResponse) => {
    expect([201, 400], res.body.slice(0, 400)).toContain(res.statusCode);
    if (res.statusCode === 400) {
      expect(res.headers['content-type']).toContain('application/problem+json');
      const params = res.json().invalidParams ?? [];
      expect(params.length, res.body.slice(0, 400)).toBeGreaterThan(0);
      for (const p of params) expect(p.name).toMatch(/\S/);
    }
  };

  beforeAll(async () => {
    handle = await openDatabase({ kind: 'pglite-memory' });
    await migrateToLatest(handle.db);
    app = await buildServer({ handle, webRoot: null, clock: () => NOW, rateLimits: false });
    reporter = await loginAs(
      app,
      handle,
      await createTestAccount(handle, 'practice-circle-reporter'),
      NOW,
    );
    secretariat = await loginAs(app, handle, await createTestAccount(handle, 'secretariat'), NOW);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('the unbroken signal and file are stored (the properties start from good input)', async () => {
    expect(
      (await reporter.inject({ method: 'POST', url: '/api/v1/signals', payload: INTAKE }))
        .statusCode,
    ).toBe(201);
    const file = await secretariat.inject({
      method: 'POST',
      url: '/api/v1/signal-imports',
      headers: { 'content-type': 'text/csv' },
      payload: CSV.map((r) => r.join(',')).join('\n'),
    });
    expect(file.statusCode, file.body).toBe(201);
  });

  it('JSON intake: fields replaced by junk, removed, or of the wrong type', async () => {
    const keys = Object.keys(INTAKE);
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...keys), fc.oneof(nastyCell, anyJson)),
        fc.subarray(keys),
        async (replaced, dropped) => {
          const payload: Record<string, unknown> = { ...INTAKE, ...replaced };
          for (const k of dropped) delete payload[k];
          const before = await signalCount();
          const res = await reporter.inject({ method: 'POST', url: '/api/v1/signals', payload });
          expectLocated(res);
          expect(await signalCount()).toBe(before + (res.statusCode === 201 ? 1 : 0));
        },
      ),
      fuzzParameters(120),
    );
  });

  it('CSV files: mutated cells, ragged rows, separators, BOMs and encodings, all or nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation(), { minLength: 1, maxLength: 5 }),
        csvStyle,
        async (mutations, style) => {
          const before = await signalCount();
          const res = await secretariat.inject({
            method: 'POST',
            url: '/api/v1/signal-imports?fileName=fuzz.csv',
            headers: { 'content-type': 'text/csv' },
            payload: Buffer.from(writeCsv(mutateTable(CSV, mutations), style)),
          });
          expectLocated(res);
          const after = await signalCount();
          if (res.statusCode === 201) expect(after - before).toBe(res.json().imported);
          else expect(after).toBe(before);
        },
      ),
      fuzzParameters(120),
    );
  });
});
