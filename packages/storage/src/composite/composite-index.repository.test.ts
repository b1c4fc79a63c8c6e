import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DomainError,
  computeCompositeIndex,
  compositeDefinitionOf,
  demoCompositeIndices,
  parsePeriod,
} from '@weegschaal/core';
import type { CompositeIndexInput } from '@weegschaal/core';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { DatabaseHandle } from '../database.ts';
import { loadDemoSeries } from '../observation/demo-series-loader.ts';
import { commitObservationBatch } from '../imports/observation-importer.ts';
import { markBatchRolledBack } from '../imports/import-batch.repository.ts';
import {
  createCompositeIndex,
  deleteCompositeIndex,
  compositeInputVersion,
  getCompositeIndex,
  listCompositeIndices,
  listCompositeInputs,
  updateCompositeIndex,
  upsertCompositeIndexByCode,
} from './composite-index.repository.ts';

const national = demoCompositeIndices().find((d) => d.level === 'nl')!;
const input = (overrides: Partial<CompositeIndexInput> = {}): CompositeIndexInput => ({
  ...national,
  code: 'test-index',
  author: 'secretariaat',
  demo: false,
  ...overrides,
});

async function domainError(work: Promise<unknown>): Promise<DomainError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a domain error');
}

describe.each(testDatabaseTargets())('composite index repository on $kind', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
    // the catalogue and the national demo series (labelled demo)
    await loadDemoSeries(handle.db);
  });
  afterAll(() => handle.close());

  it('stores a definition with every choice and reads it back, by id and in the list', async () => {
    const created = await createCompositeIndex(handle.db, input());
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    const { id, createdAt, updatedAt, ...rest } = created;
    expect(rest).toEqual(input());
    expect(Date.parse(createdAt)).toBeLessThanOrEqual(Date.parse(updatedAt));
    expect(await getCompositeIndex(handle.db, id)).toEqual(created);
    expect((await listCompositeIndices(handle.db)).map((r) => r.code)).toContain('test-index');
  });

  it('updates a definition in place and refuses a code that another index holds', async () => {
    const a = await createCompositeIndex(handle.db, input({ code: 'index-a' }));
    await createCompositeIndex(handle.db, input({ code: 'index-b' }));
    const changed = await updateCompositeIndex(
      handle.db,
      a.id,
      input({ code: 'index-a', normalisation: 'z-score', author: 'mit-lid' }),
    );
    expect(changed).toMatchObject({ id: a.id, normalisation: 'z-score', author: 'mit-lid' });
    expect(
      (await domainError(updateCompositeIndex(handle.db, a.id, input({ code: 'index-b' })))).kind,
    ).toBe('conflict');
    expect(
      (await domainError(createCompositeIndex(handle.db, input({ code: 'index-b' })))).kind,
    ).toBe('conflict');
  });

  it('reports every problem with its field: engine rules and the catalogue', async () => {
    const error = await domainError(
      createCompositeIndex(
        handle.db,
        input({
          code: 'bad',
          aggregation: 'geometric',
          normalisation: 'z-score',
          components: [
            { indicatorCode: 'no-such-indicator', weight: 1, polarity: 'higher-is-worse' },
            { indicatorCode: 'gdp-growth', weight: 0, polarity: 'higher-is-better' },
            { indicatorCode: 'social-assistance', weight: 1, polarity: 'higher-is-worse' },
          ],
          level: 'gemeente',
          referencePeriod: '2020-Q1',
        }),
      ),
    );
    expect(error.kind).toBe('invalid-input');
    const names = error.invalidParams.map((p) => p.name);
    expect(names).toEqual(
      expect.arrayContaining(['components[1].weight', 'normalisation', 'referencePeriod']),
    );
    // the catalogue is consulted only for a definition that is sound on its own
    const catalogue = await domainError(
      createCompositeIndex(
        handle.db,
        input({
          code: 'bad-catalogue',
          level: 'gemeente',
          components: [
            { indicatorCode: 'no-such-indicator', weight: 1, polarity: 'higher-is-worse' },
            { indicatorCode: 'gdp-growth', weight: 1, polarity: 'higher-is-better' },
            { indicatorCode: 'social-assistance', weight: 1, polarity: 'higher-is-worse' },
          ],
        }),
      ),
    );
    expect(catalogue.invalidParams).toEqual([
      {
        name: 'components[0].indicatorCode',
        reason: 'no indicator with this code',
        value: 'no-such-indicator',
      },
      {
        name: 'components[1].indicatorCode',
        reason: 'observed per quarter, the index per month: periods are not converted',
        value: 'gdp-growth',
      },
      {
        name: 'components[1].indicatorCode',
        reason: 'observed no finer than land, the index is per gemeente',
        value: 'gdp-growth',
      },
    ]);
  });

  it('deletes, and says not found for an unknown or malformed id', async () => {
    const created = await createCompositeIndex(handle.db, input({ code: 'to-delete' }));
    await deleteCompositeIndex(handle.db, created.id);
    expect((await domainError(getCompositeIndex(handle.db, created.id))).kind).toBe('not-found');
    expect((await domainError(deleteCompositeIndex(handle.db, created.id))).kind).toBe('not-found');
    expect((await domainError(getCompositeIndex(handle.db, 'not-a-uuid'))).kind).toBe('not-found');
  });

  it('upserts by code, keeping the id, so loading demo content twice changes nothing', async () => {
    const first = await upsertCompositeIndexByCode(handle.db, national);
    const second = await upsertCompositeIndexByCode(handle.db, national);
    expect(second.id).toBe(first.id);
    expect(
      (await listCompositeIndices(handle.db)).filter((r) => r.code === national.code),
    ).toHaveLength(1);
  });

  it('gives the engine the latest national observations of the index, within the dates asked', async () => {
    const codes = national.components.map((c) => c.indicatorCode);
    const all = await listCompositeInputs(handle.db, {
      indicatorCodes: codes,
      level: 'nl',
      periodType: 'month',
    });
    expect(all.demo).toBe(true);
    expect(new Set(all.observations.map((o) => o.indicatorCode))).toEqual(new Set(codes));
    expect(new Set(all.observations.map((o) => o.regionCode))).toEqual(new Set(['NL01']));
    const year = await listCompositeInputs(handle.db, {
      indicatorCodes: codes,
      level: 'nl',
      periodType: 'month',
      from: '2020-01-01',
      to: '2020-12-31',
    });
    expect(year.observations).toHaveLength(codes.length * 12);
    expect(year.observations.every((o) => o.period.key.startsWith('2020-'))).toBe(true);
    // no gemeenten are registered: nothing to compute per gemeente
    const local = await listCompositeInputs(handle.db, {
      indicatorCodes: codes,
      level: 'gemeente',
      periodType: 'month',
    });
    expect(local.observations).toEqual([]);
    // and the engine turns them into an index for every month
    const result = computeCompositeIndex(
      {
        ...compositeDefinitionOf(national),
        uncertainty: { ...national.uncertainty, replicates: 0 },
      },
      year.observations,
    );
    expect(result.values).toHaveLength(12);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('changes the input version with every import batch and every rollback', async () => {
    const before = await compositeInputVersion(handle.db);
    expect(await compositeInputVersion(handle.db)).toBe(before);
    const committed = await commitObservationBatch(handle.db, {
      fileName: 'extra.csv',
      format: 'observations-csv',
      source: null,
      checksum: 'x',
      createdBy: 'test',
      demo: false,
      dryRun: false,
      rowsRead: 1,
      emptyValues: 0,
      observations: [
        {
          indicatorCode: 'unemployment-rate',
          regionCode: 'NL01',
          period: parsePeriod('2030-01')!,
          breakdown: '',
          value: 4,
          lower: null,
          upper: null,
          status: 'final',
        },
      ],
      rejections: [],
      explanation: [],
    });
    const afterImport = await compositeInputVersion(handle.db);
    expect(afterImport).not.toBe(before);
    await markBatchRolledBack(handle.db, committed.batchId!, 'test');
    expect(await compositeInputVersion(handle.db)).not.toBe(afterImport);
  });
});
