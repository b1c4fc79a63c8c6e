import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { criterionLeaves, defaultCriteriaTree } from '@weegschaal/core';
import { loadDemoData, migrateToLatest, openDatabase } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { buildServer } from '../app.ts';
import { createTestAccount, loginAs } from '../auth/auth-testing.ts';
import type { TestLogin } from '../auth/auth-testing.ts';

/**
 * The framework API end to end on the demo bundles: build a framework, score five packages
 * (effectiveness from the OMT, harm, value judgements with rationale), weigh by swing and by
 * AHP, rank under three rules next to the OMT ranking, run SMAA, and read the rationale.
 */
describe('framework routes', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let mit: TestLogin;
  let frameworkId = '';
  let swingId = '';
  let ahpId = '';
  const leaves = criterionLeaves(defaultCriteriaTree());

  beforeAll(async () => {
    handle = await openDatabase({ kind: 'pglite-memory' });
    await migrateToLatest(handle.db);
    await loadDemoData(handle.db);
    app = await buildServer({ handle, webRoot: null });
    mit = await loginAs(app, handle, await createTestAccount(handle, 'mit-member'));
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('lets only the MIT create a framework; it starts as a draft with the standard tree', async () => {
    // the demo has four bundles; a fifth package is made the way a user would
    const extra = await mit.inject({
      method: 'PUT',
      url: '/api/v1/bundles/horeca-en-cultuur',
      payload: {
        nameNl: 'Horeca en cultuur dicht',
        nameEn: 'Hospitality and culture closed',
        description: '',
        members: [
          { measureCode: 'horeca', level: 2 },
          { measureCode: 'cultuur', level: 2 },
        ],
      },
    });
    expect(extra.statusCode).toBe(200);
    const packages = (
      (await app.inject({ url: '/api/v1/bundles' })).json().items as { code: string }[]
    )
      .map((b) => b.code)
      .slice(0, 5);
    expect(packages.length).toBeGreaterThanOrEqual(5);
    const payload = {
      code: 'mit-kader',
      nameNl: 'MIT-afwegingskader',
      nameEn: 'MIT weighing framework',
      description: 'Test',
      packageCodes: packages,
      changeNote: '',
    };
    expect(
      (await app.inject({ method: 'POST', url: '/api/v1/frameworks', payload })).statusCode,
    ).toBe(401);
    const res = await mit.inject({ method: 'POST', url: '/api/v1/frameworks', payload });
    expect(res.statusCode).toBe(201);
    expect(res.headers['api-version']).toBeDefined();
    const body = res.json();
    expect(body).toMatchObject({
      code: 'mit-kader',
      version: 1,
      status: 'draft',
      author: 'test-mit-member',
    });
    expect(body.tree).toEqual(defaultCriteriaTree());
    frameworkId = body.id;

    const bad = await mit.inject({
      method: 'POST',
      url: '/api/v1/frameworks',
      payload: { ...payload, packageCodes: ['nope'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bad.json().invalidParams[0].name).toBe('body.packageCodes[0]');
  });

  it('records scores with rationale and source; the author is the logged-in user', async () => {
    const fw = (await app.inject({ url: `/api/v1/frameworks/${frameworkId}` })).json().framework;
    const cells = (fw.packageCodes as string[]).flatMap((p, i) =>
      leaves.map((l, j) => ({
        packageCode: p,
        criterionId: l.id,
        value:
          l.source.kind === 'effectiveness'
            ? i
            : l.source.kind === 'impact'
              ? (i * 7 + j) % 5
              : ((i + j) % 5) - 2,
        ...(l.source.kind === 'effectiveness' ? { low: Math.max(0, i - 1), high: i + 1 } : {}),
        rationale: l.source.kind === 'value' ? `Oordeel over ${l.id} voor ${p}` : '',
        source:
          l.source.kind === 'value'
            ? 'judgement'
            : l.source.kind === 'impact'
              ? `fiches:${p}`
              : `omt:${p}`,
      })),
    );
    const res = await mit.inject({
      method: 'PUT',
      url: `/api/v1/frameworks/${frameworkId}/scores`,
      payload: { cells },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toHaveLength(cells.length);
    expect(res.json().items[0].author).toBe('test-mit-member');

    const missing = await mit.inject({
      method: 'PUT',
      url: `/api/v1/frameworks/${frameworkId}/scores`,
      payload: {
        cells: [{ ...cells.find((c) => c.criterionId === 'value-justice')!, rationale: '' }],
      },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().invalidParams.map((p: { name: string }) => p.name)).toEqual([
      'body.cells[0].rationale',
    ]);
  });

  it('weighs by swing and by AHP; the AHP set shows its consistency and warns above 0.1', async () => {
    const swing = await mit.inject({
      method: 'POST',
      url: `/api/v1/frameworks/${frameworkId}/weight-sets`,
      payload: {
        label: 'Swing MIT-sessie',
        rationale: 'Sessie van 12 november',
        input: {
          method: 'swing',
          swings: [
            {
              criterionId: 'impact-domain-education',
              worstLabel: 'scholen dicht',
              bestLabel: 'scholen open',
              points: 100,
            },
            {
              criterionId: 'impact-domain-mental-health',
              worstLabel: 'veel schade',
              bestLabel: 'geen schade',
              points: 70,
            },
            {
              criterionId: 'value-solidarity',
              worstLabel: 'schaadt',
              bestLabel: 'dient',
              points: 50,
            },
          ],
        },
      },
    });
    expect(swing.statusCode).toBe(201);
    swingId = swing.json().id;
    const w = swing
      .json()
      .weights.find((x: { criterionId: string }) => x.criterionId === 'impact-domain-education');
    expect(w.weight).toBeCloseTo(100 / 220, 12);

    const ahp = await mit.inject({
      method: 'POST',
      url: `/api/v1/frameworks/${frameworkId}/weight-sets`,
      payload: {
        label: 'AHP',
        rationale: 'Paarsgewijs',
        input: {
          method: 'ahp',
          criterionIds: ['impact-domain-education', 'impact-domain-economy', 'value-justice'],
          judgements: [
            { a: 'impact-domain-education', b: 'impact-domain-economy', value: 6 },
            { a: 'impact-domain-education', b: 'value-justice', value: 8 },
            { a: 'impact-domain-economy', b: 'value-justice', value: 4 },
          ],
        },
      },
    });
    expect(ahp.statusCode).toBe(201);
    ahpId = ahp.json().id;
    expect(ahp.json().explanation.consistency.cr).toBeCloseTo(0.117, 3);
    expect(ahp.json().warnings[0]).toMatch(/exceeds 0.1/);

    const bad = await mit.inject({
      method: 'POST',
      url: `/api/v1/frameworks/${frameworkId}/weight-sets`,
      payload: {
        label: 'x',
        rationale: '',
        input: {
          method: 'swing',
          swings: [{ criterionId: 'nope', worstLabel: 'a', bestLabel: 'b', points: 100 }],
        },
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams[0].name).toBe('body.input.swings[0]');
  });

  it('ranks OMT and MIT side by side under three rules, with the lexicographic rule and flip points', async () => {
    const res = await app.inject({
      url: `/api/v1/frameworks/${frameworkId}/rankings?weightSetId=${swingId}&rules=mavt,topsis,promethee-ii&requiredEffectiveness=2&basis=estimate`,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.notice).toMatch(/never combined/);
    expect(body.omt.criterionIds).toEqual(['effectiveness']);
    expect(body.mit.map((m: { rule: string }) => m.rule)).toEqual([
      'mavt',
      'topsis',
      'promethee-ii',
    ]);
    for (const m of body.mit) expect(m.ranking).toHaveLength(5);
    expect(body.lexicographic.ranking.length).toBe(3);
    expect(body.sensitivity.criteria.length).toBe(leaves.length - 1);
    expect(body.working.mit.topsis.ideal).toBeDefined();

    const ahp = await app.inject({
      url: `/api/v1/frameworks/${frameworkId}/rankings?weightSetId=${ahpId}`,
    });
    expect(ahp.statusCode).toBe(200);
    expect(ahp.json().lexicographic).toBeNull();

    const badRule = await app.inject({
      url: `/api/v1/frameworks/${frameworkId}/rankings?weightSetId=${swingId}&rules=borda`,
    });
    expect(badRule.statusCode).toBe(400);
  });

  it('runs SMAA reproducibly, with score uncertainty from the OMT ranges', async () => {
    const url = `/api/v1/frameworks/${frameworkId}/smaa?weightSetId=${swingId}&samples=2000&seed=7`;
    const a = await app.inject({ url });
    expect(a.statusCode).toBe(200);
    const body = a.json();
    expect(body.weightInformation).toBe('rank-order');
    expect(body.packages).toHaveLength(5);
    for (const p of body.packages)
      expect(p.rankAcceptability.reduce((s: number, x: number) => s + x, 0)).toBeCloseTo(1, 9);
    expect((await app.inject({ url })).json()).toEqual(body);
    const none = await app.inject({
      url: `/api/v1/frameworks/${frameworkId}/smaa?weightInformation=none&samples=500`,
    });
    expect(none.statusCode).toBe(200);
    expect(none.json().criterionIds).toHaveLength(leaves.length - 1);
  });

  it('gives a rationale that states version, weights, method and sensitivity and traces every cell', async () => {
    const res = await app.inject({
      url: `/api/v1/frameworks/${frameworkId}/rationale?weightSetId=${swingId}&requiredEffectiveness=2&samples=500&seed=1`,
    });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.framework).toMatchObject({ code: 'mit-kader', version: 1 });
    expect(doc.weightSet).toMatchObject({
      label: 'Swing MIT-sessie',
      method: 'swing',
      author: 'test-mit-member',
    });
    expect(
      doc.criteria
        .find((c: { id: string }) => c.id === 'value-justice')
        .rights.map((r: { id: string }) => r.id),
    ).toEqual(['gw-1', 'echr-14', 'icescr-11']);
    expect(doc.cells.length).toBe(5 * leaves.length);
    expect(doc.statements.en.join('\n')).toMatch(/stays best while this weight is between/);
    expect(doc.statements.nl.join('\n')).toMatch(/blijft het beste zolang dit gewicht tussen/);
  });

  it('publishes; a published version refuses changes; unknown ids are 404', async () => {
    const pub = await mit.inject({
      method: 'PUT',
      url: `/api/v1/frameworks/${frameworkId}/status`,
      payload: { status: 'published' },
    });
    expect(pub.statusCode).toBe(200);
    expect(pub.json().status).toBe('published');
    const change = await mit.inject({
      method: 'POST',
      url: `/api/v1/frameworks/${frameworkId}/weight-sets`,
      payload: {
        label: 'x',
        rationale: '',
        input: { method: 'direct', points: [{ criterionId: 'value-justice', points: 1 }] },
      },
    });
    expect(change.statusCode).toBe(409);
    expect(
      (await app.inject({ url: '/api/v1/frameworks/00000000-0000-4000-8000-000000000000' }))
        .statusCode,
    ).toBe(404);
    const list = (await app.inject({ url: '/api/v1/frameworks?code=mit-kader' })).json();
    expect(
      list.items.map((f: { version: number; status: string }) => [f.version, f.status]),
    ).toEqual([[1, 'published']]);
  });
});
