import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, browserAvailable } from '../../../test-support/browser.ts';
import { logIn, screenshots, useE2eApp } from '../../../test-support/e2e.ts';

const PHONE = { width: 375, height: 667 };
const DESKTOP = { width: 1280, height: 900 };

describe.skipIf(!browserAvailable())('signals in Chromium', () => {
  // the regions give the intake its gemeenten and the overview its map
  const app = useE2eApp({ name: 'signals', env: { WEEGSCHAAL_PUBLIC_DATA: 'nl-regions' } });

  async function loginAs(
    username: string,
    viewport: { width: number; height: number },
  ): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await app.browser.newContext({ viewport });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await logIn(page, app.server.url, username);
    return { context, page, errors };
  }

  /** Nothing on the page is wider than the screen: no sideways scrolling on a phone. */
  const horizontalOverflow = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

  it(
    'a reporter submits a signal from a phone, personal data removed; the secretariat triages, interprets and closes it; axe-clean',
    { timeout: 420_000 },
    async () => {
      // the reporter, on a phone
      const reporter = await loginAs('demo-praktijkkring', PHONE);
      const r = reporter.page;
      await r.goto(`${app.server.url}/signals/new`);
      await r.getByRole('heading', { level: 3, name: 'Nieuw signaal' }).waitFor();
      // the gemeenten have arrived when the suggestions are there
      await r.locator('datalist option[value="Enschede (GM0153)"]').waitFor({ state: 'attached' });
      expect(await r.getByText('De oorspronkelijke tekst wordt nooit bewaard').count()).toBe(1);
      expect(await horizontalOverflow(r)).toBeLessThanOrEqual(0);
      expect(await axeViolations(r)).toEqual([]);

      await r
        .getByLabel('Wat heeft u gezien of gehoord?')
        .fill(
          'Jongeren in de wijk hangen ’s avonds op straat sinds de sportclub dicht is; ' +
            'een moeder belde mij op 06-12345678 en mailde j.devries@example.nl.',
        );
      // a gemeente picked on the map fills the name field; the middle of the map is land
      await r.getByText('Of kies de gemeente op de kaart').click();
      const map = r.getByRole('img', { name: /Kaart van de gemeenten/ }).locator('canvas');
      await map.waitFor();
      const box = (await map.boundingBox())!;
      await map.click({ position: { x: box.width / 2, y: box.height / 2 } });
      await r.getByText(/^Gekozen: .+ \(GM\d{4}\)$/).waitFor();
      expect(await r.getByLabel('Gemeente', { exact: true }).inputValue()).toMatch(/\(GM\d{4}\)$/);
      // typing another name replaces it
      await r.getByLabel('Gemeente', { exact: true }).fill('Enschede (GM0153)');
      await r.getByText('Gekozen: Enschede (GM0153)').waitFor();
      await r.getByLabel('Groep').selectOption('young-people');
      await r.getByLabel('Domein').selectOption('social-cohesion-trust');
      await r.getByLabel('Om hoeveel mensen gaat het?').fill('15');
      await r.getByRole('radio', { name: 'Zelf gezien' }).check();
      expect(await horizontalOverflow(r)).toBeLessThanOrEqual(0);
      await r.getByRole('button', { name: 'Signaal versturen' }).click();

      await r.getByTestId('intake-done').waitFor();
      const reference = (await r.getByTestId('signal-reference').textContent()) ?? '';
      expect(reference).toMatch(/^SIG-\d{4}-\d{6}$/);
      const stored = (await r.getByTestId('stored-text').textContent()) ?? '';
      expect(stored).not.toContain('06-12345678');
      expect(stored).not.toContain('example.nl');
      expect(stored).toContain('sportclub dicht');
      expect(await r.getByTestId('scrubbed-phone').textContent()).toBe('telefoonnummers: 1');
      expect(await r.getByTestId('scrubbed-email').textContent()).toBe('e-mailadressen: 1');
      expect(await horizontalOverflow(r)).toBeLessThanOrEqual(0);
      expect(await axeViolations(r)).toEqual([]);
      await r.screenshot({ path: join(screenshots, 'signals-intake-phone.png'), fullPage: true });

      // the same form in English, still on the phone
      await r.getByRole('button', { name: 'Nog een signaal melden' }).click();
      await r.getByTestId('language-switch').click();
      await r.getByRole('heading', { level: 3, name: 'New signal' }).waitFor();
      expect(await r.locator('html').getAttribute('lang')).toBe('en');
      expect(await axeViolations(r)).toEqual([]);
      expect(reporter.errors).toEqual([]);
      await reporter.context.close();

      // the secretariat finds it in the queue
      const secretariat = await loginAs('demo-secretariaat', DESKTOP);
      const s = secretariat.page;
      await s.goto(`${app.server.url}/signals/triage`);
      await s.getByTestId('queue-count').waitFor();
      expect(await axeViolations(s)).toEqual([]);
      await s.getByLabel('Status').selectOption('new');
      await s.getByLabel('Gemeente', { exact: true }).fill('Enschede (GM0153)');
      const link = s.getByRole('link', { name: reference, exact: true });
      await link.waitFor();
      expect(await axeViolations(s)).toEqual([]);
      await s.screenshot({ path: join(screenshots, 'signals-triage-queue.png'), fullPage: true });
      await link.click();
      await s.waitForURL(/\/signals\/[0-9a-f-]{36}$/);

      // classify → triaged
      await s.getByRole('heading', { name: `Signaal ${reference}` }).waitFor();
      expect(await s.getByTestId('signal-text').textContent()).toBe(stored);
      expect(await axeViolations(s)).toEqual([]);
      await s.getByLabel('Urgentie').selectOption('high');
      await s.getByLabel('Behandelaar').selectOption({ label: 'mijzelf' });
      await s.getByRole('button', { name: 'Classificeren en triëren' }).click();
      await s.getByTestId('signal-status').getByText('getrieerd').waitFor();
      await s.getByTestId('due-on-time').first().waitFor();

      // interpret → interpreted, with a linked indicator
      await s
        .getByLabel('Duiding', { exact: true })
        .fill('Past bij de dalende cijfers over vertrouwen; vergelijkbare signalen uit Twente.');
      await s
        .getByRole('group', { name: 'Gekoppelde indicatoren' })
        .getByRole('checkbox')
        .first()
        .check();
      await s.getByRole('button', { name: 'Duiding vastleggen' }).click();
      await s.getByTestId('signal-status').getByText('geduid').waitFor();
      expect(await s.getByTestId('signal-interpretation').textContent()).toContain(
        'dalende cijfers',
      );
      expect(await axeViolations(s)).toEqual([]);

      // close → closed; the history holds every step
      await s.getByLabel('Toelichting').fill('Doorgezet naar de gemeente.');
      await s.getByRole('button', { name: 'Signaal afsluiten' }).click();
      await s.getByTestId('signal-status').getByText('afgesloten').waitFor();
      const history = await s.getByTestId('signal-history').locator('tbody tr').allTextContents();
      expect(history.some((h) => h.includes('gemeld'))).toBe(true);
      for (const step of ['nieuw → getrieerd', 'getrieerd → geduid', 'geduid → afgesloten'])
        expect(
          history.some((h) => h.includes(step)),
          step,
        ).toBe(true);
      expect(history.some((h) => h.includes('Doorgezet naar de gemeente.'))).toBe(true);
      expect(await axeViolations(s)).toEqual([]);
      await s.screenshot({ path: join(screenshots, 'signals-detail.png'), fullPage: true });

      // the overview: counts per week, the map with GROS and krimp marked, and their tables
      await s.goto(`${app.server.url}/signals`);
      await s.getByTestId('signals-weekly').waitFor();
      await s.getByTestId('signals-demo').waitFor();
      await s.getByTestId('map-marks').waitFor();
      await s
        .getByRole('img', { name: /Kaart: aantal signalen per gemeente/ })
        .locator('canvas')
        .waitFor();
      const regionTable = s.getByTestId('signals-region-table');
      await regionTable.locator('summary').click();
      const enschede = regionTable.locator('tbody tr', { hasText: 'GM0153' });
      // Enschede lies on the German border and is no krimp gemeente
      expect(await enschede.locator('td').allTextContents()).toEqual(
        expect.arrayContaining(['GM0153', 'ja', 'nee']),
      );
      expect(await axeViolations(s)).toEqual([]);
      await s.screenshot({ path: join(screenshots, 'signals-overview.png'), fullPage: true });

      // the region page of the demo spike
      await s.goto(`${app.server.url}/signals/regions/GM0599`);
      await s.getByRole('heading', { level: 2, name: 'Signalen in Rotterdam' }).waitFor();
      await s.getByTestId('region-weekly').waitFor();
      expect(await axeViolations(s)).toEqual([]);

      // and in English
      await s.getByTestId('language-switch').click();
      await s.getByRole('heading', { level: 2, name: 'Signals in Rotterdam' }).waitFor();
      expect(await axeViolations(s)).toEqual([]);
      for (const [path, ready] of [
        ['/signals', 'signals-region-table'],
        ['/signals/triage', 'queue-count'],
      ] as const) {
        await s.goto(`${app.server.url}${path}`);
        await s.getByTestId(ready).waitFor();
        expect(await s.locator('html').getAttribute('lang')).toBe('en');
        expect(await axeViolations(s), path).toEqual([]);
      }
      expect(secretariat.errors).toEqual([]);
      await secretariat.context.close();
    },
  );
});
