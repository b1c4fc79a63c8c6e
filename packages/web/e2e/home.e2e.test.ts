import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { axeViolations, browserAvailable } from '../../../test-support/browser.ts';
import { screenshots, useE2eApp } from '../../../test-support/e2e.ts';

describe.skipIf(!browserAvailable())('home page with demo data in Chromium', () => {
  const app = useE2eApp({
    name: 'home',
    env: {
      // the public data sets have their own tests; this one is about the shell of the app
      WEEGSCHAAL_SHARED_DATA: '/nonexistent-shared-data',
    },
  });

  it('labels demo data, switches NL/EN, navigates, and passes axe-core in both languages', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(app.server.url);

    const banner = page.getByTestId('demo-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('Demo');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
    for (const label of [
      'Maatregelen',
      'Maatschappelijk beeld',
      'Afwegingskader',
      'Advisering',
      'Signalen',
      'Paraatheid',
    ]) {
      expect(await nav.getByRole('link', { name: label }).count()).toBe(1);
    }
    // the summary counts what the database holds: the demo catalogue has measures
    const measureCount = page
      .getByTestId('area-measures')
      .locator('dt:text-is("maatregelen") + dd');
    await measureCount.waitFor();
    expect(Number(await measureCount.textContent())).toBeGreaterThanOrEqual(20);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'home-nl.png'), fullPage: true });

    await page.getByTestId('language-switch').click();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe(
      'What is in the database',
    );
    expect(await page.getByTestId('demo-banner').textContent()).toContain('demonstration data');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'home-en.png'), fullPage: true });

    // the choice of language survives navigating and a reload
    await page.getByRole('link', { name: 'Readiness' }).first().click();
    await page.getByRole('heading', { level: 2, name: 'Readiness' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Readiness' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
