import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { axeViolations, browserAvailable } from '../../../test-support/browser.ts';
import {
  axeViolationsInEnglish,
  logIn,
  screenshots,
  useE2eApp,
} from '../../../test-support/e2e.ts';

describe.skipIf(!browserAvailable())('knowledge base in Chromium', () => {
  const app = useE2eApp({
    name: 'knowledge',
    env: { WEEGSCHAAL_SHARED_DATA: '/nonexistent-shared-data' },
  });

  it(
    'a ministry official searches in Dutch, sees marked snippets, opens a lesson with its links, and sees stale playbooks; axe-clean',
    { timeout: 300_000 },
    async () => {
      const { page, errors } = await app.newPage();
      await logIn(page, app.server.url, 'demo-ambtenaar-vws');

      await page.goto(`${app.server.url}/readiness/knowledge`);
      await page.getByTestId('knowledge-playbooks').waitFor();
      const stale = page.locator('[data-testid="knowledge-playbooks"] tr[data-status="stale"]');
      expect(await stale.count()).toBeGreaterThanOrEqual(1);
      expect((await stale.allTextContents()).join(' ')).toContain('verouderd');
      expect(await page.getByTestId('knowledge-lessons').textContent()).toContain('(demo)');
      expect(await axeViolations(page)).toEqual([]);

      // "school" finds "scholen": the stem is marked in the snippet
      await page.getByLabel('Zoek in dossiers, lessen en draaiboeken').fill('school');
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.waitForURL(/\/readiness\/knowledge\?q=school$/);
      await page.getByTestId('knowledge-hit').first().waitFor();
      const marks = await page.getByTestId('knowledge-results').locator('mark').allTextContents();
      expect(marks.map((m) => m.toLowerCase())).toContain('scholen');
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(screenshots, 'knowledge-search.png'), fullPage: true });

      await page
        .getByTestId('knowledge-results')
        .getByRole('link', { name: 'Scholen sluiten als laatste, openen als eerste' })
        .click();
      await page.waitForURL(/\/readiness\/knowledge\/lessons\/[0-9a-f-]{36}$/);
      await page.getByTestId('knowledge-item').waitFor();
      expect(await page.getByTestId('knowledge-item').textContent()).toContain(
        'Ministerie van OCW',
      );
      expect(await page.getByTestId('knowledge-links').textContent()).toContain(
        'Maatregel: Sluiting van scholen',
      );
      // a ministry reads the knowledge base but does not write it: no forms
      expect(await page.getByRole('button', { name: 'Wijzigen' }).count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(await axeViolationsInEnglish(page)).toEqual([]);
      expect(errors).toEqual([]);
    },
  );

  it(
    'the secretariat records a lesson with a link (a missing fiche refused at that link), finds it by Dutch full-text search and edits it; axe-clean in NL and EN',
    { timeout: 300_000 },
    async () => {
      const { page, errors } = await app.newPage();
      await logIn(page, app.server.url, 'demo-secretariaat');
      await page.goto(`${app.server.url}/readiness/knowledge`);
      await page
        .getByRole('link', { name: 'Nieuw dossier, nieuwe les of nieuw draaiboek vastleggen' })
        .click();
      await page.waitForURL(/\/readiness\/knowledge\/new$/);
      const form = page.getByTestId('knowledge-form');
      await form.waitFor();
      expect(await page.getByLabel('Soort item').inputValue()).toBe('lesson');
      expect(await axeViolations(page)).toEqual([]);

      const title = 'Werkgevers hoorden het thuiswerkadvies te laat';
      await form.getByLabel('Titel').fill(title);
      await form
        .getByLabel('Wat er gebeurde')
        .fill('Werkgevers lazen het nieuwe thuiswerkadvies pas in de krant.');
      await form
        .getByLabel('Wat we leerden')
        .fill('Stem adviezen over werkplekken eerst af met werkgeversorganisaties.');
      await form.getByLabel('Eigenaar van de opvolging').fill('Secretaris MIT');
      // one link to a measure, one to a fiche version that does not exist
      await form.getByRole('button', { name: 'Verwijzing toevoegen' }).click();
      await form.locator('#knowledge-link-0-measure').selectOption('werkplekken');
      await form.getByRole('button', { name: 'Verwijzing toevoegen' }).click();
      await form.getByLabel('Soort verwijzing').nth(1).selectOption('fiche');
      await form.locator('#knowledge-link-1-measure').selectOption('werkplekken');
      await form.getByLabel('Niveau van de fiche').fill('2');
      await form.getByLabel('Versie van de fiche').fill('99');
      expect(await axeViolations(page)).toEqual([]);
      await form.getByRole('button', { name: 'Vastleggen' }).click();
      const missing = form.locator('#knowledge-link-1-measure');
      await expect.poll(() => missing.getAttribute('aria-invalid')).toBe('true');
      expect(await form.locator('#knowledge-link-1-measure-error').textContent()).toContain(
        'werkplekken',
      );
      expect(await form.locator('#knowledge-link-0-measure').getAttribute('aria-invalid')).toBe(
        null,
      );
      // the summary names the link by what the reader sees, and its link moves focus there
      const summary = form.getByTestId('problem-summary');
      expect(await summary.textContent()).toMatch(/^Verwijzing 2 – Maatregel: .*werkplekken/);
      await summary.getByRole('link', { name: 'Verwijzing 2 – Maatregel' }).click();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id))
        .toBe('knowledge-link-1-measure');
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(screenshots, 'knowledge-form.png'), fullPage: true });
      await form.getByRole('button', { name: 'Verwijzing 2 weghalen' }).click();
      await form.getByRole('button', { name: 'Vastleggen' }).click();
      await page.waitForURL(/\/readiness\/knowledge\/lessons\/[0-9a-f-]{36}$/);
      const lessonUrl = page.url();
      await page.getByTestId('knowledge-item').waitFor();
      expect(await page.getByTestId('knowledge-links').textContent()).toContain(
        'Maatregel: Thuiswerken en sluiting werkplekken',
      );

      // found by the Dutch stem: "werkgever" finds "Werkgevers"
      await page.goto(`${app.server.url}/readiness/knowledge`);
      await page.getByLabel('Zoek in dossiers, lessen en draaiboeken').fill('werkgever');
      await page.getByRole('button', { name: 'Zoeken' }).click();
      const hit = page.getByTestId('knowledge-hit').filter({ hasText: title });
      await hit.waitFor();
      expect((await hit.locator('mark').allTextContents()).map((m) => m.toLowerCase())).toContain(
        'werkgevers',
      );

      // edit it from its page: status done, a follow-up; the link stays
      await hit.getByRole('link', { name: title }).click();
      await page.waitForURL(lessonUrl);
      await page.getByRole('button', { name: 'Wijzigen' }).click();
      const edit = page.getByTestId('knowledge-form');
      expect(await edit.getByLabel('Titel').inputValue()).toBe(title);
      expect(await edit.locator('#knowledge-link-0-measure').inputValue()).toBe('werkplekken');
      expect(await axeViolations(page)).toEqual([]);
      await edit.getByLabel('Status').selectOption('done');
      await edit.getByLabel('Opvolging', { exact: true }).fill('Afspraak met VNO-NCW vastgelegd.');
      await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await page.getByText('De wijzigingen zijn opgeslagen.').waitFor();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('role')))
        .toBe('status');
      const item = await page.getByTestId('knowledge-item').textContent();
      expect(item).toContain('afgerond');
      expect(item).toContain('Afspraak met VNO-NCW vastgelegd.');
      expect(await page.getByTestId('knowledge-links').textContent()).toContain(
        'Thuiswerken en sluiting werkplekken',
      );

      // both forms in English
      await page.getByRole('button', { name: 'Wijzigen' }).click();
      await page.getByTestId('knowledge-form').waitFor();
      expect(await axeViolationsInEnglish(page)).toEqual([]);
      await page.getByRole('link', { name: 'Knowledge base', exact: true }).first().click();
      await page.getByRole('link', { name: 'Record a new dossier, lesson or playbook' }).click();
      await page.getByTestId('knowledge-form').waitFor();
      await page.getByLabel('Kind of item').selectOption('playbook');
      await page.getByTestId('knowledge-form').getByLabel('Review by').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    },
  );
});
