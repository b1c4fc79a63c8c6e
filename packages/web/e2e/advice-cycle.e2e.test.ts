import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, browserAvailable } from '../../../test-support/browser.ts';
import { logIn, screenshots, useE2eApp } from '../../../test-support/e2e.ts';

describe.skipIf(!browserAvailable())('advice cycle in Chromium', () => {
  const app = useE2eApp({
    name: 'advice',
    env: {
      WEEGSCHAAL_SHARED_DATA: '/nonexistent-shared-data',
    },
  });

  async function loginAs(username: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await logIn(page, app.server.url, username);
    return { context, page };
  }

  it(
    'secretariat sends one package; MIT and OMT members see the same root hash; the minister consents; axe-clean',
    { timeout: 300_000 },
    async () => {
      // the secretariat: login page, request form, package, sending
      const secretariat = await loginAs('demo-secretariaat');
      const s = secretariat.page;
      expect(s.url()).toBe(`${app.server.url}/advice`);
      await s.getByRole('heading', { name: 'Nieuwe adviesaanvraag' }).waitFor();
      expect(await axeViolations(s)).toEqual([]);
      await s.getByLabel('Titel').fill('Horeca en avondklok');
      await s
        .getByLabel('Adviesvraag')
        .fill('Welke maatregelen voor de horeca zijn proportioneel?');
      await s.getByLabel('Aanvragend ministerie').selectOption('VWS');
      const mcc = s.getByLabel('MCC waarvoor het advies is');
      await mcc.locator('option').first().waitFor({ state: 'attached' });
      const scope = s.getByRole('group', { name: 'Maatregelen in de vraag' }).getByRole('checkbox');
      await scope.first().waitFor();
      await scope.nth(0).check();
      await scope.nth(1).check();
      await s.getByRole('button', { name: 'Aanvraag registreren' }).click();
      await s.waitForURL(/\/advice\/requests\/[0-9a-f-]{36}$/);
      const requestUrl = s.url();
      await s
        .getByRole('heading', { name: 'Termijnen, teruggerekend vanaf de MCC' })
        .or(s.getByText('Termijnen, teruggerekend vanaf de MCC'))
        .first()
        .waitFor();
      await s.getByLabel('Documenten').setInputFiles({
        name: 'adviesvraag.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('De adviesvraag met bijlagen.'),
      });
      await s.getByRole('button', { name: 'Pakket verzegelen' }).click();
      await s.getByRole('button', { name: 'Verzenden aan OMT en MIT' }).click();
      await s.getByTestId('delivery-OMT').waitFor();
      const rootHash = (await s.getByTestId('root-hash').first().textContent()) ?? '';
      expect(rootHash).toMatch(/^[0-9a-f]{64}$/);
      expect(await s.getByTestId('parity').textContent()).toContain('the same root hash');
      expect(await axeViolations(s)).toEqual([]);
      await s.screenshot({
        path: join(screenshots, 'advice-request-secretariat.png'),
        fullPage: true,
      });
      await s.goto(`${app.server.url}/advice/calendar`);
      await s.getByTestId('calendar').waitFor();
      expect(await axeViolations(s)).toEqual([]);
      await secretariat.context.close();

      // both bodies: the same root hash, available at the same moment
      const seen: Record<string, { hash: string; moments: string[] }> = {};
      for (const username of ['demo-mit-lid', 'demo-omt-lid']) {
        const member = await loginAs(username);
        await member.page.goto(requestUrl);
        await member.page.getByTestId('delivery-MIT').waitFor();
        const rows = await member.page
          .getByTestId('deliveries')
          .locator('tbody tr')
          .allTextContents();
        seen[username] = {
          hash: (await member.page.getByTestId('root-hash').first().textContent()) ?? '',
          moments: rows,
        };
        expect(await axeViolations(member.page)).toEqual([]);
        await member.context.close();
      }
      expect(seen['demo-mit-lid']!.hash).toBe(rootHash);
      expect(seen['demo-omt-lid']!.hash).toBe(rootHash);
      expect(seen['demo-mit-lid']!.moments).toEqual(seen['demo-omt-lid']!.moments);

      // the OMT chair writes and sends confidential advice (through the API: there is no advice editor yet)
      const chair = await loginAs('demo-omt-voorzitter');
      const requestId = requestUrl.split('/').at(-1)!;
      const { csrfToken } = (await (
        await chair.page.request.get(`${app.server.url}/api/v1/sessions/current`)
      ).json()) as {
        csrfToken: string;
      };
      const headers = { 'x-csrf-token': csrfToken };
      const created = await chair.page.request.post(`${app.server.url}/api/v1/advisory-reports`, {
        headers,
        data: {
          requestId,
          body: 'OMT',
          title: 'OMT-advies horeca',
          sections: [{ key: 'advies', heading: 'Advies', text: 'Vertrouwelijk advies.' }],
          measureCodes: [],
          confidentiality: 'confidential',
        },
      });
      expect(created.status()).toBe(201);
      const reportId = ((await created.json()) as { id: string }).id;
      for (const status of ['adopted', 'sent']) {
        const t = await chair.page.request.post(
          `${app.server.url}/api/v1/advisory-reports/${reportId}/transitions`,
          {
            headers,
            data: { status },
          },
        );
        expect(t.status()).toBe(200);
      }
      await chair.context.close();

      // the minister of VWS consents on the consent page
      const minister = await loginAs('demo-minister-vws');
      const m = minister.page;
      await m.goto(`${app.server.url}/advice/consents`);
      await m.getByLabel('Advies').waitFor();
      expect(await axeViolations(m)).toEqual([]);
      await m.getByLabel('Gedeeld met').selectOption('mit-chair');
      await m.getByLabel('Geldig tot').fill('2099-12-31T18:00');
      await m.getByRole('button', { name: 'Instemming vastleggen' }).click();
      await m.getByTestId('consent-state').first().waitFor();
      expect(await m.getByTestId('consent-state').first().textContent()).toBe('geldig');
      expect(await axeViolations(m)).toEqual([]);
      await m.screenshot({
        path: join(screenshots, 'advice-consent-minister.png'),
        fullPage: true,
      });

      // the same pages in English: the language is kept across navigation
      await m.getByTestId('language-switch').click();
      expect(await m.locator('html').getAttribute('lang')).toBe('en');
      expect(await axeViolations(m)).toEqual([]);
      for (const path of ['/advice', '/advice/calendar', '/advice/publications', '/advice/audit']) {
        await m.goto(`${app.server.url}${path}`);
        await m.locator('main h2').first().waitFor();
        expect(await m.locator('html').getAttribute('lang')).toBe('en');
        expect(await axeViolations(m), path).toEqual([]);
      }
      await minister.context.close();

      // and the MIT chair can now read it
      const mitChair = await loginAs('demo-mit-voorzitter');
      const read = await mitChair.page.request.get(
        `${app.server.url}/api/v1/advisory-reports/${reportId}`,
      );
      expect(read.status()).toBe(200);
      await mitChair.context.close();
    },
  );
});
