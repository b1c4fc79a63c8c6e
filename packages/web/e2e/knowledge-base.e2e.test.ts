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
      expect(await axeViolations(page)).toEqual([]);
      expect(await axeViolationsInEnglish(page)).toEqual([]);
      expect(errors).toEqual([]);
    },
  );
});
