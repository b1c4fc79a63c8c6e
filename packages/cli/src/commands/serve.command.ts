import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadDemoData, loadPublicData, migrateToLatest, openDatabase } from '@weegschaal/storage';
import { buildServer, oidcConfigFromEnv } from '@weegschaal/server';
import {
  databaseConfig,
  defaultWebRoot,
  parsePort,
  selectedPublicDataSources,
  sharedDataDir,
} from '../config.ts';
import type { CommonOptions } from '../config.ts';

interface ServeOptions {
  port?: string;
  host?: string;
  demo?: boolean;
  webRoot?: string;
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Start the web app and the API on one port (migrates the database first)')
    .option('-p, --port <port>', 'port to listen on (env PORT, default 8080)')
    .option('--host <host>', 'address to listen on (env HOST, default 127.0.0.1)')
    .option('--demo', 'load the demo data and the public data sets before serving')
    .option('--web-root <dir>', 'folder of the built web app', defaultWebRoot)
    .action(async (options: ServeOptions) => {
      const port = parsePort(options.port ?? process.env['PORT'], 8080);
      const host = options.host ?? process.env['HOST'] ?? '127.0.0.1';
      const handle = await openDatabase(databaseConfig(program.opts<CommonOptions>(), 'serve'));
      await migrateToLatest(handle.db);
      if (options.demo) {
        const demo = await loadDemoData(handle.db);
        console.log(
          `Demo accounts (labelled demo): ${demo.adviceCycle.accounts.join(', ')}; demo password: ${demo.adviceCycle.demoPassword}`,
        );
        for (const result of await loadPublicData(
          handle.db,
          sharedDataDir(),
          selectedPublicDataSources(),
        )) {
          console.log(`Public data ${result.source}: ${result.status} — ${result.summary}`);
        }
      }

      const webRoot = options.webRoot ?? defaultWebRoot;
      const hasWeb = existsSync(join(webRoot, 'index.html'));
      if (!hasWeb) {
        console.warn(
          `The web app is not built (${webRoot}); serving the API only. Run: npm run build`,
        );
      }
      const app = await buildServer({
        handle,
        webRoot: hasWeb ? webRoot : null,
        // errors (a 5xx with its stack) go to stdout as JSON lines; no per-request lines
        logger: { level: process.env['WEEGSCHAAL_LOG_LEVEL'] ?? 'warn' },
        // behind HTTPS the session cookie must be Secure; plain http://localhost cannot use it
        secureCookies: process.env['WEEGSCHAAL_SECURE_COOKIES'] === 'true',
        oidc: oidcConfigFromEnv(),
        // the reverse proxy (addresses/CIDRs, comma-separated) whose X-Forwarded-* is believed
        trustProxy: (process.env['WEEGSCHAAL_TRUST_PROXY'] ?? '')
          .split(',')
          .map((a) => a.trim())
          .filter(Boolean),
      });
      const address = await app.listen({ port, host });
      const url = address.replace('[::1]', 'localhost');
      handle.lock?.announceUrl(url);

      console.log(`Weegschaal is running at ${url}`);
      console.log(`  API: ${url}/api/v1  (reference: ${url}/api/v1/docs)`);
      console.log(
        `  Database: ${handle.kind} (${handle.location})${options.demo ? ', with demo data' : ''}`,
      );
      console.log('  Stop with Ctrl+C.');

      // the command ends (and the process exits) only when asked to stop
      const signal = await new Promise<string>((resolve) => {
        process.once('SIGINT', () => resolve('SIGINT'));
        process.once('SIGTERM', () => resolve('SIGTERM'));
      });
      console.log(`${signal}: stopping Weegschaal…`);
      await app.close();
      await handle.close();
    });
}
