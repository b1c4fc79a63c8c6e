import Fastify from 'fastify';
import { loadDemoData, migrateToLatest, openDatabase } from '@weegschaal/storage';
import { buildServer } from '@weegschaal/server';

/**
 * The home page's overview API against a trivial Fastify route in the same process and run:
 * the ratio shows what our stack (validation, serialisation, database round trips) costs
 * per request, independent of how fast this machine is.
 */
const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 2000);

async function timeRequests(inject: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 100; i++) await inject(); // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < REQUESTS; i++) await inject();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const baseline = Fastify();
baseline.get('/trivial', () => ({ ok: true }));
await baseline.ready();

const handle = await openDatabase({ kind: 'pglite-memory' });
await migrateToLatest(handle.db);
await loadDemoData(handle.db);
const app = await buildServer({ handle, webRoot: null });
await app.ready();

const baseMs = await timeRequests(() => baseline.inject({ url: '/trivial' }));
const overviewMs = await timeRequests(() => app.inject({ url: '/api/v1/overview' }));
const healthMs = await timeRequests(() => app.inject({ url: '/api/v1/health' }));

const per = (ms: number) => `${((ms / REQUESTS) * 1000).toFixed(0)} µs/request`;
console.log(`requests per case: ${REQUESTS} (in-process inject, PGlite in memory)`);
console.log(`baseline trivial route: ${per(baseMs)}`);
console.log(
  `GET /api/v1/overview:   ${per(overviewMs)}  ratio ${(overviewMs / baseMs).toFixed(1)}`,
);
console.log(`GET /api/v1/health:     ${per(healthMs)}  ratio ${(healthMs / baseMs).toFixed(1)}`);

await app.close();
await baseline.close();
await handle.close();
process.exit(0);
