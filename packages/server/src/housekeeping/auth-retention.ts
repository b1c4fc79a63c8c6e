import type { FastifyInstance } from 'fastify';
import { purgeAuthRecords } from '@weegschaal/storage';
import type { DatabaseHandle } from '@weegschaal/storage';

const HOUR = 3_600_000;

/**
 * Applies the login-record retention when the server is ready and every hour after, so a
 * long-running server never keeps expired sessions or old login attempts (docs/security.md).
 * A failure is logged and retried next hour: it must never take the server down.
 */
export function registerAuthRetention(
  app: FastifyInstance,
  handle: DatabaseHandle,
  clock: () => Date,
): void {
  let timer: NodeJS.Timeout | undefined;
  const run = () =>
    purgeAuthRecords(handle.db, clock()).catch((error: unknown) =>
      app.log.warn({ err: error }, 'login-record retention failed; retrying in an hour'),
    );
  app.addHook('onReady', async () => {
    await run();
    timer = setInterval(() => void run(), HOUR);
    timer.unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}
