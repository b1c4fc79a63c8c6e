import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { axeViolations, browserAvailable } from '../../../test-support/browser.ts';
import { screenshots, useE2eApp } from '../../../test-support/e2e.ts';

describe.skipIf(!browserAvailable())('composite indices page in Chromium', () => {
  // the regions give the gemeente demo index its gemeenten
  const app = useE2eApp({ name: 'composite', env: { WEEGSCHAAL_PUBLIC_DATA: 'nl-regions' } });

  it(
    'shows an index with its band, contributions, definition and sensitivity, axe-clean',
    { timeout: 240_000 },
    async () => {
      const { page, errors } = await app.newPage();

      await page.goto(`${app.server.url}/societal-picture/composite-indices`);
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
