import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { axeViolations, browserAvailable } from '../../../test-support/browser.ts';
import { logIn, screenshots, useE2eApp } from '../../../test-support/e2e.ts';

interface LadderEntry {
  id: string;
  measureCode: string;
  level: number;
  position: number;
}

describe.skipIf(!browserAvailable())(
  'fiches, impact ladder, matrix and bundles in Chromium',
  () => {
    const app = useE2eApp({
      name: 'fiche',
      env: {
        // this test is about the demo fiches; the public data sets have their own tests
        WEEGSCHAAL_SHARED_DATA: '/nonexistent-shared-data',
      },
    });

    it(
      'edits a fiche, adopts it and sees it climb the impact ladder; every page axe-clean',
      { timeout: 240_000 },
      async () => {
        const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        // editing needs an account since access control: log in as the demo secretariat
        await logIn(page, app.server.url, 'demo-secretariaat');

        // the least harmful measure-level whose fiche is not in review can be edited
        const api = async <T>(path: string): Promise<T> =>
          (await fetch(`${app.server.url}/api/v1${path}`)).json() as Promise<T>;
        const ladder = await api<{ entries: LadderEntry[] }>('/impact-ladder');
        const fiches = await api<{
          items: { measureCode: string; level: number; latestStatus: string }[];
        }>('/fiches');
        const target = [...ladder.entries]
          .reverse()
          .find((e) =>
            fiches.items.some(
              (f) =>
                f.measureCode === e.measureCode &&
                f.level === e.level &&
                f.latestStatus !== 'in-review',
            ),
          );
        if (!target) throw new Error('no editable fiche on the demo ladder');

        await page.goto(`${app.server.url}/measures/impact-ladder`);
        const row = page.getByTestId(`ladder-row-${target.id}`);
        await row.waitFor();
        expect(Number(await row.locator('td').first().textContent())).toBe(target.position);
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({ path: join(screenshots, 'impact-ladder-nl.png'), fullPage: false });

        await page.goto(`${app.server.url}/measures/fiches/${target.measureCode}/${target.level}`);
        await page.getByTestId('fiche-status').waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await page.getByTestId('edit-fiche').click();
        await page.getByTestId('save-fiche').waitFor();
        expect(await axeViolations(page)).toEqual([]);

        // the editor validates before it sends: an empty author is refused with a summary
        await page.getByTestId('save-fiche').click();
        await page.locator('#error-summary').getByText('author').waitFor();

        const impacts = page.locator('[data-testid^="impact-"]');
        const count = await impacts.count();
        for (let i = 0; i < count; i += 1) {
          await page.locator(`#field-impacts-${i}-shortTerm`).selectOption('-3');
          await page.locator(`#field-impacts-${i}-longTerm`).selectOption('-3');
          await page.locator(`#field-impacts-${i}-uncertainty`).selectOption('low');
        }
        await page.locator('#field-author').fill('E2E-redacteur');
        await page
          .locator('#field-changeNote')
          .fill('Zwaardere gevolgen gemeld door praktijkkringen');
        await page.getByTestId('save-fiche').click();

        await page
          .getByTestId('transition-in-review')
          .waitFor()
          .catch(async (error: unknown) => {
            await page.screenshot({
              path: join(screenshots, 'fiche-save-failed.png'),
              fullPage: true,
            });
            throw new Error(
              `${String(error)}\n${await page.locator('#error-summary').textContent()}`,
            );
          });
        expect(await page.getByTestId('fiche-status').textContent()).toBe('concept');
        await page.locator('#workflow-author').fill('E2E-voorzitter');
        await page.locator('#workflow-reason').fill('Klaar voor review');
        await page.getByTestId('transition-in-review').click();
        await page.getByTestId('transition-adopted').waitFor();
        await page.locator('#workflow-reason').fill('Vastgesteld in de vergadering');
        await page.getByTestId('transition-adopted').click();
        await page.getByText('vastgesteld', { exact: true }).first().waitFor();
        expect(await axeViolations(page)).toEqual([]);

        await page.goto(`${app.server.url}/measures/impact-ladder`);
        await row.waitFor();
        const after = Number(await row.locator('td').first().textContent());
        expect(after).toBeLessThan(target.position);

        // print view, matrix and bundles: rendered, labelled and axe-clean
        await page.goto(
          `${app.server.url}/measures/fiches/${target.measureCode}/${target.level}/print`,
        );
        await page.getByTestId('factsheet').waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('nav').first().isVisible()).toBe(false);
        await page.screenshot({ path: join(screenshots, 'fiche-print.png'), fullPage: true });
        await page.emulateMedia({ media: 'screen' });

        await page.goto(`${app.server.url}/measures/matrix`);
        await page.getByTestId('matrix-table').waitFor();
        // the chart's code loads lazily after the table: wait for it rather than race it
        await page.getByRole('img', { name: /Spreidingsdiagram/ }).waitFor();
        expect(
          await page.locator('[data-testid="matrix-table"] tr.ws-best').count(),
        ).toBeGreaterThan(0);
        await page.locator('#matrix-compare').selectOption('zomer-omikron');
        await page.getByText('In vergelijkingsscenario').waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({ path: join(screenshots, 'matrix-nl.png'), fullPage: false });

        await page.goto(`${app.server.url}/measures/bundles`);
        await page.getByTestId('most-burdened').waitFor();
        expect(
          await page.locator('[data-testid="bundle-effects"] tr[data-source="derived"]').count(),
        ).toBeGreaterThan(0);
        expect(await axeViolations(page)).toEqual([]);

        await page.getByTestId('language-switch').click();
        await page.getByRole('heading', { name: 'Bundles of measures' }).waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await page.goto(`${app.server.url}/measures/fiches`);
        await page.getByTestId('fiche-table').waitFor();
        expect(await axeViolations(page)).toEqual([]);
        // the other measures pages in English too: the language stays chosen across pages
        await page.goto(`${app.server.url}/measures/impact-ladder`);
        await row.waitFor();
        expect(await page.locator('html').getAttribute('lang')).toBe('en');
        expect(await axeViolations(page)).toEqual([]);
        await page.goto(`${app.server.url}/measures/fiches/${target.measureCode}/${target.level}`);
        await page.getByTestId('fiche-status').waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await page.goto(
          `${app.server.url}/measures/fiches/${target.measureCode}/${target.level}/print`,
        );
        await page.getByTestId('factsheet').waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await page.goto(`${app.server.url}/measures/matrix`);
        await page.getByTestId('matrix-table').waitFor();
        await page.getByRole('img', { name: /Scatter plot/ }).waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({ path: join(screenshots, 'matrix-en.png'), fullPage: false });

        expect(errors).toEqual([]);
        await context.close();
      },
    );
  },
);
