import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { testRegion } from '../../../../test-support/test-region.ts';
import {
  ensureIndicatorCatalogue,
  importObservations,
  migrateToLatest,
  openDatabase,
  rollbackImportBatch,
  upsertRegions,
} from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';
import { testDatabaseTargets } from '@weegschaal/storage/testing';
import { buildServer } from '../app.ts';
import { acceptsGzip, dashboardCache } from './dashboard-cache.ts';

describe('the dashboard cache', () => {
  it('builds a page once and keeps it until cleared', async () => {
    const cache = dashboardCache();
    let builds = 0;
    const build = async () => `{"n":${++builds}}`;
    const first = await cache.get('a', build);
    expect([first.json.toString(), first.fromCache]).toEqual(['{"n":1}', false]);
    const again = await cache.get('a', build);
    expect([again.json.toString(), again.fromCache]).toEqual(['{"n":1}', true]);
    expect(again.json).toBe(first.json); // the same bytes, encoded once
    expect(gunzipSync(again.gzip()).toString()).toBe('{"n":1}');
    expect(again.gzip()).toBe(again.gzip()); // compressed once
    cache.clear();
    expect(cache.size).toBe(0);
    expect((await cache.get('a', build)).json.toString()).toBe('{"n":2}');
  });

  it('does not keep a page whose building began before the data changed', async () => {
    const cache = dashboardCache();
    let release: () => void = () => undefined;
    const slow = cache.get('a', async () => {
      await new Promise<void>((r) => (release = r));
      return 'old numbers';
    });
    await new Promise((r) => setTimeout(r, 0));
    cache.clear(); // an import committed while the page was being built
    release();
    expect((await slow).json.toString()).toBe('old numbers'); // that request still gets its answer
    expect((await cache.get('a', async () => 'new numbers')).json.toString()).toBe('new numbers');
  });

  it('holds at most its number of pages, dropping the oldest', async () => {
    const cache = dashboardCache(2);
    for (const key of ['a', 'b', 'c']) await cache.get(key, async () => key);
    expect(cache.size).toBe(2);
    expect((await cache.get('a', async () => 'a again')).json.toString()).toBe('a again');
    expect((await cache.get('c', async () => 'not built')).json.toString()).toBe('c');
  });

  it('reads Accept-Encoding as a browser sends it', () => {
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true);
    expect(acceptsGzip('gzip;q=0, br')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

const nl = testRegion('NL01', { name: 'Nederland' });

describe.each(testDatabaseTargets())('the start page served from the cache on $kind', (target) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  const url = '/api/v1/dashboard?region=NL01&asOf=2021-12-31';
  const latest = async () => {
    const res = await app.inject({ url });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['api-version']).toBeDefined();
    const body = res.json() as {
      themes: { tiles: { indicatorCode: string; latest: { value: number } | null }[] }[];
    };
    const tile = body.themes
      .flatMap((t) => t.tiles)
      .find((t) => t.indicatorCode === 'consumer-confidence');
    return tile?.latest?.value ?? null;
  };
  const run = (value: number, dryRun = false) =>
    importObservations(handle.db, {
      fileName: 'cc.csv',
      bytes: new TextEncoder().encode(
        `indicator,region,period,value\nconsumer-confidence,NL01,2021-11,${value}\n`,
      ),
      createdBy: 'test',
      dryRun,
    });
  /** a change behind the import's back: a cached page does not see it */
  const changeBehindTheBack = (value: number) =>
    sql`update observation set value = ${value} where indicator_code = 'consumer-confidence'`.execute(
      handle.db,
    );

  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
    await ensureIndicatorCatalogue(handle.db);
    await upsertRegions(handle.db, [nl]);
    app = await buildServer({ handle, webRoot: null });
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('serves the page from the cache until an import commits or a batch is rolled back', async () => {
    expect(await latest()).toBeNull();
    const first = await run(-10);
    expect(await latest()).toBe(-10);

    await changeBehindTheBack(-11);
    expect(await latest()).toBe(-10); // from the cache

    // a dry run and a rejected batch change nothing, so the cache stays
    await run(-12, true);
    expect((await run(-1000)).status).toBe('rejected');
    expect(await latest()).toBe(-10);

    const second = await run(-13);
    expect(await latest()).toBe(-13); // the import emptied the cache

    await rollbackImportBatch(handle.db, second.batchId!, 'test');
    expect(await latest()).toBe(-11); // the revision before, as changed behind the back
    expect(first.status).toBe('applied');
  });

  it.runIf(target.kind === 'postgres')(
    'hears of an import by another process (weegschaal import next to the server)',
    async () => {
      const url = new URL(process.env['TEST_DATABASE_URL']!);
      url.pathname = new URL(handle.location).pathname;
      const other = await openDatabase({ kind: 'postgres', url: url.toString() });
      try {
        const before = await latest();
        await changeBehindTheBack(-20);
        expect(await latest()).toBe(before); // cached
        await importObservations(other.db, {
          fileName: 'elsewhere.csv',
          bytes: new TextEncoder().encode(
            'indicator,region,period,value\nconsumer-confidence,NL01,2021-11,-21\n',
          ),
          createdBy: 'another process',
        });
        // NOTIFY arrives on the server's LISTEN connection a moment after the commit
        let value = await latest();
        for (let i = 0; i < 100 && value !== -21; i++) {
          await new Promise((r) => setTimeout(r, 50));
          value = await latest();
        }
        expect(value).toBe(-21);
      } finally {
        await other.close();
      }
    },
  );

  it('sends the page gzipped to a client that takes it, built or cached', async () => {
    const headers = { 'accept-encoding': 'gzip, br' };
    const plain = await app.inject({ url: `${url}&sparklineLength=5` });
    expect(plain.headers['content-encoding']).toBeUndefined();
    const built = await app.inject({ url: `${url}&sparklineLength=6`, headers });
    expect(built.headers['content-encoding']).toBe('gzip');
    const again = await app.inject({ url: `${url}&sparklineLength=5`, headers });
    expect(again.headers['content-encoding']).toBe('gzip');
    expect(again.headers['vary']).toMatch(/accept-encoding/i);
    expect(again.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(gunzipSync(again.rawPayload).toString())).toEqual(plain.json());
  });

  it('still answers 404 for an unknown region, and caches nothing for it', async () => {
    const res = await app.inject({ url: '/api/v1/dashboard?region=GM9999' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });
});
