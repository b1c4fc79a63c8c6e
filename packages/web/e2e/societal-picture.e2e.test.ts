import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations, browserAvailable } from '../../../test-support/browser.ts';
import { screenshots, useE2eApp } from '../../../test-support/e2e.ts';

/** axe-core in Dutch, then again after switching to English (and back). */
async function axeInBothLanguages(page: Page, englishHeading: string, dutchHeading: string) {
  expect(await axeViolations(page)).toEqual([]);
  await page.getByTestId('language-switch').click();
  await page.getByRole('heading', { level: 2, name: englishHeading }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByTestId('language-switch').click();
  await page.getByRole('heading', { level: 2, name: dutchHeading }).waitFor();
}

describe.skipIf(!browserAvailable())(
  'societal picture (real regions, demo series) in Chromium',
  () => {
    // the regions (and with them the regional demo series), the measures timeline, Rt and the
    // behaviour survey; the Coronadashboard files have their own tests and slow the first start
    const app = useE2eApp({
      name: 'societal',
      env: {
        WEEGSCHAAL_PUBLIC_DATA: 'nl-regions,oxcgrt,nl-measures-timeline,rivm-rt,rivm-gedrag',
      },
    });

    it(
      'walks start page → indicator → region, with maps, tables and CSV, axe-clean in NL and EN',
      { timeout: 240_000 },
      async () => {
        const context = await app.browser.newContext({
          viewport: { width: 1280, height: 900 },
          acceptDownloads: true,
        });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));

        // the home page summary counts what the area holds
        await page.goto(app.server.url);
        const area = page.getByTestId('area-societal-picture');
        await area.locator('dt:text-is("gemeenten") + dd').waitFor();
        expect(await area.locator('dt:text-is("gemeenten") + dd').textContent()).toBe('342');
        expect(
          Number(await area.locator('dt:text-is("indicatoren") + dd').textContent()),
        ).toBeGreaterThanOrEqual(30);

        // 1. the start page, generated from the catalogue
        await page.goto(`${app.server.url}/societal-picture`);
        await page.getByRole('heading', { level: 2, name: 'Stand van de maatschappij' }).waitFor();
        const tile = page.getByTestId('tile-social-assistance');
        await tile.waitFor();
        expect(await tile.textContent()).toContain('demoreeks');
        expect(await tile.textContent()).toMatch(/aandacht bij ≥ 30 · alarm bij ≥ 40/);
        expect(await tile.textContent()).toContain('Vastgesteld door');
        expect(await tile.textContent()).toMatch(/Trend: /);
        // a real survey series is not labelled demo, and the age of old data is said plainly
        const curfew = page.getByTestId('tile-compliance-curfew');
        expect(await curfew.textContent()).not.toContain('demoreeks');
        expect(await curfew.textContent()).toContain('Te laat');
        expect(await page.locator('.ws-sp-theme').count()).toBeGreaterThanOrEqual(6);
        await page.screenshot({ path: join(screenshots, 'societal-picture-nl.png') });
        await axeInBothLanguages(page, 'State of society', 'Stand van de maatschappij');

        // 2. an indicator: series with bands, trend, map with fixed classes, table, CSV
        await tile.getByRole('link', { name: 'Bijstandsuitkeringen' }).click();
        await page.getByRole('heading', { level: 2, name: 'Bijstandsuitkeringen' }).waitFor();
        await page.getByTestId('indicator-trend').waitFor();
        const map = page.getByTestId('map-section');
        await map.locator('canvas').waitFor({ timeout: 60_000 });
        expect(await map.getByTestId('map-breaks').textContent()).toMatch(/Vaste klassegrenzen/);
        expect(await page.getByTestId('indicator-signal').textContent()).toContain('Waarom');
        // the veiligheidsregio map is computed from the gemeenten, and says so
        await map.getByLabel('Regioniveau').selectOption('veiligheidsregio');
        const mapTable = map.getByTestId('map-table');
        await mapTable.locator('summary').click();
        await mapTable.locator('tbody tr').nth(24).waitFor();
        expect(await mapTable.locator('tbody tr').count()).toBe(25);
        expect(await mapTable.textContent()).toContain('weighted by population');
        const seriesTable = page.getByTestId('series-table');
        await seriesTable.locator('summary').click();
        expect(await seriesTable.locator('tbody tr').count()).toBeGreaterThan(12);
        expect(await seriesTable.textContent()).toContain('voorlopig');
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          seriesTable.getByRole('button', { name: 'Download CSV' }).click(),
        ]);
        expect(download.suggestedFilename()).toBe('social-assistance_nl01.csv');
        const csv = readFileSync((await download.path())!, 'utf8');
        expect(csv.split('\r\n')[0]).toBe('\uFEFFPeriode,Waarde,Status,Revisie,Signaalstatus');
        expect(csv.split('\r\n')[1]).toMatch(/^\d{4}-\d{2},\d+(\.\d+)?,(final|provisional),1,/);
        await page.screenshot({
          path: join(screenshots, 'societal-indicator-nl.png'),
          fullPage: true,
        });
        await axeInBothLanguages(page, 'Social assistance benefits', 'Bijstandsuitkeringen');

        // 3. a region: all indicators next to the national value, with its GROS flag
        await page.getByLabel('Regio', { exact: true }).selectOption('GM0153');
        await page.getByRole('link', { name: 'Toon regio: Enschede' }).click();
        await page.getByRole('heading', { level: 2, name: 'Enschede (GM0153)' }).waitFor();
        expect(await page.getByTestId('flag-border').textContent()).toContain('GROS');
        const regionTable = page.getByTestId('region-table');
        await regionTable.locator('tbody tr').first().waitFor();
        const row = regionTable.locator('tbody tr').filter({ hasText: 'Bijstandsuitkeringen' });
        const cells = await row.locator('td').allTextContents();
        // period, this region, Nederland, difference, signal: the difference is region − country
        const number = (text: string) => Number(text.replace(/[^\d,-]/g, '').replace(',', '.'));
        expect(number(cells[4]!)).toBeCloseTo(number(cells[2]!) - number(cells[3]!), 1);
        // survey figures exist per veiligheidsregio: the gemeente shows those of Twente
        expect(await regionTable.textContent()).toContain('waarde van Twente');
        await page.screenshot({
          path: join(screenshots, 'societal-region-nl.png'),
          fullPage: true,
        });
        await axeInBothLanguages(page, 'Enschede (GM0153)', 'Enschede (GM0153)');

        // the support and compliance panel and the epidemic side by side pass axe-core too
        await page.getByRole('link', { name: 'Draagvlak en naleving' }).first().click();
        await page.getByTestId('support-national').locator('canvas').nth(7).waitFor();
        await axeInBothLanguages(
          page,
          'Public support and compliance per rule',
          'Draagvlak en naleving per regel',
        );
        await page.getByLabel('Eén regel per groep').check();
        await page.getByTestId('support-groups').locator('canvas').nth(2).waitFor();
        expect(await page.getByTestId('support-groups').textContent()).toContain('70+');
        await page.getByRole('link', { name: 'Stand van de epidemie' }).first().click();
        await page.getByTestId('epidemic-table').waitFor();
        await axeInBothLanguages(page, 'State of the epidemic', 'Stand van de epidemie');

        expect(errors).toEqual([]);
        await context.close();
      },
    );
  },
);
