import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import {
  listRegions,
  loadGgdRegions,
  migrateToLatest,
  nlRegionsPublicDataSource,
  openDatabase,
} from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { buildServer } from '../app.ts';
import { API_VERSION } from '../http/responses.ts';

const SHARED = fileURLToPath(new URL('../../../../../shared/data', import.meta.url));

describe('regions API', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  beforeAll(async () => {
    handle = await openDatabase({ kind: 'pglite-memory' });
    await migrateToLatest(handle.db);
    await nlRegionsPublicDataSource.load(handle.db, SHARED);
    app = await buildServer({ handle, webRoot: null, sharedDataDir: SHARED });
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('lists regions per level, the current division by default', async () => {
    const res = await app.inject({ url: '/api/v1/regions?level=gemeente' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['api-version']).toBe(API_VERSION);
    const items = res.json().items as { code: string; level: string; border: boolean }[];
    expect(items).toHaveLength(342);
    expect(items.filter((r) => r.border).length).toBeGreaterThan(40);
    const all = (
      await app.inject({ url: '/api/v1/regions?level=gemeente&includeFormer=true' })
    ).json();
    expect(all.items).toHaveLength(360);
    const vrs = (await app.inject({ url: '/api/v1/regions?level=veiligheidsregio' })).json();
    expect(vrs.items).toHaveLength(25);
  });

  it('filters on a parent and rejects an unknown level with a problem', async () => {
    const res = await app.inject({ url: '/api/v1/regions?parent=VR13' });
    expect(res.json().items.map((r: { code: string }) => r.code)).toContain('GM0363');
    const bad = await app.inject({ url: '/api/v1/regions?level=county' });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json().invalidParams[0].name).toBe('querystring.level');
  });

  it('gives one region with its parts, and a former gemeente with its mapping', async () => {
    const vr = (await app.inject({ url: '/api/v1/regions/VR13' })).json();
    expect(vr.children.map((c: { code: string }) => c.code)).toContain('GM0363');
    expect(vr.population.at(-1).count).toBeGreaterThan(1_000_000);
    const weesp = (await app.inject({ url: '/api/v1/regions/GM0457' })).json();
    expect(weesp).toMatchObject({
      divisionTo: 2022,
      currentDivision: { kind: 'merged', codes: ['GM0363'] },
      redivisions: [{ successorCode: 'GM0363', effectiveOn: '2022-03-24' }],
    });
    const missing = await app.inject({ url: '/api/v1/regions/GM9999' });
    expect(missing.statusCode).toBe(404);
  });

  it('serves the TopoJSON map from the shared folder, with the codes of the registry', async () => {
    const res = await app.inject({ url: '/api/v1/region-boundaries' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    const topo = res.json();
    expect(topo.type).toBe('Topology');
    const codes = topo.objects.gm_features.geometries.map(
      (g: { properties: { code: string } }) => g.properties.code,
    );
    expect(codes).toHaveLength(342);
    const registry = (await app.inject({ url: '/api/v1/regions?level=gemeente' })).json();
    expect(new Set(codes)).toEqual(new Set(registry.items.map((r: { code: string }) => r.code)));
  });

  it('says 503 when the map is not there', async () => {
    const other = await buildServer({ handle, webRoot: null, sharedDataDir: '/nonexistent' });
    const res = await other.inject({ url: '/api/v1/region-boundaries' });
    await other.close();
    expect(res.statusCode).toBe(503);
    expect(res.json().detail).toContain('not available');
  });

  it('lists GGD-regio’s once a "Gebieden in Nederland" file is loaded, each with its gemeenten', async () => {
    expect((await app.inject({ url: '/api/v1/regions?level=ggd-regio' })).json().items).toEqual([]);
    // a generated 2023 division: one GGD-regio per veiligheidsregio, from the registry itself
    const gemeenten = await listRegions(handle.db, { level: 'gemeente', currentOnly: true });
    const lines = gemeenten.map((g) => {
      const vr = g.parents.find((p) => p.level === 'veiligheidsregio')!.code;
      return `${g.code};GG${vr.slice(2)}00;GGD ${vr}`;
    });
    await loadGgdRegions(handle.db, {
      fileName: '85385NED.csv',
      bytes: new TextEncoder().encode(['Code_1;Code_14;Naam_15', ...lines].join('\n')),
    });
    const list = (await app.inject({ url: '/api/v1/regions?level=ggd-regio' })).json();
    expect(list.items).toHaveLength(25);
    expect(list.items[0]).toMatchObject({ level: 'ggd-regio', divisionFrom: 2023 });
    const gg13 = (await app.inject({ url: '/api/v1/regions/GG1300' })).json();
    expect(gg13.children.map((c: { code: string }) => c.code)).toContain('GM0363');
    expect(gg13.population[0].count).toBeGreaterThan(1_000_000);
    const inside = (await app.inject({ url: '/api/v1/regions?parent=GG1300' })).json();
    expect(inside.items.map((r: { code: string }) => r.code)).toContain('GM0363');
  });
});
