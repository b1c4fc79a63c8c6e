import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { DomainError } from '@weegschaal/core';
import type { Region } from '@weegschaal/core';
import { testRegion } from '../../../../test-support/test-region.ts';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { DatabaseHandle } from '../database.ts';
import { upsertRegions } from '../region/region.repository.ts';
import { ensureIndicatorCatalogue } from '../indicator/indicator.repository.ts';
import { listObservations } from '../observation/observation.repository.ts';
import { getImportBatch, listImportBatches } from './import-batch.repository.ts';
import { importObservations, rollbackImportBatch } from './observation-importer.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

const region = (code: string, level: Region['level'], parents: Region['parents'] = []) =>
  testRegion(code, { level, parents });

describe.each(testDatabaseTargets())('observation import on $kind', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
    await ensureIndicatorCatalogue(handle.db);
    await upsertRegions(handle.db, [
      region('NL01', 'land'),
      region('GM0363', 'gemeente', [{ level: 'land', code: 'NL01' }]),
      region('GM0014', 'gemeente', [{ level: 'land', code: 'NL01' }]),
    ]);
  });
  afterAll(() => handle.close());

  const run = (fileName: string, content: Uint8Array | string, extra = {}) =>
    importObservations(handle.db, {
      fileName,
      bytes: typeof content === 'string' ? bytes(content) : content,
      createdBy: 'test',
      ...extra,
    });

  it('imports a Dutch CSV (;, decimal comma, dd-mm-jjjj) as one applied batch', async () => {
    const report = await run(
      'nl.csv',
      'indicator;regio;periode;waarde;status\n' +
        'consumer-confidence;NL01;01-03-2021;-18,5;voorlopig\n' +
        'reproduction-number;NL01;15-03-2021;1,05;\n',
    );
    expect(report).toMatchObject({ status: 'applied', format: 'observations-csv' });
    expect(report.dialect?.convention).toBe('dutch');
    expect(report.counts).toMatchObject({ rowsRead: 2, observationsNew: 2, rejectedRows: 0 });
    const stored = await listObservations(handle.db, {
      region: 'NL01',
      indicator: 'consumer-confidence',
    });
    expect(stored).toMatchObject([
      { period: { key: '2021-03' }, value: -18.5, status: 'provisional', revision: 1, demo: false },
    ]);
  });

  it('keeps revisions: a changed value is a new revision, the latest is the default view', async () => {
    const v1 = await run(
      'intl-1.csv',
      'indicator,region,period,value\nconsumer-confidence,NL01,2021-04,-15\n',
    );
    const v2 = await run(
      'intl-2.csv',
      'indicator,region,period,value,status\nconsumer-confidence,NL01,2021-04,-14.5,final\n',
    );
    const same = await run(
      'intl-3.csv',
      'indicator,region,period,value,status\nconsumer-confidence,NL01,2021-04,-14.5,final\n',
    );
    expect(v1.counts.observationsNew).toBe(1);
    expect(v2.counts).toMatchObject({ observationsNew: 0, observationsRevised: 1 });
    expect(same.counts).toMatchObject({ observationsRevised: 0, observationsUnchanged: 1 });
    const filter = { indicator: 'consumer-confidence', from: '2021-04-01', to: '2021-04-30' };
    expect((await listObservations(handle.db, filter)).map((o) => [o.value, o.revision])).toEqual([
      [-14.5, 2],
    ]);
    const history = await listObservations(handle.db, { ...filter, includeRevisions: true });
    expect(history.map((o) => [o.value, o.revision, o.batchId])).toEqual([
      [-14.5, 2, v2.batchId],
      [-15, 1, v1.batchId],
    ]);
  });

  it('imports XLSX, reading numbers and dates from the cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('observations');
    sheet.addRow(['indicator', 'region', 'period', 'value']);
    sheet.addRow(['positive-tests', 'GM0363', new Date(Date.UTC(2021, 0, 5)), 120]);
    sheet.addRow(['positive-tests', 'GM0014', '05-01-2021', 7]);
    const file = new Uint8Array(await workbook.xlsx.writeBuffer());
    const report = await run('cases.xlsx', file);
    expect(report).toMatchObject({ status: 'applied', format: 'xlsx' });
    const stored = await listObservations(handle.db, {
      indicator: 'positive-tests',
      from: '2021-01-05',
      to: '2021-01-05',
    });
    expect(stored.map((o) => [o.regionCode, o.value])).toEqual([
      ['GM0014', 7],
      ['GM0363', 120],
    ]);
  });

  it('imports CBS OData v4 JSON', async () => {
    const odata = {
      '@odata.context': 'https://datasets.cbs.nl/odata/v1/CBS/82242NED/$metadata#Observations',
      value: [
        { Id: 1, Measure: 'bankruptcies', Value: 212, Perioden: '2021MM05', RegioS: 'NL01  ' },
        { Id: 2, Measure: 'bankruptcies', Value: 198, Perioden: '2021MM06', RegioS: 'NL01  ' },
      ],
    };
    const report = await run('82242NED.json', JSON.stringify(odata));
    expect(report).toMatchObject({ status: 'applied', format: 'cbs-odata' });
    expect(report.counts.observationsNew).toBe(2);
  });

  it('rejects the whole batch for any bad row and keeps every rejected row with its place', async () => {
    const before = (await listObservations(handle.db)).length;
    const report = await run(
      'bad.csv',
      'indicator,region,period,value\n' +
        'positive-tests,GM0363,2021-02-01,10\n' +
        'unknown-thing,GM0363,2021-02-01,1\n' +
        'positive-tests,GM9999,2021-02-01,1\n' +
        'positive-tests,GM0363,2021-02-01,11\n' +
        'reproduction-number,NL01,2021-02-01,42\n' +
        'sewage-rna,GM0363,2021-02-03,5\n',
    );
    expect(report.status).toBe('rejected');
    expect(report.counts.rejectedRows).toBe(5);
    expect(await listObservations(handle.db)).toHaveLength(before);
    const stored = await getImportBatch(handle.db, report.batchId!);
    expect(stored.status).toBe('rejected');
    expect(stored.rejections.map((r) => [r.file, r.row, r.column, r.value, r.reason])).toEqual([
      ['bad.csv', 3, 'indicator', 'unknown-thing', 'unknown-indicator'],
      ['bad.csv', 4, 'region', 'GM9999', 'unknown-region'],
      ['bad.csv', 5, 'value', '11', 'duplicate-in-file'],
      ['bad.csv', 6, 'value', '42', 'out-of-range'],
      ['bad.csv', 7, 'period', '2021-02-03', 'wrong-period-for-frequency'],
    ]);
  });

  it('rolls back everything when the database fails half-way through a large batch', async () => {
    // a trigger that fails on one value, far beyond the first 5,000-row statement
    await sql`create function fail_on_666() returns trigger language plpgsql as $$
      begin if new.value = 666 then raise exception 'boom'; end if; return new; end $$`.execute(
      handle.db,
    );
    await sql`create trigger fail_on_666 before insert on observation
      for each row execute function fail_on_666()`.execute(handle.db);
    const lines = ['indicator,region,period,value'];
    for (let d = 0; d < 6000; d++) {
      const day = new Date(Date.UTC(2022, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
      lines.push(`positive-tests,GM0363,${day},${d === 5500 ? 666 : d}`);
    }
    const batchesBefore = (await listImportBatches(handle.db)).length;
    const before = (await listObservations(handle.db)).length;
    await expect(run('large.csv', lines.join('\n'))).rejects.toThrow(/boom/);
    await sql`drop trigger fail_on_666 on observation`.execute(handle.db);
    expect(await listObservations(handle.db)).toHaveLength(before);
    expect(await listImportBatches(handle.db)).toHaveLength(batchesBefore);

    const ok = await run('large.csv', lines.join('\n'));
    expect(ok.counts.observationsNew).toBe(6000);
  });

  it('shows on a dry run exactly what would happen, and stores nothing', async () => {
    const batchesBefore = (await listImportBatches(handle.db)).length;
    const report = await run(
      'dry.csv',
      'indicator,region,period,value\nconsumer-confidence,NL01,2021-04,-10\nconsumer-confidence,NL01,2021-05,-9\n',
      { dryRun: true },
    );
    expect(report).toMatchObject({ status: 'dry-run', batchId: null });
    expect(report.counts).toMatchObject({ observationsNew: 1, observationsRevised: 1 });
    expect(await listImportBatches(handle.db)).toHaveLength(batchesBefore);
    const april = await listObservations(handle.db, {
      indicator: 'consumer-confidence',
      from: '2021-04-01',
      to: '2021-05-31',
    });
    expect(april.map((o) => o.value)).toEqual([-14.5]);
  });

  it('rolls back a batch: the previous revision is the latest again, the batch says who and when', async () => {
    const report = await run(
      'fix.csv',
      'indicator,region,period,value\nconsumer-confidence,NL01,2021-04,-13\n',
    );
    const filter = { indicator: 'consumer-confidence', from: '2021-04-01', to: '2021-04-30' };
    expect((await listObservations(handle.db, filter))[0]?.value).toBe(-13);
    const result = await rollbackImportBatch(handle.db, report.batchId!, 'tester');
    expect(result.observationsRemoved).toBe(1);
    expect((await listObservations(handle.db, filter))[0]).toMatchObject({
      value: -14.5,
      revision: 2,
    });
    const batch = await getImportBatch(handle.db, report.batchId!);
    expect(batch).toMatchObject({ status: 'rolled-back', rolledBackBy: 'tester' });
    expect(batch.rolledBackAt).not.toBeNull();
    await expect(rollbackImportBatch(handle.db, report.batchId!, 'tester')).rejects.toBeInstanceOf(
      DomainError,
    );
  });

  it('lists batches newest first with who, when, checksum and counts', async () => {
    const batches = await listImportBatches(handle.db);
    expect(batches[0]!.id).toBeGreaterThan(batches.at(-1)!.id);
    for (const b of batches) {
      expect(b.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(b.createdBy).toBe('test');
      expect(Date.parse(b.createdAt)).not.toBeNaN();
    }
    expect(new Set(batches.map((b) => b.status))).toEqual(
      new Set(['applied', 'rejected', 'rolled-back']),
    );
  });

  it('refuses a file it cannot read as a domain error naming the file', async () => {
    await expect(run('broken.json', '{ not json')).rejects.toThrow(/broken.json is not JSON/);
    await expect(run('nothing.csv', 'a,b\n1,2\n')).rejects.toBeInstanceOf(DomainError);
  });
});

describe.each(testDatabaseTargets())('the bulk path (COPY) of an import on $kind', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
    await ensureIndicatorCatalogue(handle.db);
    await upsertRegions(handle.db, [
      region('NL01', 'land'),
      region('GM0363', 'gemeente', [{ level: 'land', code: 'NL01' }]),
      region('GM0014', 'gemeente', [{ level: 'land', code: 'NL01' }]),
    ]);
  });
  afterAll(() => handle.close());

  const REGIONS = ['NL01', 'GM0363', 'GM0014'];
  // breakdown text that COPY's text format must escape (a CSV field may hold all of these)
  const BREAKDOWNS = ['', 'leeftijd:16-24', 'tab\there', 'back\\slash', 'two\nlines'];
  const DAYS = 2000;
  const day = (d: number) =>
    new Date(Date.UTC(2015, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
  const quote = (text: string) => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

  /** 3 regions × 5 breakdowns × 2,000 days = 30,000 values: several COPY chunks of 1 MB */
  /** days first..first + 1999: the value of each key depends on the day, region and breakdown */
  function file(
    change: (line: { d: number; region: string; b: string; value: number }) => string | null = () =>
      null,
    first = 0,
  ) {
    const lines = ['indicator,region,period,value,status,lower,upper,breakdown'];
    for (let d = first; d < first + DAYS; d++) {
      for (const region of REGIONS) {
        for (const b of BREAKDOWNS) {
          const value = (d * 7 + region.length + b.length) % 1000;
          const changed = change({ d, region, b, value });
          lines.push(
            changed ??
              `positive-tests,${region},${day(d)},${value},${d % 10 === 0 ? 'voorlopig' : ''},` +
                `${d % 3 === 0 ? value - 1 : ''},${d % 3 === 0 ? value + 1.5 : ''},${quote(b)}`,
          );
        }
      }
    }
    return lines.join('\n') + '\n';
  }
  const total = DAYS * REGIONS.length * BREAKDOWNS.length;
  // parts of 7,000 rows: each file is stored in several parts while the next is read
  const run = (fileName: string, text: string, dryRun = false) =>
    importObservations(handle.db, {
      fileName,
      bytes: bytes(text),
      createdBy: 'test',
      partRows: 7000,
      dryRun,
    });

  it('stores every value of a large file, with bounds, statuses and breakdowns intact', async () => {
    const text = file();
    // the COPY text is longer than the CSV: more than one 1 MB chunk
    expect(text.length).toBeGreaterThan(1 << 20);
    const report = await run('big.csv', text);
    expect(report.status).toBe('applied');
    expect(report.counts).toMatchObject({ rowsRead: total, observationsNew: total });
    const stored = await listObservations(handle.db, {
      indicator: 'positive-tests',
      limit: total + 1,
    });
    expect(stored).toHaveLength(total);
    expect(new Set(stored.map((o) => o.breakdown))).toEqual(new Set(BREAKDOWNS));
    const expectedSum = REGIONS.flatMap((r) =>
      BREAKDOWNS.flatMap((b) =>
        Array.from({ length: DAYS }, (_, d) => (d * 7 + r.length + b.length) % 1000),
      ),
    ).reduce((a, b) => a + b, 0);
    expect(stored.reduce((sum, o) => sum + o.value, 0)).toBe(expectedSum);
    const sample = stored.find(
      (o) => o.regionCode === 'GM0014' && o.breakdown === 'two\nlines' && o.period.key === day(30),
    )!;
    const value = (30 * 7 + 6 + 9) % 1000;
    expect(sample).toMatchObject({
      value,
      lower: value - 1,
      upper: value + 1.5,
      status: 'provisional',
      revision: 1,
    });
    const plain = stored.find(
      (o) => o.regionCode === 'NL01' && o.breakdown === '' && o.period.key === day(31),
    )!;
    expect(plain).toMatchObject({ lower: null, upper: null, status: 'final' });
  });

  it('changes nothing when the same file comes again, and revises only what changed', async () => {
    const again = await run('big.csv', file());
    expect(again.counts).toMatchObject({
      observationsNew: 0,
      observationsRevised: 0,
      observationsUnchanged: total,
    });
    const changed = await run(
      'big-fixed.csv',
      file(({ d, region, b, value }) =>
        d === 1500 && region === 'GM0363'
          ? `positive-tests,${region},${day(d)},${value + 1},,,,${quote(b)}`
          : null,
      ),
    );
    expect(changed.counts).toMatchObject({
      observationsNew: 0,
      observationsRevised: BREAKDOWNS.length,
      observationsUnchanged: total - BREAKDOWNS.length,
    });
    const history = await listObservations(handle.db, {
      indicator: 'positive-tests',
      region: 'GM0363',
      from: day(1500),
      to: day(1500),
      breakdown: 'tab\there',
      includeRevisions: true,
    });
    expect(history.map((o) => [o.revision, o.batchId])).toEqual([
      [2, changed.batchId],
      [1, expect.any(Number)],
    ]);
  });

  it('locates every rejected row of a large file and stores nothing from it', async () => {
    const before = await listObservations(handle.db, {
      indicator: 'positive-tests',
      limit: total + 1,
    });
    const report = await run(
      'big-bad.csv',
      file(({ d, region, b }) =>
        (d === 0 && region === 'NL01' && b === '') ||
        (d === 1999 && region === 'GM0014' && b === 'two\nlines')
          ? `positive-tests,${region},${day(d)},-1,,,,${quote(b)}`
          : d === 1000 && region === 'GM0363' && b === ''
            ? `positive-tests,GM9999,${day(d)},1,,,,`
            : null,
      ),
    );
    expect(report.status).toBe('rejected');
    expect(report.rejections.map((r) => [r.reason, r.value])).toEqual([
      ['out-of-range', '-1'],
      ['unknown-region', 'GM9999'],
      ['out-of-range', '-1'],
    ]);
    // the numbers a user sees: header line 1, then a line per row (the quoted two-line field
    // takes one row but two lines; rows are counted, as a spreadsheet shows them)
    expect(report.rejections[0]!.row).toBe(2);
    expect(report.rejections[2]!.row).toBe(total + 1);
    const after = await listObservations(handle.db, {
      indicator: 'positive-tests',
      limit: total + 1,
    });
    expect(after).toEqual(before);
    const batch = await getImportBatch(handle.db, report.batchId!);
    expect(batch.rejections).toHaveLength(3);
  });

  it('rolls back the parts already stored when the last row is rejected', async () => {
    const before = await listObservations(handle.db, {
      indicator: 'positive-tests',
      limit: total + 1,
    });
    const batchesBefore = (await listImportBatches(handle.db)).length;
    // new periods, so the first parts go straight into the table before the bad row is read
    const report = await run(
      'late-bad.csv',
      file(
        (line) =>
          line.d === 10_000 + DAYS - 1 && line.region === 'GM0014' && line.b === 'two\nlines'
            ? `positive-tests,NL99,${day(line.d)},1,,,,`
            : null,
        10_000,
      ),
    );
    expect(report.status).toBe('rejected');
    expect(report.rejections.map((r) => [r.row, r.reason])).toEqual([
      [total + 1, 'unknown-region'],
    ]);
    expect(
      await listObservations(handle.db, { indicator: 'positive-tests', limit: total * 2 }),
    ).toEqual(before);
    const batches = await listImportBatches(handle.db);
    expect(batches).toHaveLength(batchesBefore + 1);
    expect(batches[0]).toMatchObject({
      status: 'rejected',
      counts: { rowsRead: total, rejectedRows: 1 },
    });
  });

  it('extends a series: the periods already stored are compared, the new ones added', async () => {
    const dry = await run(
      'extended.csv',
      file(() => null, 1000),
      true,
    );
    const report = await run(
      'extended.csv',
      file(() => null, 1000),
    );
    const perDay = REGIONS.length * BREAKDOWNS.length;
    // days 1000…1999 were stored (day 1500 of GM0363 revised since: it differs again)
    expect(report.counts).toMatchObject({
      observationsNew: 1000 * perDay,
      observationsRevised: BREAKDOWNS.length,
      observationsUnchanged: 1000 * perDay - BREAKDOWNS.length,
    });
    expect(dry.counts).toEqual(report.counts);
    expect(dry.batchId).toBeNull();
    const latest = await listObservations(handle.db, {
      indicator: 'positive-tests',
      region: 'GM0363',
      breakdown: '',
      from: day(2500),
      to: day(2500),
    });
    expect(latest).toMatchObject([
      { value: (2500 * 7 + 6) % 1000, revision: 1, batchId: report.batchId },
    ]);
  });
});
