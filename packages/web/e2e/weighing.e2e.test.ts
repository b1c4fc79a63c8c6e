import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations, browserAvailable } from '../../../test-support/browser.ts';
import { logIn, screenshots, useE2eApp } from '../../../test-support/e2e.ts';

describe.skipIf(!browserAvailable())('weighing framework in Chromium', () => {
  const app = useE2eApp({
    name: 'weighing',
    env: {
      // this test is about the demo framework; the public data sets have their own tests
      WEEGSCHAAL_SHARED_DATA: '/nonexistent-shared-data',
    },
  });

  async function expectResults(page: Page, method: string) {
    await page.getByTestId('rankings-table').waitFor();
    expect(await page.getByTestId('results-version').textContent()).toContain(method);
    const headers = await page.getByTestId('rankings-table').locator('thead th').allTextContents();
    expect(headers).toEqual([
      'Plaats',
      'OMT: effectiviteit',
      'MIT: Gewogen som (MAVT)',
      'MIT: TOPSIS',
      'MIT: PROMETHEE II',
    ]);
    // five packages ranked on each side
    expect(await page.getByTestId('rankings-table').locator('tbody tr').count()).toBe(5);
    await page.getByTestId('flip-points').waitFor();
    expect(await page.getByTestId('flip-points').locator('dt').count()).toBe(4);
    await page.getByTestId('smaa-table').waitFor();
    expect(await page.getByTestId('smaa-table').locator('tbody tr').count()).toBe(5);
    await page
      .getByRole('img', { name: /rangacceptatie/ })
      .locator('canvas')
      .waitFor();
    // the rationale as a web page: quotable sentences and the weights with their rights
    await page.getByTestId('rationale-statements').waitFor();
    expect(await page.getByTestId('rationale-statements').locator('li').count()).toBeGreaterThan(3);
  }

  it(
    'logs in, opens the demo framework, weighs by swing and AHP, ranks under three rules, downloads the rationale',
    { timeout: 240_000 },
    async () => {
      const context = await app.browser.newContext({
        viewport: { width: 1280, height: 900 },
        acceptDownloads: true,
      });
      const page = await context.newPage();
      await logIn(page, app.server.url, 'demo-mit-lid');

      // the list, with the published demo framework
      await page.goto(`${app.server.url}/weighing`);
      await page.getByTestId('framework-list').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('link', { name: 'Demo-afwegingskader MIT' }).click();

      // the framework: values rest on rights, every score has its source
      await page.getByTestId('criteria-tree').waitFor();
      expect(await page.getByTestId('framework-version').textContent()).toContain(
        'Versie 1 (gepubliceerd)',
      );
      expect(await page.getByTestId('criterion-value-justice').textContent()).toContain('rust op');
      const firstCell = page.getByTestId('score-table').locator('details').first();
      await firstCell.locator('summary').click();
      expect(await firstCell.textContent()).toContain('OMT-inschatting');
      expect(await page.getByTestId('weight-sets').locator('tbody tr').count()).toBe(2);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(screenshots, 'weighing-framework.png'), fullPage: true });

      // a published version never changes: a new version copies scores and weights
      await page.getByLabel('Wijziging').fill('Nieuwe weging door het MIT (e2e).');
      await page.getByRole('button', { name: 'Nieuwe versie maken' }).click();
      await page.getByTestId('swing-form').waitFor();
      expect(await page.getByTestId('framework-version').textContent()).toContain(
        'Versie 2 (concept)',
      );
      expect(await axeViolations(page)).toEqual([]);

      // a value judgement is recorded with its written rationale; the author is the user
      await page.locator('#score-package').selectOption('gerichte-sluiting');
      await page.locator('#score-criterion').selectOption('value-solidarity');
      await page.locator('#score-value').fill('1');
      await page.locator('#score-rationale').fill('E2E: horeca en cultuur dragen samen de last.');
      await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
      await page.getByText('Opgeslagen.').waitFor();
      const judged = page
        .getByTestId('score-table')
        .locator('details', { hasText: 'E2E: horeca en cultuur dragen samen de last.' });
      expect(await judged.textContent()).toContain('demo-mit-lid');

      // swing weighting, with the weights shown as they are judged
      await page.locator('#swing-impact-domain-mental-health').fill('60');
      await page.locator('#swing-value-justice').fill('40');
      expect(await page.getByTestId('swing-weight-impact-domain-mental-health').textContent()).toBe(
        '30%',
      );
      await page.locator('#swing-label').fill('Swing e2e');
      await page.getByTestId('swing-form').getByRole('button').click();
      await page.waitForURL(/\/results\//);
      await expectResults(page, 'swing weighting');
      // every cell behind the rankings names its source: fiche versions link to the fiche
      await page.getByText('Bronnen per cel').click();
      const ficheLink = page
        .getByTestId('rationale-cells')
        .getByRole('link', { name: /^fiche / })
        .first();
      expect(await ficheLink.getAttribute('href')).toMatch(/^\/measures\/fiches\/[a-z-]+\/\d+$/);
      // every score in the rankings links to its working: the numbers that went in, with sources
      const firstMavtScore = page
        .getByTestId('rankings-table')
        .locator('tbody tr')
        .first()
        .locator('td')
        .nth(1)
        .getByRole('link');
      const anchor = (await firstMavtScore.getAttribute('href'))!;
      await firstMavtScore.click();
      const working = page.locator(anchor);
      expect(await working.getAttribute('open')).not.toBeNull();
      expect(await working.getByRole('link', { name: /^fiche / }).count()).toBeGreaterThan(0);
      expect(await working.textContent()).toContain('waardeoordeel');
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(screenshots, 'weighing-results.png'), fullPage: true });

      // the lexicographic rule: least societal impact among packages the OMT finds effective enough
      await page.locator('#required-effectiveness').selectOption('3');
      await page.getByTestId('lexicographic').waitFor();
      expect(await page.getByTestId('lexicographic').textContent()).toContain(
        'reach the required effectiveness 3',
      );
      expect(await axeViolations(page)).toEqual([]);

      // the rationale PDF, by content negotiation
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Onderbouwing downloaden (pdf)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('rationale-demo-mit-kader-v2.pdf');
      const pdf = readFileSync((await download.path())!);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(5000);

      // AHP: an inconsistent set of judgements is flagged, a consistent one is not
      await page.getByRole('link', { name: 'Terug naar het kader' }).click();
      await page.getByTestId('ahp-form').waitFor();
      const pair = (a: string, b: string) =>
        page.locator(`#ahp-impact-domain-${a}-impact-domain-${b}`);
      await pair('education', 'work-income').selectOption({ label: '9' });
      await pair('work-income', 'mental-health').selectOption({ label: '9' });
      await pair('education', 'mental-health').selectOption({ label: '1/9' });
      await page.getByTestId('ahp-cr-warning').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await pair('education', 'work-income').selectOption({ label: '3' });
      await pair('work-income', 'mental-health').selectOption({ label: '1' });
      await pair('education', 'mental-health').selectOption({ label: '3' });
      expect(await page.getByTestId('ahp-cr-warning').count()).toBe(0);
      expect(await page.getByTestId('ahp-cr').textContent()).toContain('0');
      await page.locator('#ahp-label').fill('AHP e2e');
      await page.getByTestId('ahp-form').getByRole('button').click();
      await page.waitForURL(/\/results\//);
      await expectResults(page, 'AHP');
      expect(await page.getByTestId('results-cr').textContent()).toMatch(/CR\): 0$/);
      expect(await axeViolations(page)).toEqual([]);
      // the same page in English
      await page.getByTestId('language-switch').click();
      await page.getByRole('heading', { name: 'Rankings side by side' }).waitFor();
      expect(await page.getByTestId('results-version').textContent()).toContain('(AHP)');
      expect(await axeViolations(page)).toEqual([]);
      await page.getByTestId('language-switch').click();
      await page.getByRole('heading', { name: 'Rangschikkingen naast elkaar' }).waitFor();

      // a new framework from scratch: the standard tree over the chosen packages, as a draft
      await page.goto(`${app.server.url}/weighing`);
      await page.locator('#fw-code').fill('e2e-kader');
      await page.locator('#fw-name-nl').fill('E2E-kader');
      await page.locator('#fw-name-en').fill('E2E framework');
      for (const code of [
        'avondlockdown',
        'harde-lockdown',
        'basismaatregelen',
        'bescherming-kwetsbaren',
        'gerichte-sluiting',
      ])
        await page.locator(`#fw-package-${code}`).check();
      await page.getByRole('button', { name: 'Kader aanmaken' }).click();
      await page.getByTestId('swing-form').waitFor();
      expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('E2E-kader');
      expect(await page.getByTestId('score-table').locator('thead th').count()).toBe(6);
      // effectiveness and impacts come from the measures data, each cell citing its source
      await page.locator('#fill-scenario').selectOption('winter-delta');
      await page.getByRole('button', { name: 'Scores ophalen' }).click();
      // five packages × (one effectiveness + thirteen impact criteria)
      await page.getByText('70 scores overgenomen uit de maatregelgegevens.').waitFor();
      // the second row is the first impact criterion
      const cell = page
        .getByTestId('score-table')
        .locator('tbody tr')
        .nth(1)
        .locator('details')
        .first();
      await cell.locator('summary').click();
      expect(await cell.getByRole('link').first().getAttribute('href')).toMatch(
        /^\/measures\/fiches\//,
      );
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    },
  );
});
