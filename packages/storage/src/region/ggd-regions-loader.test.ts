import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { DomainError } from '@weegschaal/core';
import type { Region } from '@weegschaal/core';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { DatabaseHandle } from '../database.ts';
import { setMeta } from '../app-meta/app-meta.repository.ts';
import { getRegion, listChildren, listRegions } from './region.repository.ts';
import { nlRegionsPublicDataSource } from './nl-regions-public-data.ts';
import { gemeentenOfDivision } from './ggd-region.repository.ts';
import { loadGgdRegions } from './ggd-regions-loader.ts';

const SHARED = fileURLToPath(new URL('../../../../../shared/data', import.meta.url));

/**
 * A "Gebieden in Nederland" file in the shape of the CBS OData CSV download (`;`, padded
 * codes, the GGD-regio in Code_14/Naam_15), for the gemeenten the registry has in a year.
 * The GGD-regio's are generated (one per veiligheidsregio): the test needs the structure.
 */
function gebiedenFile(gemeenten: readonly Region[], ggdOf: (g: Region) => string): Uint8Array {
  const lines = gemeenten.map((g, i) => {
    const code = ggdOf(g);
    return [i, `${g.code}  `, `${g.code}  `, g.name, code, `GGD ${code}`].join(';');
  });
  return new TextEncoder().encode(
    ['ID;RegioS;Code_1;Naam_2;Code_14;Naam_15', ...lines].join('\r\n'),
  );
}

const vrOf = (g: Region) => g.parents.find((p) => p.level === 'veiligheidsregio')?.code ?? 'VR00';
const ggdByVr = (g: Region) => `GG${vrOf(g).slice(2)}00`;

describe.each(testDatabaseTargets())('GGD-regio loading on $kind', (target) => {
  let handle: DatabaseHandle;
  let gemeenten2023: Region[];
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
    await nlRegionsPublicDataSource.load(handle.db, SHARED);
    const current = await gemeentenOfDivision(handle.db, 2023);
    gemeenten2023 = (await listRegions(handle.db, { level: 'gemeente' })).filter((g) =>
      current.has(g.code),
    );
  });
  afterAll(() => handle.close());

  it('loads 2023: GGD-regio’s with their gemeenten, population summed, VR and PV kept', async () => {
    const report = await loadGgdRegions(handle.db, {
      fileName: '85385NED_TypedDataSet.csv',
      bytes: gebiedenFile(gemeenten2023, ggdByVr),
    });
    expect(report).toMatchObject({ year: 2023, status: 'loaded', regions: 25, gemeenten: 342 });
    expect(report.uncoveredGemeenten).toEqual([]);
    const ggds = await listRegions(handle.db, { level: 'ggd-regio' });
    expect(ggds).toHaveLength(25);
    const gg13 = ggds.find((r) => r.code === 'GG1300')!;
    expect(gg13).toMatchObject({ name: 'GGD GG1300', divisionFrom: 2023, divisionTo: null });
    expect(gg13.parents).toEqual([{ level: 'land', code: 'NL01' }]);
    const members = gemeenten2023.filter((g) => vrOf(g) === 'VR13');
    const expected = members.reduce(
      (n, g) => n + g.population.find((p) => p.year === 2023)!.count,
      0,
    );
    expect(gg13.population).toEqual([
      { year: 2023, count: expected, source: 'sum of its gemeenten (2023)' },
    ]);
    expect((await listChildren(handle.db, 'GG1300')).map((c) => c.code)).toEqual(
      members.map((g) => g.code).sort(),
    );
    const amsterdam = await getRegion(handle.db, 'GM0363');
    expect(amsterdam.parents.map((p) => `${p.level}:${p.code}`)).toEqual([
      'land:NL01',
      'provincie:PV27',
      'ggd-regio:GG1300',
      'veiligheidsregio:VR13',
    ]);
  });

  it('changes nothing when the same file is loaded again', async () => {
    const before = await handle.db.selectFrom('region').selectAll().orderBy('code').execute();
    const again = await loadGgdRegions(handle.db, {
      fileName: '85385NED_TypedDataSet.csv',
      bytes: gebiedenFile(gemeenten2023, ggdByVr),
    });
    expect(again).toMatchObject({ status: 'unchanged', changedGemeenten: 0, newRegions: [] });
    expect(await handle.db.selectFrom('region').selectAll().orderBy('code').execute()).toEqual(
      before,
    );
  });

  it('loads nothing of a file with one bad row, and says where', async () => {
    const moved = (g: Region) => (g.code === 'GM0363' ? 'GG9900' : ggdByVr(g));
    const bytes = new TextEncoder().encode(
      new TextDecoder().decode(gebiedenFile(gemeenten2023, moved)) +
        '\r\n999;GM0014;GM0014;Groningen;GG01;GGD kapot',
    );
    const error = await loadGgdRegions(handle.db, { fileName: 'bad-2023.csv', bytes }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).invalidParams).toEqual([
      expect.objectContaining({ name: 'bad-2023.csv:344:Code_14', value: 'GG01' }),
    ]);
    expect((await getRegion(handle.db, 'GM0363')).parents).toContainEqual({
      level: 'ggd-regio',
      code: 'GG1300',
    });
    expect(await listRegions(handle.db, { level: 'ggd-regio' })).toHaveLength(25);
  });

  it('adds the 2022 division beside 2023 and keeps each gemeente on its latest year', async () => {
    const current2022 = await gemeentenOfDivision(handle.db, 2022);
    const all = await listRegions(handle.db, { level: 'gemeente' });
    const gemeenten2022 = all.filter((g) => current2022.has(g.code));
    expect(gemeenten2022.some((g) => g.code === 'GM0457')).toBe(true);
    // in this made-up 2022 division Amsterdam and Weesp have a GGD of their own
    const ggd2022 = (g: Region) => (['GM0363', 'GM0457'].includes(g.code) ? 'GG3406' : ggdByVr(g));
    const report = await loadGgdRegions(handle.db, {
      fileName: 'gebieden.csv',
      year: 2022,
      bytes: gebiedenFile(gemeenten2022, ggd2022),
    });
    expect(report).toMatchObject({ status: 'loaded', year: 2022, newRegions: ['GG3406'] });
    // GG3406 exists only in 2022, so it ends there; Amsterdam keeps its 2023 GGD-regio
    expect(await getRegion(handle.db, 'GG3406')).toMatchObject({
      divisionFrom: 2022,
      divisionTo: 2022,
    });
    expect((await getRegion(handle.db, 'GM0363')).parents).toContainEqual({
      level: 'ggd-regio',
      code: 'GG1300',
    });
    expect((await getRegion(handle.db, 'GM0457')).parents).toContainEqual({
      level: 'ggd-regio',
      code: 'GG3406',
    });
    expect(await getRegion(handle.db, 'GG1300')).toMatchObject({ divisionFrom: 2022 });
    const current = await listRegions(handle.db, { level: 'ggd-regio', currentOnly: true });
    expect(current.map((r) => r.code)).not.toContain('GG3406');
  });

  it('gives the gemeenten their GGD-regio back when the gemeenten are reloaded', async () => {
    await setMeta(handle.db, 'public-data.nl-regions.sha256', 'changed');
    expect((await nlRegionsPublicDataSource.load(handle.db, SHARED)).status).toBe('loaded');
    expect((await getRegion(handle.db, 'GM0363')).parents).toContainEqual({
      level: 'ggd-regio',
      code: 'GG1300',
    });
  });
});
