import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError, demoMeasures } from '@weegschaal/core';
import type { Measure } from '@weegschaal/core';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { DatabaseHandle } from '../database.ts';
import { countMeasures, getMeasure, listMeasures, upsertMeasure } from './measure.repository.ts';

const sample: Measure = {
  code: 'test-avondklok',
  nameNl: 'Avondklok',
  nameEn: 'Curfew',
  category: 'containment',
  oxcgrtCode: null,
  cluster: 'movement-travel',
  sectors: ['horeca', 'culture'],
  groups: ['young-people'],
  legalBasis: 'Wet buitengewone bevoegdheden burgerlijk gezag',
  demo: false,
  levels: [
    { level: 0, descriptionNl: 'Geen', descriptionEn: 'None' },
    { level: 1, descriptionNl: 'Vanaf 22 uur', descriptionEn: 'From 22:00' },
  ],
};

describe.each(testDatabaseTargets())('measure repository on $kind', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
  });
  afterAll(() => handle.close());

  it('stores a measure with its levels and reads it back as the domain type', async () => {
    await upsertMeasure(handle.db, sample);
    expect(await getMeasure(handle.db, sample.code)).toEqual(sample);
  });

  it('replaces the levels on update instead of adding to them', async () => {
    const changed = { ...sample, nameEn: 'Night curfew', levels: sample.levels.slice(0, 1) };
    await upsertMeasure(handle.db, changed);
    expect(await getMeasure(handle.db, sample.code)).toEqual(changed);
  });

  it('rolls back a failed transaction completely', async () => {
    const bad = { ...demoMeasures()[0]!, code: 'test-rollback' };
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await upsertMeasure(trx, bad);
        // a negative level violates the check constraint: the whole measure must vanish
        await upsertMeasure(trx, {
          ...bad,
          levels: [{ level: -1, descriptionNl: 'x', descriptionEn: 'x' }],
        });
      }),
    ).rejects.toThrow();
    await expect(getMeasure(handle.db, 'test-rollback')).rejects.toBeInstanceOf(DomainError);
  });

  it('says which measure is missing', async () => {
    await expect(getMeasure(handle.db, 'nope')).rejects.toThrow("Measure 'nope' does not exist.");
  });

  it('lists in code order and counts', async () => {
    const list = await listMeasures(handle.db);
    expect(list.map((m) => m.code)).toEqual([...list.map((m) => m.code)].sort());
    expect(await countMeasures(handle.db)).toEqual({ measures: list.length, levels: 1, demo: 0 });
  });
});
