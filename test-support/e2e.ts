import { afterAll, beforeAll } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { startServer } from './run-cli.ts';
import type { RunningServer } from './run-cli.ts';
import { axeViolations, launchChromium } from './browser.ts';

export const repoRoot = fileURLToPath(new URL('../', import.meta.url));
/** Where browser tests leave screenshots for a human to look at after a run. */
export const screenshots = join(repoRoot, 'test-results');
export const webRoot =
  process.env['WEEGSCHAAL_E2E_WEB_ROOT'] ?? join(repoRoot, 'packages/web/dist');

export interface E2eOptions {
  /** Names the temporary data directory, so a leftover one says which suite left it. */
  name: string;
  /** Arguments after `serve`; `--web-root` is added. Default: `--demo`. */
  serveArgs?: string[];
  /** Extra environment, e.g. `WEEGSCHAAL_PUBLIC_DATA: 'nl-regions'`. */
  env?: NodeJS.ProcessEnv;
}

export interface E2eApp {
  readonly server: RunningServer;
  readonly browser: Browser;
  readonly dataDir: string;
  /** A fresh context and page; `errors` collects uncaught page errors to assert on. */
  newPage(viewport?: { width: number; height: number }): Promise<{ page: Page; errors: string[] }>;
}

/**
 * One server on an embedded database in a temporary directory and one Chromium for a browser
 * test file, started in beforeAll and stopped in afterAll. Call it inside the describe block.
 */
export function useE2eApp(options: E2eOptions): E2eApp {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let dataDir: string | undefined;

  beforeAll(async () => {
    if (!existsSync(join(webRoot, 'index.html'))) {
      throw new Error(`${webRoot}/index.html is missing: run npm run build first`);
    }
    dataDir = mkdtempSync(join(tmpdir(), `weegschaal-e2e-${options.name}-`));
    server = await startServer(
      ['--data-dir', dataDir],
      [...(options.serveArgs ?? ['--demo']), '--web-root', webRoot],
      options.env ?? {},
    );
    browser = await launchChromium();
    // two CI workers run servers, browsers and builds side by side, so Playwright's 30 s per
    // action is too tight there: every context of this suite waits up to 60 s instead
    const newContext = browser.newContext.bind(browser);
    browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
      const context = await newContext(...args);
      context.setDefaultTimeout(60_000);
      return context;
    };
    mkdirSync(screenshots, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: use it inside a test`);
    return value;
  };

  return {
    get server() {
      return started(server, 'the server');
    },
    get browser() {
      return started(browser, 'the browser');
    },
    get dataDir() {
      return started(dataDir, 'the data directory');
    },
    async newPage(viewport = { width: 1280, height: 900 }) {
      const context = await started(browser, 'the browser').newContext({ viewport });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      return { page, errors };
    },
  };
}

/** Logs in through the login form as a demo account and waits until the app moves on. */
export async function logIn(page: Page, baseUrl: string, username: string): Promise<void> {
  const { DEMO_PASSWORD } = await import('@weegschaal/core');
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  // argon2 verification and the first page load are slow when CI runs suites side by side
  await page.waitForURL((url) => url.pathname !== '/login', { timeout: 90_000 });
}

/** Switches the page to English and runs axe-core again: both languages must pass. */
export async function axeViolationsInEnglish(page: Page): Promise<string[]> {
  await page.getByTestId('language-switch').click();
  await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
  return axeViolations(page);
}
