import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Topology } from 'topojson-specification';
import { regionFeatures } from './map-geometry.ts';

const dir = new URL('../../../../../shared/data/nl-regions/', import.meta.url);
const topoFile = new URL('nl-vr-gm-2023.topo.json', dir);

describe.skipIf(!existsSync(topoFile))('region map from the real 2023 TopoJSON', () => {
  const topology = JSON.parse(readFileSync(topoFile, 'utf8')) as Topology;
  const rows = parse(readFileSync(new URL('gemeenten_2023.csv', dir), 'utf8'), {
    columns: true,
  }) as { gm_code: string; pv_code: string }[];
  const provinceOf = new Map(rows.map((r) => [r.gm_code, r.pv_code] as const));

  it('gives every gemeente and veiligheidsregio a feature named by its CBS code', () => {
    const gemeenten = regionFeatures(topology, 'gemeente');
    expect(gemeenten.features).toHaveLength(342);
    expect(gemeenten.features.every((f) => /^GM\d{4}$/.test(f.properties.name))).toBe(true);
    expect(gemeenten.features.find((f) => f.properties.code === 'GM0363')?.geometry.type).toMatch(
      /Polygon/,
    );
    const regions = regionFeatures(topology, 'veiligheidsregio');
    expect(regions.features.map((f) => f.properties.code)).toContain('VR13');
    expect(regions.features).toHaveLength(25);
  });

  it('dissolves the gemeenten of each provincie into one outline', () => {
    const provinces = regionFeatures(topology, 'provincie', provinceOf);
    expect(provinces.features.map((f) => f.properties.code)).toEqual([
      'PV20',
      'PV21',
      'PV22',
      'PV23',
      'PV24',
      'PV25',
      'PV26',
      'PV27',
      'PV28',
      'PV29',
      'PV30',
      'PV31',
    ]);
    // Utrecht (PV26) is one piece of land: the merge leaves one polygon, not its 26 gemeenten
    const utrecht = provinces.features.find((f) => f.properties.code === 'PV26')!;
    expect(utrecht.geometry.type).toBe('MultiPolygon');
    if (utrecht.geometry.type === 'MultiPolygon')
      expect(utrecht.geometry.coordinates).toHaveLength(1);
  });

  it('leaves out gemeenten without a provincie rather than guessing one', () => {
    const partial = regionFeatures(topology, 'provincie', new Map([['GM0014', 'PV20']]));
    expect(partial.features.map((f) => f.properties.code)).toEqual(['PV20']);
  });
});
