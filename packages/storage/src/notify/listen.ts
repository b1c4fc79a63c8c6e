import pg from 'pg';

/**
 * LISTEN on a PostgreSQL channel with a connection of its own, for as long as the returned
 * function is not called. A lost connection is opened again; `onNotify(null)` then says that
 * notifications may have been missed meanwhile, so a listener keeping a cache must drop it.
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

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => {
      if (message.channel === channel) onNotify(message.payload ?? '');
    });
    next.on('error', (error) => {
      if (stopped) return;
      console.error(`LISTEN ${channel}: ${error.message}; connecting again`);
      onNotify(null);
      void next.end().catch(() => undefined);
      client = null;
      retry = setTimeout(() => void connect().catch(() => onNotify(null)), 1000);
      retry.unref();
    });
    await next.connect();
    await next.query(`listen ${channel}`);
    client = next;
  };
  await connect();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    await client?.end().catch(() => undefined);
    client = null;
  };
}
