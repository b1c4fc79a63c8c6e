import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { BORDER_GEMEENTEN, SHRINKING_REGIONS, mapToCurrentDivision } from '@weegschaal/core';
import { testDatabaseTargets } from '../testing/test-database.ts';
import { migrateToLatest } from '../migrator.ts';
import type { DatabaseHandle } from '../database.ts';
import {
  countRegions,
  getRegion,
  listChildren,
  listRegions,
  redivisionsOf,
} from './region.repository.ts';
import { NL_REGIONS_TOPOJSON, nlRegionsPublicDataSource } from './nl-regions-public-data.ts';

const SHARED = fileURLToPath(new URL('../../../../../shared/data', import.meta.url));

/** Gemeenten whose 2023 map geometry has an arc no other gemeente shares: the national edge. */
function gemeentenOnTheNationalEdge(): Set<string> {
  const topo = JSON.parse(
    readFileSync(join(SHARED, 'nl-regions', NL_REGIONS_TOPOJSON), 'utf8'),
  ) as {
    objects: { gm_features: { geometries: { properties: { code: string }; arcs: unknown }[] } };
  };
  const uses = new Map<number, number>();
  const owned = new Map<string, Set<number>>();
  const walk = (arcs: unknown, code: string) => {
    if (typeof arcs === 'number') {
      const arc = arcs < 0 ? ~arcs : arcs;
      uses.set(arc, (uses.get(arc) ?? 0) + 1);
      owned.get(code)!.add(arc);
    } else if (Array.isArray(arcs)) for (const a of arcs) walk(a, code);
  };
  for (const g of topo.objects.gm_features.geometries) {
    owned.set(g.properties.code, new Set());
    walk(g.arcs, g.properties.code);
  }
  return new Set(
    [...owned].filter(([, arcs]) => [...arcs].some((a) => uses.get(a) === 1)).map(([c]) => c),
  );
}

describe.each(testDatabaseTargets())('nl-regions public data on $kind', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
  });
  afterAll(() => handle.close());

  it('loads NL, 12 provincies, 25 VRs and 342 gemeenten, and skips an unchanged second load', async () => {
    const first = await nlRegionsPublicDataSource.load(handle.db, SHARED);
    expect(first.status).toBe('loaded');
    expect(await countRegions(handle.db)).toMatchObject({
      land: 1,
      provincie: 12,
      veiligheidsregio: 25,
      gemeente: 342,
    });
    expect((await listRegions(handle.db, { level: 'gemeente' })).length).toBe(342 + 18);
    const second = await nlRegionsPublicDataSource.load(handle.db, SHARED);
    expect(second.status).toBe('unchanged');
  });

  it('gives population per region and year that adds up to the national total', async () => {
    const nl = await getRegion(handle.db, 'NL01');
    expect(nl.population.find((p) => p.year === 2023)?.count).toBe(17_590_672);
    expect(nl.population.find((p) => p.year === 2020)?.count).toBeGreaterThan(17_000_000);
    const vrs = await listRegions(handle.db, { level: 'veiligheidsregio' });
    const sum = vrs.reduce(
      (n, r) => n + (r.population.find((p) => p.year === 2023)?.count ?? 0),
      0,
    );
    expect(sum).toBe(17_590_672);
  });

  it('puts every GROS and krimp code in the current division, with GROS on the national edge', async () => {
    const current = new Set(
      (await listRegions(handle.db, { level: 'gemeente', currentOnly: true })).map((r) => r.code),
    );
    const edge = gemeentenOnTheNationalEdge();
    for (const code of BORDER_GEMEENTEN.flatMap((b) => b.codes)) {
      expect(current.has(code), code).toBe(true);
      expect(edge.has(code), `${code} should touch the national outline`).toBe(true);
    }
    for (const code of SHRINKING_REGIONS.flatMap((r) => r.gemeenten))
      expect(current.has(code), code).toBe(true);
    const flagged = await listRegions(handle.db, { level: 'gemeente', currentOnly: true });
    expect(flagged.filter((r) => r.border).length).toBe(
      BORDER_GEMEENTEN.flatMap((b) => b.codes).length,
    );
    expect(flagged.filter((r) => r.shrinking).length).toBe(
      SHRINKING_REGIONS.flatMap((r) => r.gemeenten).length,
    );
  });

  it('keeps merged gemeenten with their successors, consistent with the 2019 and 2023 lists', async () => {
    const weesp = await getRegion(handle.db, 'GM0457');
    expect(weesp).toMatchObject({ name: 'Weesp', divisionTo: 2022 });
    expect(await redivisionsOf(handle.db, 'GM0457')).toMatchObject([
      { oldCode: 'GM0457', successorCode: 'GM0363', kind: 'merger', effectiveOn: '2022-03-24' },
    ]);
    const historic = (await listRegions(handle.db, { level: 'gemeente' })).filter(
      (r) => r.divisionTo !== null,
    );
    for (const r of historic) {
      const mapped = mapToCurrentDivision(r.code);
      if (mapped.kind === 'merged')
        expect((await getRegion(handle.db, mapped.code)).divisionTo).toBeNull();
      else expect(mapped.kind).toBe('split');
    }
  });

  it('lists the gemeenten of a veiligheidsregio', async () => {
    const children = await listChildren(handle.db, 'VR13');
    expect(children.map((c) => c.code)).toContain('GM0363');
    expect(children.every((c) => c.level === 'gemeente')).toBe(true);
    expect((await listRegions(handle.db, { parent: 'VR13' })).map((r) => r.code)).toContain(
      'GM0457',
    );
  });
});
