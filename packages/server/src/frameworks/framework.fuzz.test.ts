import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'kysely';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { defaultCriteriaTree } from '@weegschaal/core';
import { loadDemoData, migrateToLatest, openDatabase } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import {
  anyJson,
  fuzzParameters,
  fuzzTimeout,
  mutateAt,
  nastyCell,
} from '../../../../test-support/fuzz.ts';
import type { Json } from '../../../../test-support/fuzz.ts';
import { buildServer } from '../app.ts';
import { createTestAccount, loginAs } from '../auth/auth-testing.ts';
import type { TestLogin } from '../auth/auth-testing.ts';

/** JSON numbers a parser turns into Infinity or loses: only a raw body can carry them. */
const extremeNumber = fc.constantFrom('1e309', '-1e309', '1e-400', '9007199254740993', '-0');

/**
 * Framework definitions (criteria trees, weight sets, scores) are deep user-written JSON:
 * mutated trees and arbitrary weight-set inputs must give a 400 that names the field, never
 * a 5xx, and a refused definition stores nothing.
 */
describe('framework definition fuzzing over HTTP (PGlite)', { timeout: fuzzTimeout }, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let mit: TestLogin;
  let frameworkId = '';
  let packageCodes: string[] = [];

  const rows = async (table: string) =>
    Number(
      (await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(handle.db))
        .rows[0]!.n,
    );

  const expectHandled = (res: LightMyRequestResponse, ok: number) => {
    expect([ok, 400, 404, 409], res.body.slice(0, 400)).toContain(res.statusCode);
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
    await loadDemoData(handle.db);
    app = await buildServer({ handle, webRoot: null });
    mit = await loginAs(app, handle, await createTestAccount(handle, 'mit-member'));
    packageCodes = (
      (await app.inject({ url: '/api/v1/bundles' })).json().items as { code: string }[]
    )
      .map((b) => b.code)
      .slice(0, 4);
    const created = await mit.inject({
      method: 'POST',
      url: '/api/v1/frameworks',
      payload: {
        code: 'fuzz-kader',
        nameNl: 'Fuzz',
        nameEn: 'Fuzz',
        description: '',
        packageCodes,
        changeNote: '',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    frameworkId = created.json().id;
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('criteria trees: mutated nodes, wrong types, duplicate ids, deep junk', async () => {
    const base = defaultCriteriaTree() as unknown as Json;
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.oneof(anyJson, nastyCell, fc.constant(base)) as fc.Arbitrary<Json>,
        fc.array(fc.oneof(fc.constantFrom(...packageCodes), nastyCell), { maxLength: 6 }),
        async (path, value, codes) => {
          const before = await rows('weighing_framework');
          const res = await mit.inject({
            method: 'POST',
            url: '/api/v1/frameworks',
            payload: {
              code: `fuzz-${n++}`,
              nameNl: 'Fuzz',
              nameEn: 'Fuzz',
              description: '',
              packageCodes: codes.length > 0 ? codes : packageCodes,
              changeNote: '',
              tree: mutateAt(base, path, value),
            },
          });
          expectHandled(res, 201);
          if (res.statusCode !== 201) expect(await rows('weighing_framework')).toBe(before);
        },
      ),
      fuzzParameters(50),
    );
  });

  it('weight sets: every method with arbitrary, missing or mistyped members', async () => {
    const member = fc.oneof(anyJson, fc.array(anyJson, { maxLength: 4 }));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom('direct', 'swing', 'ahp', 'imprecise'), nastyCell),
        fc.dictionary(
          fc.constantFrom('points', 'swings', 'criterionIds', 'judgements', 'model', 'x'),
          member,
        ),
        async (method, rest) => {
          const before = await rows('weighing_weight_set');
          const res = await mit.inject({
            method: 'POST',
            url: `/api/v1/frameworks/${frameworkId}/weight-sets`,
            payload: { label: 'fuzz', rationale: 'fuzz', input: { ...rest, method } },
          });
          expectHandled(res, 201);
          if (res.statusCode !== 201) expect(await rows('weighing_weight_set')).toBe(before);
        },
      ),
      fuzzParameters(60),
    );
  });

  it('scores: out-of-range, infinite and mistyped values in a raw body', async () => {
    const fw = (await app.inject({ url: `/api/v1/frameworks/${frameworkId}` })).json().framework;
    const leafIds: string[] = [];
    const walk = (node: { type: string; id: string; children?: unknown[] }) => {
      if (node.type === 'criterion') leafIds.push(node.id);
      for (const c of node.children ?? []) walk(c as typeof node);
    };
    walk(fw.tree);
    const number = fc.oneof(
      extremeNumber,
      fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
      fc.constantFrom('"NaN"', '"Infinity"', 'null', '"12,5"', '[]', '{}'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            packageCode: fc.oneof(fc.constantFrom(...packageCodes), nastyCell),
            criterionId: fc.oneof(fc.constantFrom(...leafIds), nastyCell),
            value: number,
            low: fc.option(number, { nil: undefined }),
            high: fc.option(number, { nil: undefined }),
            rationale: fc.oneof(fc.constant('onderbouwing'), nastyCell),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        async (cells) => {
          const before = await rows('weighing_score');
          const body = `{"cells":[${cells
            .map(
              (c) =>
                `{"packageCode":${JSON.stringify(c.packageCode)},"criterionId":${JSON.stringify(c.criterionId)},"value":${c.value},` +
                (c.low !== undefined ? `"low":${c.low},` : '') +
                (c.high !== undefined ? `"high":${c.high},` : '') +
                `"rationale":${JSON.stringify(c.rationale)},"source":"judgement"}`,
            )
            .join(',')}]}`;
          const res = await mit.inject({
            method: 'PUT',
            url: `/api/v1/frameworks/${frameworkId}/scores`,
            headers: { 'content-type': 'application/json' },
            payload: body,
          });
          expectHandled(res, 200);
          if (res.statusCode !== 200) expect(await rows('weighing_score')).toBe(before);
        },
      ),
      fuzzParameters(60),
    );
  });
});
