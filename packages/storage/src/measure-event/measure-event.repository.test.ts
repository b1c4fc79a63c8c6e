import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '@weegschaal/core';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { DatabaseHandle } from '../database.ts';
import { importMeasureEventsCsv } from './measure-event-import.ts';
import { listMeasureEvents } from './measure-event.repository.ts';

const DIR = new URL('../../../../../shared/data/nl-measures-timeline/', import.meta.url);
const NIENHUYS = 'events_nl_hknienhuys.csv';
const CORONAWATCH = 'maatregelen_coronawatchnl_2020.csv';
const read = (file: string) => readFileSync(new URL(file, DIR), 'utf8');

describe.each(testDatabaseTargets())('measure events on $kind', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
  });
  afterAll(() => handle.close());

  it('imports both real event lists: 96 and 5 dated rows (the README counts the header)', async () => {
    expect(await importMeasureEventsCsv(handle.db, read(NIENHUYS), NIENHUYS)).toEqual({
      fileName: NIENHUYS,
      events: 96,
    });
    expect((await importMeasureEventsCsv(handle.db, read(CORONAWATCH), CORONAWATCH)).events).toBe(
      5,
    );
    const all = await listMeasureEvents(handle.db);
    expect(all).toHaveLength(101);
    expect(all[0]).toMatchObject({
      source: CORONAWATCH,
      startDate: '2020-03-06',
      end: 'expected',
      kind: 'measure',
    });
    const curfew = all.find((e) => e.description === 'Avondklok');
    expect(curfew).toMatchObject({ startDate: '2021-01-23', endDate: '2021-03-31', end: 'dated' });
  });

  it('imports again without duplicates, and filters by period and kind', async () => {
    await importMeasureEventsCsv(handle.db, read(NIENHUYS), NIENHUYS);
    expect(await listMeasureEvents(handle.db)).toHaveLength(101);
    const winter = await listMeasureEvents(handle.db, {
      from: '2021-01-01',
      to: '2021-01-31',
      kinds: ['measure'],
    });
    // the open-ended "Horeca dicht" of October 2020 is still in force in January 2021
    expect(winter.map((e) => e.description)).toEqual(
      expect.arrayContaining(['Horeca dicht', 'Harde lockdown', 'Avondklok']),
    );
    expect(winter.every((e) => e.kind === 'measure')).toBe(true);
  });

  it('rejects a bad list whole, leaving the stored events as they were', async () => {
    const bad = 'Date,Date_stop,Description\n2021-01-01,,Fine\n2021-02-31,,Bad\n';
    const error = await importMeasureEventsCsv(handle.db, bad, NIENHUYS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).invalidParams).toEqual([
      { name: `${NIENHUYS}:3:Date`, reason: 'not a calendar date', value: '2021-02-31' },
    ]);
    expect(await listMeasureEvents(handle.db)).toHaveLength(101);
  });
});
