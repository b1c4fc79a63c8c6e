import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError, isReviewStale } from '@weegschaal/core';
import type { EnforcementCapacityInput } from '@weegschaal/core';
import { testRegion } from '../../../../test-support/test-region.ts';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { DatabaseHandle } from '../database.ts';
import { upsertRegions } from '../region/region.repository.ts';
import {
  createEnforcementCapacity,
  deleteEnforcementCapacity,
  getEnforcementCapacity,
  listEnforcementCapacities,
  loadDemoEnforcementCapacities,
  updateEnforcementCapacity,
} from './enforcement-capacity.repository.ts';

const region = (
  code: string,
  name: string,
  level: 'veiligheidsregio' | 'gemeente',
  parent?: string,
) =>
  testRegion(code, {
    name,
    level,
    parents: parent ? [{ level: 'veiligheidsregio', code: parent }] : [],
    population: [],
  });

const entry = (overrides: Partial<EnforcementCapacityInput> = {}): EnforcementCapacityInput => ({
  regionCode: 'GM0599',
  kind: 'boa',
  organisation: 'Gemeente Rotterdam, team handhaving',
  fte: 12.5,
  persons: 15,
  agreement: 'Inzetbaar op verzoek van de burgemeester.',
  contactOrganisation: 'Gemeente Rotterdam, OOV',
  reviewDate: '2027-03-01',
  demo: false,
  ...overrides,
});

describe.each(testDatabaseTargets())('enforcement capacity on $kind', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
    await upsertRegions(handle.db, [
      region('VR17', 'Rotterdam-Rijnmond', 'veiligheidsregio'),
      region('GM0599', 'Rotterdam', 'gemeente', 'VR17'),
    ]);
  });
  afterAll(() => handle.close());

  it('creates, reads with the region and its veiligheidsregio, updates and deletes', async () => {
    const created = await createEnforcementCapacity(handle.db, entry());
    expect(created).toMatchObject({
      ...entry(),
      regionLevel: 'gemeente',
      regionName: 'Rotterdam',
      veiligheidsregioCode: 'VR17',
    });
    const changed = await updateEnforcementCapacity(
      handle.db,
      created.id,
      entry({ fte: null, persons: 20 }),
    );
    expect(changed).toMatchObject({ fte: null, persons: 20 });
    // the veiligheidsregio's list holds its gemeenten's entries
    expect(
      (await listEnforcementCapacities(handle.db, { regionCode: 'VR17' })).map((c) => c.id),
    ).toEqual([created.id]);
    await deleteEnforcementCapacity(handle.db, created.id);
    await expect(getEnforcementCapacity(handle.db, created.id)).rejects.toSatisfy(
      (e) => e instanceof DomainError && e.kind === 'not-found',
    );
  });

  it('refuses bad input field by field and an unknown region, storing nothing', async () => {
    const error = await createEnforcementCapacity(
      handle.db,
      entry({ regionCode: 'XX', fte: null, persons: null, reviewDate: '2027-02-30' }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).invalidParams.map((p) => p.name)).toEqual([
      'regionCode',
      'fte',
      'reviewDate',
    ]);
    const unknown = await createEnforcementCapacity(
      handle.db,
      entry({ regionCode: 'GM9999' }),
    ).catch((e: unknown) => e);
    expect((unknown as DomainError).invalidParams[0]).toMatchObject({
      name: 'regionCode',
      value: 'GM9999',
    });
    expect(await listEnforcementCapacities(handle.db)).toEqual([]);
  });

  it('loads the demo register twice to the same content, some entries past review', async () => {
    const mine = await createEnforcementCapacity(handle.db, entry());
    const n = await loadDemoEnforcementCapacities(handle.db, '2026-11-23');
    expect(await loadDemoEnforcementCapacities(handle.db, '2026-11-23')).toBe(n);
    const all = await listEnforcementCapacities(handle.db);
    expect(all).toHaveLength(n + 1);
    expect(all.filter((c) => c.demo)).toHaveLength(n);
    expect(all.find((c) => c.id === mine.id)?.demo).toBe(false);
    const stale = await listEnforcementCapacities(handle.db, { staleOn: '2026-11-23' });
    expect(stale.length).toBeGreaterThan(0);
    expect(stale.every((c) => isReviewStale(c.reviewDate, '2026-11-23'))).toBe(true);
    expect(new Set(all.map((c) => c.kind)).size).toBe(5);
  });
});
