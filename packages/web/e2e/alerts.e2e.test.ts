import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations, browserAvailable } from '../../../test-support/browser.ts';
import {
  axeViolationsInEnglish,
  logIn,
  screenshots,
  useE2eApp,
} from '../../../test-support/e2e.ts';

describe.skipIf(!browserAvailable())(
  'early-warning alerts and the enforcement register in Chromium',
  () => {
    // the region registry gives the alert its gemeente's name and the register its map
    const app = useE2eApp({ name: 'alerts', env: { WEEGSCHAAL_PUBLIC_DATA: 'nl-regions' } });

    async function loginAsSecretariat(): Promise<{ page: Page; errors: string[] }> {
      const { page, errors } = await app.newPage();
      await logIn(page, app.server.url, 'demo-secretariaat');
      return { page, errors };
    }

    it(
      'the demo spike is an open EARS alert on the dashboard; the secretariat opens and acknowledges it; axe-clean',
      { timeout: 300_000 },
      async () => {
        // the public sees no alerts panel on the dashboard
        const anonymous = await app.newPage();
        await anonymous.page.goto(`${app.server.url}/societal-picture`);
        await anonymous.page
          .getByRole('heading', { level: 2, name: 'Stand van de maatschappij' })
          .waitFor();
        expect(await anonymous.page.getByTestId('alerts-panel').count()).toBe(0);

        const { page, errors } = await loginAsSecretariat();
        await page.goto(`${app.server.url}/societal-picture`);
        await page.getByRole('heading', { level: 2, name: 'Stand van de maatschappij' }).waitFor();
        const panel = page.getByTestId('alerts-panel');
        await panel.getByTestId('alerts-panel-list').waitFor();
        // the demo spike lies in Rotterdam (GM0599), and only there
        const links = panel.getByRole('link', { name: /Rotterdam \(GM0599\)/ });
        expect(await links.count()).toBeGreaterThan(0);
        expect(await panel.locator('li').filter({ hasNotText: 'GM0599' }).count()).toBe(0);
        expect(await panel.textContent()).toMatch(/EARS C[123]/);
        expect(await axeViolations(page)).toEqual([]);

        // open the EARS alert on the gemeente's total
        // the gemeente's total (not one domain's): "Signalen Rotterdam (GM0599), 2026-W46"
        await panel
          .getByRole('link', { name: /^Signalen Rotterdam \(GM0599\), \d{4}-W\d{2}$/ })
          .first()
          .click();
        await page.getByTestId('alert-title').waitFor();
        expect(await page.getByTestId('alert-title').textContent()).toContain('Rotterdam (GM0599)');
        await page
          .getByRole('img', { name: /bovengrens van de methode/ })
          .locator('canvas')
          .waitFor();
        const table = page.getByTestId('alert-data-table');
        expect(await table.locator('tbody tr').count()).toBeGreaterThan(20);
        expect(await table.locator('tbody tr[data-alarm]').count()).toBe(1);
        expect(await page.getByTestId('alert-facts').textContent()).toContain('Bovengrens');
        expect(await page.textContent('body')).toContain('above the upper bound');
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({ path: join(screenshots, 'alert-detail-nl.png'), fullPage: true });

        // acknowledging needs a note
        await page.getByRole('button', { name: 'Erkennen' }).click();
        await page.getByText('Vul een toelichting in.').waitFor();
        await page
          .getByLabel('Toelichting')
          .fill('Gezien; navragen bij de praktijkkring jongeren.');
        await page.getByRole('button', { name: 'Erkennen' }).click();
        await page.getByText('Beoordeling opgeslagen.').waitFor();
        await page.getByTestId('alert-status').filter({ hasText: 'Erkend' }).waitFor();
        expect(await page.getByTestId('alert-note').textContent()).toContain(
          'Gezien; navragen bij de praktijkkring jongeren. (door demo-secretariaat',
        );
        expect(await axeViolations(page)).toEqual([]);

        // the list shows it acknowledged; the open list no longer holds it
        await page.getByRole('link', { name: 'Terug naar alle alerts' }).click();
        await page.getByTestId('alerts-table').waitFor();
        await page.getByLabel('Status', { exact: true }).selectOption('acknowledged');
        await page.getByTestId('alert-row').first().waitFor();
        expect(await page.getByTestId('alert-row').count()).toBe(1);
        expect(await axeViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
      },
    );

    it(
      'shows the enforcement register with its map, table and stale review dates; axe-clean',
      { timeout: 180_000 },
      async () => {
        const { page, errors } = await loginAsSecretariat();
        await page.goto(`${app.server.url}/signals/enforcement-capacities`);
        await page
          .getByRole('heading', { level: 2, name: 'Register handhavings- en toezichtscapaciteit' })
          .waitFor();
        await page.getByTestId('enforcement-table').waitFor();
        expect(await page.textContent('body')).toContain('gegenereerde demodata');
        const stale = await page.locator('[data-testid="enforcement-row"][data-stale]').count();
        expect(stale).toBeGreaterThan(0);
        expect(await page.getByTestId('enforcement-stale-count').textContent()).toContain(
          `${stale} afspraken`,
        );
        await page
          .getByRole('img', { name: /fte per veiligheidsregio/i })
          .locator('canvas')
          .waitFor();
        expect(await page.textContent('body')).toContain('Rotterdam (GM0599)');
        expect(await axeViolations(page)).toEqual([]);
        await page.getByLabel('Alleen verlopen afspraken').check();
        expect(await page.getByTestId('enforcement-row').count()).toBe(stale);
        await page.screenshot({
          path: join(screenshots, 'enforcement-capacities-nl.png'),
          fullPage: true,
        });
        expect(await axeViolations(page)).toEqual([]);
        expect(await axeViolationsInEnglish(page)).toEqual([]);
        expect(errors).toEqual([]);
      },
    );
  },
);
