import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { axeViolations, browserAvailable } from '../../../test-support/browser.ts';
import {
  axeViolationsInEnglish,
  logIn,
  screenshots,
  useE2eApp,
} from '../../../test-support/e2e.ts';

describe.skipIf(!browserAvailable())("citizens' dialogue in Chromium", () => {
  const app = useE2eApp({
    name: 'dialogue',
    // this test is about the demo framework; the public data sets have their own tests
    env: { WEEGSCHAAL_SHARED_DATA: '/nonexistent-shared-data' },
  });

  it(
    'a participant answers on a phone without an account; the MIT sees the weights per group; axe-clean',
    { timeout: 240_000 },
    async () => {
      const list = (await (await fetch(`${app.server.url}/api/v1/dialogues`)).json()) as {
        items: { id: string; participants: number }[];
      };
      const dialogue = list.items[0]!;

      const { page, errors } = await app.newPage({ width: 375, height: 667 });
      await page.goto(`${app.server.url}/weighing/dialogues/${dialogue.id}`);
      await page.getByRole('heading', { level: 2, name: /Burgerdialoog over waarden/ }).waitFor();
      expect(await page.getByTestId('dilemma').count()).toBe(6);
      await page.getByRole('radio', { name: 'Jongeren' }).check();
      const dilemmas = page.getByTestId('dilemma');
      // the first: future generations clearly over solidarity; the rest: equal
      await dilemmas
        .nth(0)
        .getByRole('radio', { name: /^Tweede:/ })
        .check();
      await dilemmas.nth(0).getByLabel('Hoeveel belangrijker?').selectOption('5');
      for (let k = 1; k < 6; k++)
        await dilemmas.nth(k).getByRole('radio', { name: 'Even belangrijk' }).check();
      // one column on a phone: nothing to scroll sideways
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      // the answers survive switching language; the form passes axe-core in English too
      expect(await axeViolationsInEnglish(page)).toEqual([]);
      await page.getByRole('button', { name: 'Send answers' }).click();
      await page.getByTestId('dialogue-thanks').waitFor();
      await page.screenshot({ path: join(screenshots, 'dialogue-phone.png'), fullPage: true });
      expect(errors).toEqual([]);

      // the results are for the MIT only
      const { page: mit, errors: mitErrors } = await app.newPage();
      await mit.goto(`${app.server.url}/weighing/dialogues/${dialogue.id}/results`);
      // the page's own refusal, not the demo banner (also an alert)
      await mit.getByRole('main').getByRole('alert').waitFor();
      await logIn(mit, app.server.url, 'demo-mit-lid');
      await mit.goto(`${app.server.url}/weighing/dialogues/${dialogue.id}/results`);
      await mit.getByTestId('dialogue-weights').waitFor();
      expect(await mit.getByTestId('dialogue-summary').textContent()).toContain(
        `${dialogue.participants + 1} deelnemers`,
      );
      const rows = await mit.getByTestId('dialogue-weights').locator('tbody th').allTextContents();
      // groups in code order (elderly, entrepreneurs, young-people), then everyone together
      expect(rows).toEqual(['Ouderen', 'Ondernemers', 'Jongeren', 'Iedereen']);
      await mit
        .getByRole('img', { name: /gewicht per criterium/ })
        .locator('canvas')
        .waitFor();
      // the demo framework is published: weights can only go into a draft version
      await mit.getByText(/alleen bij een conceptversie/).waitFor();
      expect(await axeViolations(mit)).toEqual([]);
      await mit.getByTestId('language-switch').click();
      await mit.getByRole('heading', { level: 3, name: 'Results per group' }).waitFor();
      expect(await axeViolations(mit)).toEqual([]);
      await mit.screenshot({ path: join(screenshots, 'dialogue-results.png'), fullPage: true });
      expect(mitErrors).toEqual([]);
    },
  );
});
