import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { axeViolations, browserAvailable } from '../../../test-support/browser.ts';
import {
  axeViolationsInEnglish,
  logIn,
  screenshots,
  useE2eApp,
} from '../../../test-support/e2e.ts';

describe.skipIf(!browserAvailable())('readiness and drills in Chromium', () => {
  const app = useE2eApp({
    name: 'readiness',
    env: { WEEGSCHAAL_SHARED_DATA: '/nonexistent-shared-data' },
  });

  it(
    'the secretariat sees stale items flagged, runs a drill with timings, and the real state stays dormant; axe-clean',
    { timeout: 300_000 },
    async () => {
      const { page: s, errors } = await app.newPage();
      await logIn(s, app.server.url, 'demo-secretariaat');

      // the overview: stale items highlighted with their reason, the state, the last drill
      await s.goto(`${app.server.url}/readiness`);
      await s.getByTestId('readiness-items').waitFor();
      expect(await s.getByTestId('organisation-state').textContent()).toBe('Slapend');
      const stale = s.locator('[data-testid="readiness-item"][data-status="stale"]');
      expect(await stale.count()).toBe(3);
      expect(await s.getByTestId('stale-count').textContent()).toBe('3');
      for (const text of await stale.getByTestId('readiness-status').allTextContents())
        expect(text).toMatch(/^Verouderd/);
      const reasons = (await stale.allTextContents()).join(' ');
      expect(reasons).toContain('Detacheringsafspraak met VWS moest op');
      expect(reasons).toContain('Beoordeling was nodig op');
      expect(
        await s.getByTestId('last-drill-timings').getByTestId('time-to-quorum').textContent(),
      ).toMatch(/^1 u 35 min/);
      expect(await axeViolations(s)).toEqual([]);
      await s.screenshot({ path: join(screenshots, 'readiness-overview.png'), fullPage: true });

      // start a drill: everyone with a channel is called up
      await s.getByRole('link', { name: 'Oefeningen en activering' }).click();
      await s.getByRole('heading', { name: 'Nieuwe oefening' }).waitFor();
      expect(await axeViolations(s)).toEqual([]);
      await s
        .getByTestId('start-drill')
        .getByLabel('Toelichting')
        .fill('Oefening in de browsertest');
      await s.getByRole('button', { name: 'Oefening starten' }).click();
      await s.waitForURL(/\/readiness\/drills\/[0-9a-f-]{36}$/);
      const drillUrl = s.url();
      await s.getByTestId('call-ups').waitFor();
      expect(await s.getByTestId('call-up').count()).toBe(12);
      expect(await s.getByTestId('drill-timings').getByTestId('time-to-quorum').textContent()).toBe(
        'niet bereikt',
      );

      // confirmations: the chair, the vice-chair, three members (a quorum) and two of the secretariat
      const confirmed = s.locator('[data-testid="call-up"][data-confirmed="true"]');
      const people = [
        'Demo-voorzitter Jansen (fictief)',
        'Demo-vicevoorzitter de Vries (fictief)',
        'Demo-lid Bakker (fictief)',
        'Demo-lid Visser (fictief)',
        'Demo-lid Smit (fictief)',
        'Demo-secretaris Mulder (fictief)',
        'Demo-analist Vos (fictief)',
      ];
      for (const [i, name] of people.entries()) {
        await s.getByRole('button', { name: `Bevestiging vastleggen voor ${name}` }).click();
        await expect.poll(() => confirmed.count()).toBe(i + 1);
      }
      expect(
        await s.getByTestId('drill-timings').getByTestId('time-to-quorum').textContent(),
      ).toMatch(/^\d+ min/);
      expect(await axeViolations(s)).toEqual([]);

      await s.getByRole('button', { name: 'Oefening afronden' }).click();
      await s
        .getByText(/^Afgerond op/)
        .or(s.getByTestId('drill-status').getByText(/Afgerond op/))
        .first()
        .waitFor();
      expect(await s.getByRole('heading', { name: 'Tijden van deze ronde' }).count()).toBe(1);
      const timings = s.getByTestId('drill-timings');
      expect(await timings.getByTestId('time-to-quorum').textContent()).toMatch(/^\d+ min/);
      expect(await timings.getByTestId('time-to-staffed').textContent()).toBe('niet bereikt');
      expect(await timings.textContent()).toContain('alle 5 functies bevestigd (2 bevestigd)');
      expect(await s.getByRole('button', { name: /Bevestiging vastleggen/ }).count()).toBe(0);
      expect(await axeViolations(s)).toEqual([]);
      await s.screenshot({ path: join(screenshots, 'readiness-drill.png'), fullPage: true });

      // the drill is listed and is now the last drill; the real organisation never moved
      await s.goto(`${app.server.url}/readiness/drills`);
      await s.getByTestId('activations').waitFor();
      expect(await s.getByTestId('activation-row').count()).toBe(2);
      await s.goto(`${app.server.url}/readiness`);
      await s.getByTestId('readiness-items').waitFor();
      expect(await s.getByTestId('organisation-state').textContent()).toBe('Slapend');
      expect(
        await s.getByRole('link', { name: 'Details van de oefening' }).getAttribute('href'),
      ).toBe(new URL(drillUrl).pathname);
      const state = await s.evaluate(() =>
        fetch('/api/v1/organisation-state').then(
          (r) => r.json() as Promise<{ state: string; history: unknown[] }>,
        ),
      );
      expect(state).toMatchObject({ state: 'dormant', history: [] });

      // a new checklist item never reviewed is stale from the start, with that reason
      await s.getByLabel('Onderdeel').fill('Crisiscommunicatie afgestemd');
      await s.getByLabel('Eigenaar').fill('Secretaris MIT');
      await s.getByRole('button', { name: 'Punt toevoegen' }).click();
      await expect.poll(() => stale.count()).toBe(4);
      expect(
        await s.getByRole('row', { name: /Crisiscommunicatie afgestemd/ }).textContent(),
      ).toContain('Nooit door de eigenaar beoordeeld.');

      // the organisation and the expert pool, labelled demo
      for (const path of ['/readiness/organisation', '/readiness/experts']) {
        await s.goto(`${app.server.url}${path}`);
        await s.locator('table').first().waitFor();
        expect(await s.textContent('main')).toContain('(demo)');
        expect(await axeViolations(s), path).toEqual([]);
      }
      const experts = s.getByTestId('experts').locator('tbody tr');
      expect(await experts.count()).toBe(11);
      // an expert is recorded with consent; a consent that ends before it starts is refused,
      // and the summary names the field by its label and links to it
      await s.getByRole('button', { name: 'Expert toevoegen' }).click();
      const expertForm = s.getByTestId('expert-form');
      await expertForm.getByLabel('Naam', { exact: true }).fill('Demo-expert Nieuw (fictief)');
      await expertForm.getByLabel('Functie of organisatie').fill('Demo-universiteit');
      await expertForm.getByLabel('E-mailadres of telefoonnummer').fill('nieuw@demo.example.org');
      await expertForm.getByLabel('Toestemming gegeven op').fill('2026-01-01');
      await expertForm.getByLabel('Toestemming geldig tot').fill('2025-01-01');
      await expertForm.getByRole('button', { name: 'Expert en toestemming vastleggen' }).click();
      const summary = expertForm.getByTestId('problem-summary');
      await summary.waitFor();
      expect(await summary.textContent()).toBe(
        'Toestemming geldig tot: must lie after consent.givenOn',
      );
      await summary.getByRole('link', { name: 'Toestemming geldig tot' }).click();
      await expect
        .poll(() => s.evaluate(() => document.activeElement?.id))
        .toBe('expert-consent-expires');
      await expertForm.getByLabel('Toestemming geldig tot').fill('2028-01-01');
      await expertForm.getByRole('button', { name: 'Expert en toestemming vastleggen' }).click();
      await expect.poll(() => experts.count()).toBe(12);
      expect(await s.getByText('Demo-expert Nieuw (fictief) is opgeslagen.').count()).toBe(1);

      // change an expert's availability: the form shows what the table shows, no more, and the
      // date the contact was last verified survives the replacement
      const verifiedBefore = await s.evaluate(() =>
        fetch('/api/v1/experts').then((r) =>
          r
            .json()
            .then(
              (b: { items: { name: string; contactVerifiedOn: string | null }[] }) =>
                b.items.find((e) => e.name === 'Demo-expert 3 (fictief)')?.contactVerifiedOn,
            ),
        ),
      );
      expect(verifiedBefore).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      await s.getByRole('button', { name: 'Wijzigen: Demo-expert 3 (fictief)' }).click();
      const editForm = s.getByTestId('expert-form');
      await expect
        .poll(() => s.evaluate(() => document.activeElement?.textContent))
        .toBe('Expert wijzigen: Demo-expert 3 (fictief)');
      expect(await editForm.getByLabel('Naam', { exact: true }).inputValue()).toBe(
        'Demo-expert 3 (fictief)',
      );
      expect(await editForm.getByLabel('Beschikbaarheid').inputValue()).toBe('available');
      expect(await editForm.getByLabel('Contact geverifieerd op').count()).toBe(0);
      expect(await axeViolations(s)).toEqual([]);
      await editForm.getByLabel('Beschikbaarheid').selectOption('unavailable');
      await editForm.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      const third = s.getByTestId('experts').getByRole('row', { name: /Demo-expert 3 / });
      await expect.poll(() => third.textContent()).toContain('niet beschikbaar');
      expect(await s.getByText('Demo-expert 3 (fictief) is opgeslagen.').count()).toBe(1);
      const stored = await s.evaluate(() =>
        fetch('/api/v1/experts').then((r) =>
          r
            .json()
            .then(
              (b: { items: { name: string; availability: string; contactVerifiedOn: string }[] }) =>
                b.items.find((e) => e.name === 'Demo-expert 3 (fictief)'),
            ),
        ),
      );
      expect(stored).toMatchObject({
        availability: 'unavailable',
        contactVerifiedOn: verifiedBefore,
      });

      // remove the new expert: asked once more in its row; focus lands on the announcement
      await s.getByRole('button', { name: 'Verwijderen: Demo-expert Nieuw (fictief)' }).click();
      await s.getByRole('button', { name: 'Ja, Demo-expert Nieuw (fictief) verwijderen' }).click();
      await expect.poll(() => experts.count()).toBe(11);
      await expect
        .poll(() => s.evaluate(() => document.activeElement?.textContent))
        .toBe('Demo-expert Nieuw (fictief) is verwijderd.');

      // the edit form, refused, in both languages: the English summary names the English label
      await s.getByRole('button', { name: 'Wijzigen: Demo-expert 5 (fictief)' }).click();
      await editForm.getByLabel('Toestemming geldig tot').fill('2000-01-01');
      await editForm.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await summary.waitFor();
      expect(await summary.textContent()).toMatch(/^Toestemming geldig tot: /);
      expect(await axeViolations(s)).toEqual([]);
      expect(await axeViolationsInEnglish(s)).toEqual([]);
      expect(await summary.textContent()).toMatch(/^Consent valid until: /);
      await editForm.getByRole('button', { name: 'Cancel' }).click();
      expect(await editForm.count()).toBe(0);
      expect(errors).toEqual([]);
    },
  );

  it(
    'the secretariat adds a committee role, changes an agreement and removes the role in the web forms; refusals at their field; axe-clean in NL and EN',
    { timeout: 300_000 },
    async () => {
      // an MIT member reads the roster but does not change it: no forms, no row actions
      const { page: member } = await app.newPage();
      await logIn(member, app.server.url, 'demo-mit-lid');
      await member.goto(`${app.server.url}/readiness/organisation`);
      await member.getByTestId('committee-roles').waitFor();
      await member.getByTestId('secretariat-positions').waitFor();
      expect(
        await member
          .getByRole('button')
          .filter({ hasText: /toevoegen|Wijzigen/ })
          .count(),
      ).toBe(0);
      expect(await member.getByRole('columnheader', { name: 'Acties' }).count()).toBe(0);
      await member.context().close();

      const { page: s, errors } = await app.newPage();
      await logIn(s, app.server.url, 'demo-secretariaat');
      await s.goto(`${app.server.url}/readiness/organisation`);
      const roles = s.getByTestId('committee-roles').locator('tbody tr');
      await roles.first().waitFor();
      const before = await roles.count();

      // add a role; a chair without the office that holds it is refused at that very field
      await s.getByRole('button', { name: 'Commissierol toevoegen' }).click();
      const roleForm = s.getByTestId('role-form');
      await roleForm.waitFor();
      expect(await axeViolations(s)).toEqual([]);
      await roleForm.getByLabel('Soort rol').selectOption('chair');
      await roleForm.getByLabel('Benaming van de rol').fill('Demo-lid Wijk (fictief)');
      await roleForm.getByRole('button', { name: 'Rol toevoegen' }).click();
      const byFunction = roleForm.getByLabel('Uit hoofde van');
      await expect.poll(() => byFunction.getAttribute('aria-invalid')).toBe('true');
      const reason = 'the chair is fixed by function: name the office';
      expect(await roleForm.getByTestId('field-error').textContent()).toBe(reason);
      expect(await byFunction.getAttribute('aria-describedby')).toContain('role-by-function-error');
      const roleSummary = roleForm.getByTestId('problem-summary');
      expect(await roleSummary.textContent()).toBe(`Uit hoofde van: ${reason}`);
      await roleSummary.getByRole('link', { name: 'Uit hoofde van' }).click();
      await expect
        .poll(() => s.evaluate(() => document.activeElement?.id))
        .toBe('role-by-function');
      expect(await axeViolations(s)).toEqual([]);
      await s.screenshot({ path: join(screenshots, 'readiness-roster-form.png'), fullPage: true });
      await roleForm.getByLabel('Soort rol').selectOption('member');
      await roleForm.getByLabel('Naam van wie de functie vervult').fill('Demo-lid Wijk (fictief)');
      await roleForm.getByLabel('Aandachtsgebied').selectOption('sport');
      await roleForm.getByLabel('E-mailadres of telefoonnummer').fill('wijk@demo.example.org');
      await roleForm.getByRole('button', { name: 'Rol toevoegen' }).click();
      await expect.poll(() => roles.count()).toBe(before + 1);
      const added = s.getByTestId('committee-roles').getByRole('row', { name: /Demo-lid Wijk/ });
      expect(await added.textContent()).toContain('Sport');
      expect(await added.textContent()).toContain('e-mail: wijk@demo.example.org');
      expect(await s.getByTestId('role-form').count()).toBe(0);

      // change the FTE of the VWS agreement; the table shows the new number
      await s.getByRole('button', { name: 'Wijzigen: VWS' }).click();
      const agreementForm = s.getByTestId('agreement-form');
      const fte = agreementForm.getByLabel('Fte');
      expect(await fte.inputValue()).toBe('2');
      expect(await axeViolations(s)).toEqual([]);
      await fte.fill('2,5');
      await agreementForm.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      const vws = s.getByTestId('secondment-agreements').getByRole('row', { name: /VWS/ });
      await expect.poll(() => vws.locator('td').first().textContent()).toBe('2,5');
      expect(await s.getByText('VWS is opgeslagen.').count()).toBe(1);
      const stored = await s.evaluate(() =>
        fetch('/api/v1/secondment-agreements').then(
          (r) => r.json() as Promise<{ items: { department: string; fte: number }[] }>,
        ),
      );
      expect(stored.items.find((a) => a.department === 'VWS')?.fte).toBe(2.5);

      // remove the role: asked once more in its row, then gone from the table
      await s.getByRole('button', { name: 'Verwijderen: Demo-lid Wijk (fictief)' }).click();
      await s.getByRole('button', { name: 'Ja, Demo-lid Wijk (fictief) verwijderen' }).click();
      await expect.poll(() => roles.count()).toBe(before);
      expect(await s.getByText('Demo-lid Wijk (fictief) is verwijderd.').count()).toBe(1);
      // the removed row took the focused button with it: focus lands on the announcement
      await expect
        .poll(() => s.evaluate(() => document.activeElement?.textContent))
        .toBe('Demo-lid Wijk (fictief) is verwijderd.');

      // the position form, in both languages
      await s.getByRole('button', { name: 'Secretariaatsfunctie toevoegen' }).click();
      await s.getByTestId('position-form').waitFor();
      expect(await axeViolations(s)).toEqual([]);
      expect(await axeViolationsInEnglish(s)).toEqual([]);
      expect(await s.getByTestId('position-form').getByLabel('Secondment agreement').count()).toBe(
        1,
      );
      expect(errors).toEqual([]);
    },
  );

  it(
    'the secretariat activates the real organisation after confirming, declares it active, scales down and returns it to dormant; axe-clean',
    { timeout: 300_000 },
    async () => {
      const { page: s, errors } = await app.newPage();
      await logIn(s, app.server.url, 'demo-secretariaat');
      const state = () => s.getByTestId('organisation-state').textContent();

      // a real activation is offered next to the drill, and only after an explicit confirmation
      await s.goto(`${app.server.url}/readiness/drills`);
      const form = s.getByTestId('start-activation');
      await form.waitFor();
      expect(await axeViolations(s)).toEqual([]);
      expect(await axeViolationsInEnglish(s)).toEqual([]);
      await s.getByTestId('language-switch').click(); // back to Dutch
      await s.locator('html[lang="nl"]').waitFor({ state: 'attached' });
      await form.getByLabel('Toelichting').fill('Crisis in de browsertest');
      await form.getByRole('button', { name: 'MIT activeren' }).click();
      // the browser refuses the unticked, required confirmation: nothing is sent
      expect(
        await form
          .getByLabel('Ik bevestig dat dit een echte activering is en geen oefening.')
          .evaluate((el) => (el as HTMLInputElement).validity.valueMissing),
      ).toBe(true);
      expect(s.url()).toMatch(/\/readiness\/drills$/);
      await form
        .getByLabel('Ik bevestig dat dit een echte activering is en geen oefening.')
        .check();
      await form.getByRole('button', { name: 'MIT activeren' }).click();
      await s.waitForURL(/\/readiness\/drills\/[0-9a-f-]{36}$/);
      await s.getByTestId('call-ups').waitFor();
      expect(await s.getByTestId('drill-status').textContent()).toMatch(/^Activering/);

      // the organisation is activating; a false alarm could be cancelled from the overview
      await s.goto(`${app.server.url}/readiness`);
      await s.getByTestId('readiness-items').waitFor();
      expect(await state()).toBe('Wordt geactiveerd');
      const actions = s.getByTestId('state-actions');
      await actions.getByRole('button', { name: 'Activering afbreken (loos alarm)' }).waitFor();
      expect(await actions.getByRole('button').count()).toBe(1);

      // finishing the call-up round declares the MIT active
      await s.goBack();
      await s.getByRole('button', { name: 'Oproepronde afronden en MIT actief verklaren' }).click();
      await s
        .getByTestId('drill-status')
        .getByText(/Afgerond op/)
        .waitFor();
      await s.goto(`${app.server.url}/readiness`);
      await s.getByTestId('readiness-items').waitFor();
      expect(await state()).toBe('Actief');

      // scaling down is asked once more; the answer is announced and takes focus
      await actions.getByRole('button', { name: 'Afschalen' }).click();
      expect(await actions.textContent()).toContain(
        'Weet u het zeker? De stand wordt: Schaalt af.',
      );
      expect(await axeViolations(s)).toEqual([]);
      expect(await axeViolationsInEnglish(s)).toEqual([]);
      expect(await actions.textContent()).toContain(
        'Are you sure? The state becomes: Scaling down.',
      );
      await s.getByTestId('language-switch').click(); // back to Dutch
      await s.locator('html[lang="nl"]').waitFor({ state: 'attached' });
      await actions.getByRole('button', { name: 'Ja, afschalen' }).click();
      await expect.poll(state).toBe('Schaalt af');
      await expect
        .poll(() => s.evaluate(() => document.activeElement?.textContent))
        .toBe('De stand van de organisatie is nu: Schaalt af.');
      await actions.getByRole('button', { name: 'Terug naar slapend' }).click();
      await actions.getByRole('button', { name: 'Nee, niet wijzigen' }).click();
      expect(await state()).toBe('Schaalt af');
      await actions.getByRole('button', { name: 'Terug naar slapend' }).click();
      await actions.getByRole('button', { name: 'Ja, terug naar slapend' }).click();
      await expect.poll(state).toBe('Slapend');

      // the whole cycle is in the state's history, newest first
      const history = await s.evaluate(() =>
        fetch('/api/v1/organisation-state').then((r) =>
          r.json().then((b: { history: { event: string }[] }) => b.history.map((h) => h.event)),
        ),
      );
      expect(history).toEqual([
        'return-to-dormant',
        'start-scaling-down',
        'declare-active',
        'start-activation',
      ]);
      expect(errors).toEqual([]);
    },
  );
});
