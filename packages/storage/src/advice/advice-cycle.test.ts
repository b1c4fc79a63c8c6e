import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import {
  ANONYMOUS,
  checkPackage,
  demoCalendarExceptions,
  demoMeasures,
  demoMeetingSeries,
  expandCalendar,
} from '@weegschaal/core';
import type { AccountRole, Department, Occurrence, Principal } from '@weegschaal/core';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { DatabaseHandle } from '../database.ts';
import { createUser } from '../account/user-account.repository.ts';
import { upsertMeasure } from '../measure/measure.repository.ts';
import { addCalendarException, upsertMeetingSeries } from '../calendar/calendar.repository.ts';
import { createAdviceRequest } from './advice-request.repository.ts';
import {
  createInformationPackage,
  getInformationPackage,
  getPackageItemContent,
  sendInformationPackage,
} from './information-package.repository.ts';
import {
  coverageOfRequest,
  createAdvisoryReport,
  grantConsent,
  readAdvisoryReport,
  revokeConsent,
  transitionAdvisoryReport,
} from './advisory-report.repository.ts';
import { listAuditEvents, verifyAuditLog } from '../audit/audit-event.repository.ts';

const system = { userId: null, username: 'test', role: 'system' };
const t0 = new Date('2026-04-01T08:00:00Z');
const at = (hours: number) => new Date(t0.getTime() + hours * 3_600_000);

