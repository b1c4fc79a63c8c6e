import { feature, merge } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MapLevel } from './societal-types.ts';

/**
 * GeoJSON for a choropleth from the TopoJSON of /api/v1/region-boundaries. The file holds
 * gemeenten (gm_features) and veiligheidsregio's (vr_features); provincies are the union of
 * their gemeenten (topojson `merge` dissolves the shared arcs), which holds because every
 * gemeente lies in exactly one provincie. Each feature carries its CBS code as `code` and
 * `name`, the property ECharts matches series data on.
 */
export interface RegionFeatureProperties {
  code: string;
  name: string;
}

const OBJECT_OF: Record<'gemeente' | 'veiligheidsregio', string> = {
  gemeente: 'gm_features',
  veiligheidsregio: 'vr_features',
};

function collection(topology: Topology, name: string): GeometryCollection<{ code?: string }> {
  const object = topology.objects[name];
  if (!object || object.type !== 'GeometryCollection')
    throw new Error(`the map has no geometry collection ${name}`);
  return object as GeometryCollection<{ code?: string }>;
}

export function regionFeatures(
  topology: Topology,
  level: MapLevel,
  /** gemeente code → provincie code; needed for provincies */
  provinceOfGemeente: ReadonlyMap<string, string> = new Map(),
): FeatureCollection<Geometry, RegionFeatureProperties> {
  if (level === 'provincie') {
    const gemeenten = collection(topology, OBJECT_OF.gemeente);
    const byProvince = new Map<string, typeof gemeenten.geometries>();
    for (const geometry of gemeenten.geometries) {
      const code = (geometry.properties as { code?: string } | undefined)?.code;
      const province = code ? provinceOfGemeente.get(code) : undefined;
      if (!province) continue;
      const list = byProvince.get(province) ?? [];
      list.push(geometry);
      byProvince.set(province, list);
    }
    return {
      type: 'FeatureCollection',
      features: [...byProvince.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, geometries]) => ({
          type: 'Feature',
          properties: { code, name: code },
          geometry: merge(topology, geometries as Parameters<typeof merge>[1]),
        })),
    };
  }
  const collected = feature(topology, collection(topology, OBJECT_OF[level]));
  return {
    type: 'FeatureCollection',
    features: collected.features
      .filter((f) => typeof f.properties?.code === 'string')
      .map((f) => ({
        type: 'Feature',
        properties: { code: f.properties.code!, name: f.properties.code! },
        geometry: f.geometry,
      })),
  };
}
