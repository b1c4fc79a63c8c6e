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
// a build elsewhere (e.g. while another build of dist is in progress) can be tested too
const webRoot = process.env['WEEGSCHAAL_E2E_WEB_ROOT'] ?? join(repoRoot, 'packages/web/dist');

describe.skipIf(!browserAvailable())('measures timeline (real OxCGRT data) in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;

  beforeAll(async () => {
    if (!existsSync(join(webRoot, 'index.html'))) {
      throw new Error(`${webRoot}/index.html is missing: run npm run build first`);
    }
    dataDir = mkdtempSync(join(tmpdir(), 'weegschaal-e2e-timeline-'));
    // --demo also loads the real public data from ../shared/data; this test needs only these
    server = await startServer(['--data-dir', dataDir], ['--demo', '--web-root', webRoot], {
      WEEGSCHAAL_PUBLIC_DATA: 'oxcgrt,nl-measures-timeline',
    });
    browser = await launchChromium();
    mkdirSync(screenshots, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('draws NLD/BEL/DEU stringency and the NL level strip, with data tables, axe-clean in NL and EN', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/measures`);

    const section = page.locator('section.ws-timeline');
    await section.getByRole('heading', { name: 'Maatregelen in de tijd' }).waitFor();
    const charts = section.getByRole('img');
    await charts.nth(1).waitFor();
    expect(await charts.count()).toBe(2);
    await section.locator('canvas').nth(1).waitFor();
    // the real catalogue table stays on the page
    expect(await page.getByRole('heading', { name: 'Catalogus van maatregelen' }).count()).toBe(1);
    expect(await section.textContent()).toMatch(/berekende en gepubliceerde index: 0,00\d\d/);

    await section.screenshot({ path: join(screenshots, 'measures-timeline-nl.png') });

    for (const summary of await section.locator('details > summary').all()) await summary.click();
    const monthly = section.getByTestId('timeline-monthly').locator('table');
    expect(await monthly.locator('thead th').allTextContents()).toEqual([
      'Maand',
      'Nederland',
      'België',
      'Duitsland',
    ]);
    expect(await monthly.locator('tbody tr').count()).toBe(36);
    const changes = section.getByTestId('timeline-changes').locator('table');
    expect(await changes.locator('tbody tr').count()).toBeGreaterThan(50);
    expect(await changes.textContent()).toContain('C6 Blijf-thuisregels');
    const events = section
      .locator('details')
      .filter({ hasText: 'gebeurtenissen' })
      .locator('table');
    expect(await events.textContent()).toContain('Avondklok');

    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId('language-switch').click();
    await section.getByRole('heading', { name: 'Measures over time' }).waitFor();
    expect(await changes.textContent()).toContain('C6 Stay-at-home requirements');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
