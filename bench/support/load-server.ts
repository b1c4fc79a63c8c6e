import { migrateToLatest, openDatabase } from '@weegschaal/storage';
import type { DatabaseConfig } from '@weegschaal/storage';
import { buildServer } from '@weegschaal/server';

/**
 * The server the load bench drives, in a process of its own: `weegschaal serve` as it is,
 * except that the per-client rate limits are off (`rateLimits: false`), because the bench's
 * ten intake writers all come from one loopback address and one account, which the intake
 * limit (60 a minute) would rightly refuse. BENCH_DB_CONFIG holds the database config (JSON).
 */
const config = JSON.parse(process.env['BENCH_DB_CONFIG'] ?? '') as DatabaseConfig;
const handle = await openDatabase(config);
await migrateToLatest(handle.db);
const app = await buildServer({
  handle,
  webRoot: null,
  // BENCH_SERVER_LOG=1 shows the server's error log (a 5xx says what went wrong)
  logger: process.env['BENCH_SERVER_LOG'] === '1',
  rateLimits: false,
});
const address = await app.listen({ port: 0, host: '127.0.0.1' });
handle.lock?.announceUrl(address);
console.log(`Weegschaal is running at ${address}`);
const stop = async () => {
  await app.close();
  await handle.close();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
