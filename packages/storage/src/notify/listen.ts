import pg from 'pg';

/**
 * LISTEN on a PostgreSQL channel with a connection of its own, for as long as the returned
 * function is not called. The connection is opened in the background and opened again when it
 * is lost (waiting up to 30 s between tries), so a server starts even while the database is
 * down; `onNotify(null)` says that notifications may have been missed meanwhile, so a
 * listener keeping a cache must drop it.
 */
export async function listenOn(
  url: string,
  channel: string,
  onNotify: (payload: string | null) => void,
): Promise<() => Promise<void>> {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | null = null;
  let wait = 1000;
  let warned = false;
  const lost = new WeakSet<pg.Client>();

  const fail = (failed: pg.Client, error: Error) => {
    if (stopped || lost.has(failed)) return;
    lost.add(failed);
    if (!warned) console.error(`LISTEN ${channel}: ${error.message}; trying again`);
    warned = true;
    onNotify(null);
    void failed.end().catch(() => undefined);
    if (client === failed) client = null;
    retry = setTimeout(() => void connect(), wait);
    retry.unref();
    wait = Math.min(wait * 2, 30_000);
  };
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => {
      if (message.channel === channel) onNotify(message.payload ?? '');
    });
    next.on('error', (error) => fail(next, error));
    try {
      await next.connect();
      await next.query(`listen ${channel}`);
    } catch (error) {
      fail(next, error instanceof Error ? error : new Error(String(error)));
      return;
    }
    if (stopped) {
      await next.end().catch(() => undefined);
      return;
    }
    client = next;
    wait = 1000;
    if (warned) onNotify(null); // back after a gap
    warned = false;
  };
  await connect();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    await client?.end().catch(() => undefined);
    client = null;
  };
}