describe.each(testDatabaseTargets())('advice cycle on $kind', (target) => {
  let handle: DatabaseHandle;
  const people = new Map<string, Principal>();
  const as = (name: string) => people.get(name)!;
  let mcc: Occurrence;
  let requestId = '';
  let packageId = '';
  let omtReportId = '';

  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
    for (const m of demoMeasures().slice(0, 4)) await upsertMeasure(handle.db, m);
    for (const s of demoMeetingSeries()) await upsertMeetingSeries(handle.db, system, s, t0);
    for (const e of demoCalendarExceptions()) await addCalendarException(handle.db, system, e, t0);
    const accounts: [string, AccountRole, Department | null][] = [
      ['secretariaat', 'secretariat', null],
      ['omt-lid', 'omt-member', null],
      ['omt-voorzitter', 'omt-chair', null],
      ['mit-lid', 'mit-member', null],
      ['mit-voorzitter', 'mit-chair', null],
      ['minister-vws', 'minister', 'VWS'],
      ['minister-szw', 'minister', 'SZW'],
      ['ambtenaar-ezk', 'ministry-official', 'EZK'],
    ];
    for (const [username, role, department] of accounts) {
      const u = await createUser(
        handle.db,
        system,
        { username, displayName: username, role, department, password: 'test password 123' },
        t0,
      );
      people.set(username, { userId: u.id, username, role, department });
    }
    mcc = expandCalendar(
      demoMeetingSeries(),
      demoCalendarExceptions(),
      '2026-04-02',
      '2026-05-31',
    ).find((o) => o.kind === 'MCC')!;
  });
  afterAll(() => handle.close());

  it('registers a request with deadlines derived from the MCC it serves', async () => {
    const measures = demoMeasures()
      .slice(0, 3)
      .map((m) => m.code);
    await expect(
      createAdviceRequest(
        handle.db,
        as('ambtenaar-ezk'),
        {
          title: 'x',
          question: 'Welke maatregelen?',
          requestingDepartment: 'VWS',
          measureCodes: measures,
          bundleCodes: [],
          mccUid: mcc.uid,
          mccDate: mcc.date,
          addressees: ['OMT', 'MIT'],
        },
        t0,
      ),
    ).rejects.toThrow(/cannot request advice for VWS/);
    const request = await createAdviceRequest(
      handle.db,
      as('secretariaat'),
      {
        title: 'Advies over de horeca',
        question: 'Welke maatregelen voor de horeca zijn proportioneel?',
        requestingDepartment: 'VWS',
        measureCodes: measures,
        bundleCodes: [],
        mccUid: mcc.uid,
        mccDate: mcc.date,
        addressees: ['OMT', 'MIT'],
      },
      t0,
    );
    requestId = request.id;
    expect(request.mccAt).toBe(mcc.startsAt);
    expect(request.deadlines.map((d) => d.key)).toEqual([
      'package-due',
      'omt-meeting',
      'mit-meeting',
      'advice-due',
      'acc',
      'mcc',
    ]);
    const wrongUid = createAdviceRequest(
      handle.db,
      as('secretariaat'),
      { ...request, mccUid: 'demo-acc-2026-04-09@weegschaal', mccDate: mcc.date },
      t0,
    );
    await expect(wrongUid).rejects.toThrow(/not in the decision calendar/);
  });

  it('seals the package: item hashes and the root hash can be recomputed from the stored bytes', async () => {
    const document = new TextEncoder().encode('Adviesvraag, bijlage 1');
    const pkg = await createInformationPackage(
      handle.db,
      as('secretariaat'),
      {
        requestId,
        documents: [{ name: 'bijlage-1.txt', mediaType: 'text/plain', bytes: document }],
        includeSnapshot: true,
        note: '',
      },
      at(1),
    );
    packageId = pkg.id;
    expect(pkg.items.map((i) => i.name)).toEqual([
      'bijlage-1.txt',
      'snapshot-bundles.json',
      'snapshot-fiches.json',
      'snapshot-measures.json',
      'snapshot-omt-effectiveness.json',
    ]);
    const contents = new Map<string, Uint8Array>();
    for (const item of pkg.items) {
      contents.set(
        item.name,
        (await getPackageItemContent(handle.db, as('secretariaat'), pkg.id, item.name)).bytes,
      );
    }
    expect(await checkPackage(pkg, contents)).toMatchObject({
      ok: true,
      recomputedRootHash: pkg.rootHash,
    });
    const measures = JSON.parse(new TextDecoder().decode(contents.get('snapshot-measures.json')));
    expect(measures.map((m: { code: string }) => m.code)).toEqual(
      demoMeasures()
        .slice(0, 3)
        .map((m) => m.code),
    );
    // not sent yet: the bodies do not see it
    await expect(getInformationPackage(handle.db, as('omt-lid'), pkg.id)).rejects.toThrow(
      /does not exist/,
    );
  });

  it('delivers to both bodies in one moment with one root hash, and then cannot change', async () => {
    const sent = await sendInformationPackage(handle.db, as('secretariaat'), packageId, at(2));
    expect(sent.deliveries).toEqual([
      { body: 'MIT', availableAt: at(2).toISOString(), rootHash: sent.rootHash },
      { body: 'OMT', availableAt: at(2).toISOString(), rootHash: sent.rootHash },
    ]);
    const omt = await getInformationPackage(handle.db, as('omt-lid'), packageId);
    const mit = await getInformationPackage(handle.db, as('mit-lid'), packageId);
    expect(omt.rootHash).toBe(mit.rootHash);
    await expect(
      sendInformationPackage(handle.db, as('secretariaat'), packageId, at(3)),
    ).rejects.toThrow(/already sent/);
    await expect(
      sql`update information_package set note = 'edited' where id = ${packageId}`.execute(
        handle.db,
      ),
    ).rejects.toThrow(/immutable/);
    await expect(sql`update package_blob set size = 0`.execute(handle.db)).rejects.toThrow(
      /immutable/,
    );
    await expect(sql`delete from package_delivery`.execute(handle.db)).rejects.toThrow(/immutable/);
  });

  it('corrects by a new version sent to both, never by an edit', async () => {
    const v2 = await createInformationPackage(
      handle.db,
      as('secretariaat'),
      {
        requestId,
        documents: [
          {
            name: 'bijlage-1.txt',
            mediaType: 'text/plain',
            bytes: new TextEncoder().encode('Adviesvraag, bijlage 1 (gecorrigeerd)'),
          },
        ],
        includeSnapshot: true,
        note: 'correctie',
      },
      at(3),
    );
    expect(v2).toMatchObject({ version: 2, supersedesId: packageId, status: 'draft' });
    expect(v2.rootHash).not.toBe(
      (await getInformationPackage(handle.db, as('secretariaat'), packageId)).rootHash,
    );
    await expect(
      createInformationPackage(
        handle.db,
        as('secretariaat'),
        {
          requestId,
          documents: [{ name: 'a', mediaType: 'text/plain', bytes: new Uint8Array([1]) }],
          includeSnapshot: false,
          note: '',
        },
        at(3),
      ),
    ).rejects.toThrow(/not sent yet/);
    const sent = await sendInformationPackage(handle.db, as('secretariaat'), v2.id, at(4));
    expect(new Set(sent.deliveries.map((d) => d.availableAt))).toEqual(
      new Set([at(4).toISOString()]),
    );
  });

  it('keeps OMT advice from the MIT chair until the Minister of VWS consents, and only while the consent runs', async () => {
    const report = await createAdvisoryReport(
      handle.db,
      as('omt-lid'),
      {
        requestId,
        body: 'OMT',
        title: 'OMT-advies',
        sections: [
          { key: 'beeld', heading: 'Beeld', text: 'Het virus...' },
          { key: 'advies', heading: 'Advies', text: 'Sluit...' },
        ],
        measureCodes: demoMeasures()
          .slice(0, 2)
          .map((m) => m.code),
        confidentiality: 'confidential',
      },
      at(5),
    );
    omtReportId = report.id;
    await transitionAdvisoryReport(handle.db, as('omt-voorzitter'), report.id, 'adopted', at(6));
    await transitionAdvisoryReport(handle.db, as('omt-voorzitter'), report.id, 'sent', at(7));
    await expect(
      readAdvisoryReport(handle.db, as('mit-voorzitter'), report.id, at(8)),
    ).rejects.toThrow(/does not exist/);
    await expect(
      grantConsent(
        handle.db,
        as('minister-szw'),
        report.id,
        { sectionKeys: null, granteeRole: 'mit-chair', expiresAt: null, note: '' },
        at(8),
      ),
      // the advice is confidential to VWS: to another minister it does not exist (no leak)
    ).rejects.toThrow(/does not exist/);
    const consent = await grantConsent(
      handle.db,
      as('minister-vws'),
      report.id,
      {
        sectionKeys: ['beeld'],
        granteeRole: 'mit-chair',
        expiresAt: at(24).toISOString(),
        note: 'voor de ACC',
      },
      at(8),
    );
    const seen = await readAdvisoryReport(handle.db, as('mit-voorzitter'), report.id, at(9));
    expect(seen.sections.map((s) => s.key)).toEqual(['beeld']);
    expect(seen.withheldSectionKeys).toEqual(['advies']);
    const reads = await listAuditEvents(handle.db, {
      action: 'advisory-report.confidential-read',
      resourceId: report.id,
      limit: 10,
    });
    expect(reads.map((r) => [r.actorUsername, r.details['viaConsentIds']])).toEqual([
      ['mit-voorzitter', [consent.id]],
    ]);
    // expiry: the day after, the same consent opens nothing
    await expect(
      readAdvisoryReport(handle.db, as('mit-voorzitter'), report.id, at(24)),
    ).rejects.toThrow(/does not exist/);
    // revocation ends access at once, before the expiry
    const second = await grantConsent(
      handle.db,
      as('minister-vws'),
      report.id,
      { sectionKeys: null, granteeRole: 'mit-chair', expiresAt: null, note: '' },
      at(25),
    );
    expect(
      (await readAdvisoryReport(handle.db, as('mit-voorzitter'), report.id, at(25))).sections,
    ).toHaveLength(2);
    await revokeConsent(handle.db, as('minister-vws'), second.id, 'niet langer nodig', at(26));
    await expect(
      readAdvisoryReport(handle.db, as('mit-voorzitter'), report.id, at(26)),
    ).rejects.toThrow(/does not exist/);
    await expect(
      revokeConsent(handle.db, as('minister-vws'), second.id, 'opnieuw', at(27)),
    ).rejects.toThrow(/already revoked/);
    await expect(readAdvisoryReport(handle.db, ANONYMOUS, report.id, at(26))).rejects.toThrow(
      /does not exist/,
    );
  });

  it('shows where the OMT and MIT advice do not cover the same measures', async () => {
    const codes = demoMeasures()
      .slice(0, 4)
      .map((m) => m.code);
    await createAdvisoryReport(
      handle.db,
      as('mit-lid'),
      {
        requestId,
        body: 'MIT',
        title: 'MIT-advies',
        sections: [{ key: 'advies', heading: 'Advies', text: '...' }],
        measureCodes: [codes[1]!, codes[3]!],
        confidentiality: 'internal',
      },
      at(10),
    );
    const coverage = await coverageOfRequest(handle.db, requestId);
    expect(coverage).toMatchObject({
      omtReportId,
      inBoth: [codes[1]],
      onlyOmt: [codes[0]],
      onlyMit: [codes[3]],
      coveredByNeither: [codes[2]],
      aligned: false,
    });
  });

  it('leaves a verifiable audit trail of all of it', async () => {
    const verification = await verifyAuditLog(handle.db);
    expect(verification.ok).toBe(true);
    const actions = (await listAuditEvents(handle.db, { limit: 1000 })).map((e) => e.action);
    for (const a of [
      'advice-request.created',
      'information-package.sealed',
      'information-package.sent',
      'consent.granted',
      'consent.revoked',
    ]) {
      expect(actions).toContain(a);
    }
  });
});
