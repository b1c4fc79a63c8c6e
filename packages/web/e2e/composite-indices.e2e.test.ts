import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { startServer } from '../../../test-support/run-cli.ts';
import type { RunningServer } from '../../../test-support/run-cli.ts';
import { axeViolations, browserAvailable, launchChromium } from '../../../test-support/browser.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const screenshots = join(repoRoot, 'test-results');
const webRoot = process.env['WEEGSCHAAL_E2E_WEB_ROOT'] ?? join(repoRoot, 'packages/web/dist');

describe.skipIf(!browserAvailable())('composite indices page in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;

  beforeAll(async () => {
    if (!existsSync(join(webRoot, 'index.html'))) {
      throw new Error(`${webRoot}/index.html is missing: run npm run build first`);
    }
    dataDir = mkdtempSync(join(tmpdir(), 'weegschaal-e2e-composite-'));
    // the regions give the gemeente demo index its gemeenten
    server = await startServer(['--data-dir', dataDir], ['--demo', '--web-root', webRoot], {
      WEEGSCHAAL_PUBLIC_DATA: 'nl-regions',
    });
    browser = await launchChromium();
    mkdirSync(screenshots, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'shows an index with its band, contributions, definition and sensitivity, axe-clean',
    { timeout: 240_000 },
    async () => {
      const page = await (
        await browser.newContext({ viewport: { width: 1280, height: 900 } })
      ).newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));

      await page.goto(`${server.url}/societal-picture/composite-indices`);
      await page.getByRole('heading', { level: 2, name: 'Samengestelde indices' }).waitFor();
      expect(await page.textContent('body')).toContain('Er bestaat geen "maatschappelijke R"');
      await page
        .getByLabel('Index', { exact: true })
        .selectOption({ label: 'Maatschappelijke stand, landelijk (demo)' });
      // the national demo index first (by code): chart, table with band, contributions
      await page
        .getByRole('img', { name: /90%-onzekerheidsband/ })
        .locator('canvas')
        .waitFor();
      const table = page.locator('details', { hasText: 'Index per periode (tabel)' });
      await table.locator('summary').click();
      expect(await table.locator('tbody tr').count()).toBe(63);
      expect(await page.getByRole('img', { name: /bijdrage van elke indicator/ }).count()).toBe(1);
      expect(await page.textContent('body')).toContain('Werkloosheid');
      expect(await axeViolations(page)).toEqual([]);

      // another normalisation recomputes the same index, and says so
      await page.getByLabel('Normalisatie', { exact: true }).selectOption('z-score');
      await page.getByText(/instead of the stored min-max/).waitFor();
      // and other weights too
      await page.getByLabel('Werkloosheid', { exact: true }).fill('7');
      await page.getByText(/other weights than stored: unemployment-rate 7/).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      // the gemeente index, for one gemeente
      await page
        .getByLabel('Index', { exact: true })
        .selectOption({ label: 'Lokale druk ten opzichte van december 2019, per gemeente (demo)' });
      await page.getByLabel('Regio', { exact: true }).selectOption('GM0153');
      await page
        .getByRole('img', { name: /90%-onzekerheidsband/ })
        .locator('canvas')
        .waitFor({
          timeout: 60_000,
        });
      expect(await page.textContent('body')).toContain('2019-12');
      await page.screenshot({
        path: join(screenshots, 'composite-indices-nl.png'),
        fullPage: true,
      });
      expect(await axeViolations(page)).toEqual([]);
      await page.getByTestId('language-switch').click();
      await page.getByRole('heading', { level: 2, name: 'Composite indices' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    },
  );
});
