import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { axeViolations, browserAvailable } from '../../../test-support/browser.ts';
import { screenshots, useE2eApp } from '../../../test-support/e2e.ts';

describe.skipIf(!browserAvailable())('measures timeline (real OxCGRT data) in Chromium', () => {
  // --demo also loads the real public data from ../shared/data; this test needs only these
  const app = useE2eApp({
    name: 'timeline',
    env: {
      WEEGSCHAAL_PUBLIC_DATA: 'oxcgrt,nl-measures-timeline',
    },
  });

  it('draws NLD/BEL/DEU stringency and the NL level strip, with data tables, axe-clean in NL and EN', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${app.server.url}/measures`);

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
