import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DomainError } from '@weegschaal/core';
import type { Principal } from '@weegschaal/core';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { DatabaseHandle } from '../database.ts';
import { createUser } from '../account/user-account.repository.ts';
import { upsertRegions } from '../region/region.repository.ts';
import {
  applySignalTransition,
  getSignal,
  listSignalClusters,
  listSignals,
  pseudonymSecret,
  scopeOf,
  signalHistory,
  submitSignal,
} from './signal.repository.ts';
import { signalWeeklyCounts } from './signal-count.repository.ts';
import { purgeExpiredSignalText } from './signal-retention.repository.ts';
import { SignalImportRejected, importSignalsCsv } from './signal-import.ts';

const NOW = new Date('2026-11-20T10:00:00Z');
const PII = {
  email: 'jan.jansen@example.nl',
  phone: '06-12345678',
  bsn: '111222333',
  iban: 'NL91 ABNA 0417 1643 00',
  postcode: '1234 AB 12',
};

describe.each(testDatabaseTargets())('signals on $kind', (target) => {
  let handle: DatabaseHandle;
  let secret: string;
  let reporter: Principal;
  let other: Principal;
  let mit: Principal;
  const account = async (username: string, role: Principal['role']): Promise<Principal> => {
    const user = await createUser(
      handle.db,
      { userId: null, username: 'test', role: 'system' },
      {
        username,
        displayName: username,
        role: role as never,
        department: null,
        password: 'test password 123',
      },
      NOW,
    );
    return { userId: user.id, username, role, department: null };
  };
  const submit = (who: Principal, input: Record<string, unknown>, now = NOW) =>
    submitSignal(handle.db, { input, reporterKey: who.userId!, circleId: null, now, secret });
  const base = {
    region: 'GM0363',
    observedOn: '2026-11-18',
    domain: 'social-cohesion-trust',
    targetGroup: 'young-people',
    knowledgeSource: 'seen',
    peopleCount: 12,
  };

  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
    secret = await pseudonymSecret(handle.db, {});
    reporter = await account('rep-a', 'practice-circle-reporter');
    other = await account('rep-b', 'practice-circle-reporter');
    mit = await account('mit-a', 'secretariat');
  });
  afterAll(() => handle.close());

  it('never stores the original personal data: not in any column of the signal nor its history', async () => {
    const text = `Jongeren hangen rond bij het plein; contact ${PII.email}, bel ${PII.phone}, BSN ${PII.bsn}, rekening ${PII.iban}, adres ${PII.postcode}.`;
    const { signal, scrubReport } = await submit(reporter, { ...base, text });
    expect(scrubReport.masked.map((m) => m.kind).sort()).toEqual([
      'bsn',
      'email',
      'iban',
      'phone',
      'postcode-house-number',
    ]);
    const rows = await sql<
      Record<string, unknown>
    >`select s.*, e.* from signal s join signal_event e on e.signal_id = s.id where s.id = ${signal.id}`.execute(
      handle.db,
    );
    const dump = JSON.stringify(rows.rows);
    for (const value of Object.values(PII)) expect(dump).not.toContain(value);
    expect(dump).not.toContain('0417'); // no part of the IBAN either
    expect(signal.text).toContain('[e-mailadres]');
    expect(signal.reporterPseudonym).toMatch(/^R-[0-9a-f]{16}$/);
    expect(dump).not.toContain(reporter.userId!);
  });

  it('reports every bad field with its location and stores nothing', async () => {
    const before = await listSignals(handle.db, {}, { page: 1, pageSize: 1 });
    const error = await submit(reporter, {
      text: '',
      region: '1234',
      observedOn: '2027-01-01',
      domain: 'x',
      targetGroup: 'y',
      knowledgeSource: 'z',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    const names = (error as DomainError).invalidParams.map((p) => p.name);
    expect(names).toEqual([
      'body.text',
      'body.region',
      'body.observedOn',
      'body.domain',
      'body.targetGroup',
      'body.knowledgeSource',
    ]);
    expect((error as DomainError).invalidParams[1]?.reason).toMatch(/postcode/);
    expect((await listSignals(handle.db, {}, { page: 1, pageSize: 1 })).total).toBe(before.total);
  });

  it('lets a reporter see only their own signals', async () => {
    const own = await submit(other, { ...base, text: 'Winkel in de straat sluit eerder.' });
    const scopeA = await scopeOf(handle.db, reporter);
    const scopeB = await scopeOf(handle.db, other);
    const listA = await listSignals(handle.db, {}, { page: 1, pageSize: 100 }, scopeA);
    expect(listA.items.map((s) => s.id)).not.toContain(own.signal.id);
    await expect(getSignal(handle.db, own.signal.id, scopeA)).rejects.toThrow(/does not exist/);
    expect((await getSignal(handle.db, own.signal.id, scopeB)).id).toBe(own.signal.id);
    const all = await listSignals(
      handle.db,
      {},
      { page: 1, pageSize: 100 },
      await scopeOf(handle.db, mit),
    );
    expect(all.total).toBe(2);
  });

  it('walks the workflow and refuses illegal steps, recording history', async () => {
    const { signal } = await submit(reporter, { ...base, text: 'Buurthuis dicht, bewoners boos.' });
    await expect(
      applySignalTransition(
        handle.db,
        signal.id,
        { to: 'interpreted', interpretation: 'x' },
        mit,
        NOW,
      ),
    ).rejects.toMatchObject({ kind: 'conflict' });
    await expect(
      applySignalTransition(
        handle.db,
        signal.id,
        { to: 'triaged', urgency: 'high' },
        reporter,
        NOW,
      ),
    ).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(
      applySignalTransition(handle.db, signal.id, { to: 'triaged' }, mit, NOW),
    ).rejects.toMatchObject({ kind: 'invalid-input' });
    const triaged = await applySignalTransition(
      handle.db,
      signal.id,
      { to: 'triaged', urgency: 'high', region: 'WK036301' },
      mit,
      NOW,
    );
    expect(triaged.dueAt).toBe('2026-11-23T10:00:00.000Z');
    expect(triaged.wijkCode).toBe('WK036301');
    const interpreted = await applySignalTransition(
      handle.db,
      signal.id,
      { to: 'interpreted', interpretation: 'Past bij de sluiting van voorzieningen.' },
      mit,
      NOW,
    );
    expect(interpreted.dueAt).toBeNull();
    const closed = await applySignalTransition(handle.db, signal.id, { to: 'closed' }, mit, NOW);
    expect(closed.status).toBe('closed');
    await expect(
      applySignalTransition(handle.db, signal.id, { to: 'triaged', urgency: 'low' }, mit, NOW),
    ).rejects.toMatchObject({ kind: 'conflict' });
    const history = await signalHistory(handle.db, signal.id);
    expect(history.map((e) => `${e.kind}:${e.toStatus ?? ''}`)).toEqual([
      'created:new',
      'transition:triaged',
      'transition:interpreted',
      'transition:closed',
    ]);
    expect(history[0]?.actorPseudonym).toBe(signal.reporterPseudonym);
    expect(history[1]?.actorAccountId).toBe(mit.userId);
  });

  it('clusters near duplicates in the same gemeente and period, not elsewhere', async () => {
    const text = 'Spanningen in de wijk na sluiting van het buurthuis, bewoners op het plein.';
    const a = await submit(reporter, { ...base, region: 'GM0599', text });
    const b = await submit(other, {
      ...base,
      region: 'GM0599',
      observedOn: '2026-11-16',
      text: `${text} Sfeer grimmig.`,
    });
    const c = await submit(other, { ...base, region: 'GM0518', text });
    expect(a.signal.clusterId).toBeNull();
    expect(b.signal.clusterId).not.toBeNull();
    expect((await getSignal(handle.db, a.signal.id)).clusterId).toBe(b.signal.clusterId);
    expect(c.signal.clusterId).toBeNull();
    const clusters = await listSignalClusters(handle.db, { gemeente: 'GM0599' });
    expect(clusters).toHaveLength(1);
    expect(clusters[0]?.memberCount).toBe(2);
  });

  it('counts per ISO week per region at gemeente and wijk level', async () => {
    const counts = await signalWeeklyCounts(handle.db, {
      level: 'gemeente',
      groupBy: { domain: false, targetGroup: false },
    });
    const gm0599 = counts.filter((c) => c.regionCode === 'GM0599');
    expect(gm0599).toEqual([
      { regionCode: 'GM0599', isoWeek: '2026-W47', domain: null, targetGroup: null, count: 2 },
    ]);
    const total = counts.reduce((n, c) => n + c.count, 0);
    const all = await listSignals(handle.db, {}, { page: 1, pageSize: 1 });
    expect(total).toBe(all.total);
    const wijk = await signalWeeklyCounts(handle.db, { level: 'wijk' });
    expect(wijk.map((c) => c.regionCode)).toEqual(['WK036301']);
    const land = await signalWeeklyCounts(handle.db, { level: 'land', fromWeek: '2026-W48' });
    expect(land).toEqual([]);
  });

  it('aggregates to veiligheidsregio and provincie through the region registry, and resolves names', async () => {
    const gemeente = (code: string, name: string, vr: string, pv: string) => ({
      code,
      name,
      displayName: null,
      level: 'gemeente' as const,
      parents: [
        { level: 'veiligheidsregio' as const, code: vr },
        { level: 'provincie' as const, code: pv },
      ],
      divisionFrom: 2023,
      divisionTo: null,
      border: false,
      shrinking: false,
      population: [],
    });
    const top = (code: string, level: 'veiligheidsregio' | 'provincie') => ({
      ...gemeente(code, code, '', ''),
      level,
      parents: [],
    });
    await upsertRegions(handle.db, [
      ...['VR13', 'VR15', 'VR17'].map((c) => top(c, 'veiligheidsregio')),
      ...['PV27', 'PV28'].map((c) => top(c, 'provincie')),
    ]);
    await upsertRegions(handle.db, [
      gemeente('GM0363', 'Amsterdam', 'VR13', 'PV27'),
      gemeente('GM0599', 'Rotterdam', 'VR17', 'PV28'),
      gemeente('GM0518', "'s-Gravenhage", 'VR15', 'PV28'),
    ]);
    const pv = await signalWeeklyCounts(handle.db, {
      level: 'provincie',
      groupBy: { domain: false, targetGroup: false },
    });
    const gm = await signalWeeklyCounts(handle.db, {
      level: 'gemeente',
      groupBy: { domain: false, targetGroup: false },
    });
    const sum = (rows: { regionCode: string; count: number }[], codes: string[]) =>
      rows.filter((r) => codes.includes(r.regionCode)).reduce((n, r) => n + r.count, 0);
    expect(sum(pv, ['PV28'])).toBe(sum(gm, ['GM0599', 'GM0518']));
    expect(sum(pv, ['PV27'])).toBe(sum(gm, ['GM0363']));
    const inVr17 = await listSignals(handle.db, { region: 'VR17' }, { page: 1, pageSize: 100 });
    expect(inVr17.items.every((s) => s.gemeenteCode === 'GM0599')).toBe(true);
    const byName = await submit(reporter, { ...base, region: 'rotterdam', text: 'Markt leeg.' });
    expect(byName.signal.gemeenteCode).toBe('GM0599');
    // with a registry, an unknown gemeente is refused
    await expect(submit(reporter, { ...base, region: 'GM9999', text: 'x' })).rejects.toMatchObject({
      kind: 'invalid-input',
    });
  });

  it('deletes texts past retention but keeps the counts', async () => {
    const before = await signalWeeklyCounts(handle.db, { level: 'gemeente' });
    const later = new Date(NOW.getTime() + 400 * 86_400_000);
    const report = await purgeExpiredSignalText(handle.db, later, 365);
    expect(report.purged).toBeGreaterThan(0);
    expect(report.kept).toBe(0);
    expect(await signalWeeklyCounts(handle.db, { level: 'gemeente' })).toEqual(before);
    const list = await listSignals(handle.db, {}, { page: 1, pageSize: 100 });
    expect(list.items.every((s) => s.text === null && s.textDeletedAt !== null)).toBe(true);
    expect((await purgeExpiredSignalText(handle.db, later, 365)).purged).toBe(0);
  });

  it('imports CSV all or nothing, locating every bad row', async () => {
    const before = (await listSignals(handle.db, {}, { page: 1, pageSize: 1 })).total;
    const bad = [
      'text,region,observed_on,domain,target_group,people_count,knowledge_source,circle_code',
      `Goed signaal bel ${PII.phone},GM0363,2026-11-10,education,young-people,3,seen,`,
      'Fout domein,GM0363,2026-11-10,weather,young-people,,told,',
      'Fout aantal,GM0363,2026-11-10,education,elderly,-2,media,nope',
    ].join('\n');
    const error = await importSignalsCsv(handle.db, bad, {
      file: 'x.csv',
      reporterKey: mit.userId!,
      now: NOW,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignalImportRejected);
    expect(
      (error as SignalImportRejected).errors.map((e) => `${e.row}:${e.column}:${e.value}`),
    ).toEqual(['3:domain:weather', '4:circle_code:nope', '4:people_count:-2']);
    expect((await listSignals(handle.db, {}, { page: 1, pageSize: 1 })).total).toBe(before);
    const good = bad.split('\n').slice(0, 2).join('\n');
    const report = await handle.db
      .transaction()
      .execute((trx) =>
        importSignalsCsv(trx, good, { file: 'x.csv', reporterKey: mit.userId!, now: NOW }),
      );
    expect(report.imported).toBe(1);
    const stored = await getSignal(handle.db, report.references[0]!);
    expect(stored.text).toBe('Goed signaal bel [telefoonnummer]');
  });

  it('takes today as the Dutch calendar day: just after midnight in Amsterdam, today is not the future', async () => {
    // 23:30 UTC on 23 November is 00:30 on 24 November in Amsterdam
    const justAfterMidnight = new Date('2026-11-23T23:30:00Z');
    const { signal } = await submit(
      reporter,
      { ...base, observedOn: '2026-11-24', text: 'Nachtelijke onrust bij het station.' },
      justAfterMidnight,
    );
    expect(signal.observedOn).toBe('2026-11-24');
    const error = await submit(
      reporter,
      { ...base, observedOn: '2026-11-25', text: 'Te vroeg.' },
      justAfterMidnight,
    ).catch((e: unknown) => e);
    expect((error as DomainError).invalidParams[0]).toMatchObject({ name: 'body.observedOn' });
  });
});
