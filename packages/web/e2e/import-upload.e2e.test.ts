import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { axeViolations, browserAvailable } from '../../../test-support/browser.ts';
import {
  axeViolationsInEnglish,
  logIn,
  screenshots,
  useE2eApp,
} from '../../../test-support/e2e.ts';

/** Dutch notation; 'Gemeente' and 'Aantal' are no names the importer knows: they need mapping */
const csv = (thirdRegion: string) =>
  [
    'Onderwerp;Gemeente;Jaar;Aantal',
    'loneliness;GM0363;2021;12,5',
    'loneliness;GM0599;2021;13,1',
    `loneliness;${thirdRegion};2021;11,0`,
    'loneliness;GM0518;2021;10,4',
  ].join('\n');

const upload = (text: string) => ({
  name: 'eenzaamheid.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(text, 'utf8'),
});

describe.skipIf(!browserAvailable())('web upload with preview and mapping in Chromium', () => {
  const app = useE2eApp({ name: 'import-upload', env: { WEEGSCHAAL_PUBLIC_DATA: 'nl-regions' } });

  it(
    'previews, maps, dry-runs with a located rejection, imports the fix and lists the batch',
    { timeout: 240_000 },
    async () => {
      const { page, errors } = await app.newPage();
      await logIn(page, app.server.url, 'demo-secretariaat');
      await page.goto(`${app.server.url}/societal-picture/imports/new`);
      await page.getByRole('heading', { level: 2, name: 'Bestand importeren' }).waitFor();

      // 1. the server reads the file: Dutch notation, the first rows with their line numbers
      await page.getByLabel('Bestand', { exact: true }).setInputFiles(upload(csv('GM9999')));
      await page.getByRole('button', { name: 'Bestand lezen' }).click();
      const preview = page.getByTestId('import-preview');
      await preview.waitFor();
      expect(await page.getByTestId('import-detected').textContent()).toContain('Nederlands');
      expect(await preview.locator('tbody tr').count()).toBe(4);
      expect(await preview.locator('tbody tr').first().textContent()).toContain('2loneliness');
      // 2. detected columns pre-filled, the rest mapped by hand
      expect(await page.getByLabel('Indicator', { exact: true }).inputValue()).toBe('Onderwerp');
      expect(await page.getByLabel('Periode', { exact: true }).inputValue()).toBe('Jaar');
      expect(await page.getByLabel('Regio', { exact: true }).inputValue()).toBe('');
      await page.getByLabel('Regio', { exact: true }).selectOption('Gemeente');
      await page.getByLabel('Waarde', { exact: true }).selectOption('Aantal');
      expect(await page.getByLabel('Decimaalteken').inputValue()).toBe(',');
      expect(await axeViolations(page)).toEqual([]);

      // 3. the dry run names the bad row: line 4, column Gemeente, value GM9999, the reason
      await page.getByRole('button', { name: 'Proefimport uitvoeren' }).click();
      const rejections = page.getByTestId('import-rejections');
      await rejections.waitFor();
      const cells = await rejections
        .locator('tbody tr')
        .first()
        .locator('th, td')
        .allTextContents();
      expect(cells.slice(0, 3)).toEqual(['4', 'Gemeente', 'GM9999']);
      expect(cells[3]).toContain('unknown-region');
      expect(await rejections.locator('tbody tr').count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Importeren', exact: true }).count()).toBe(0);
      await page.screenshot({
        path: join(screenshots, 'import-upload-dry-run.png'),
        fullPage: true,
      });
      expect(await axeViolations(page)).toEqual([]);

      // 4. the corrected file keeps the mapping; a clean dry run, then the import
      await page.getByLabel('Bestand', { exact: true }).setInputFiles(upload(csv('GM0014')));
      await page.getByRole('button', { name: 'Bestand lezen' }).click();
      await page.getByTestId('import-preview').getByText('GM0014').waitFor();
      expect(await page.getByLabel('Regio', { exact: true }).inputValue()).toBe('Gemeente');
      expect(await page.getByLabel('Waarde', { exact: true }).inputValue()).toBe('Aantal');
      await page.getByRole('button', { name: 'Proefimport uitvoeren' }).click();
      await page.getByText('Geen afgekeurde rijen').waitFor();
      await page.getByRole('button', { name: 'Importeren', exact: true }).click();

      // 5. the batch list shows the new batch, applied, by whom, with its rollback
      await page.waitForURL(/\/societal-picture\/imports\?batch=\d+/);
      const id = new URL(page.url()).searchParams.get('batch')!;
      await page.getByText(`Batch ${id} is geïmporteerd`).waitFor();
      const row = page.getByTestId(`batch-${id}`);
      await row.waitFor();
      const text = await row.textContent();
      expect(text).toContain('eenzaamheid.csv');
      expect(text).toContain('demo-secretariaat');
      expect(text).toContain('toegepast');
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: `Batch ${id} terugdraaien` }).click();
      await page.getByText(`Batch ${id} is teruggedraaid: 4 waarnemingen verwijderd.`).waitFor();
      await row.getByText('teruggedraaid').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await axeViolationsInEnglish(page)).toEqual([]);
      expect(errors).toEqual([]);
    },
  );
});
