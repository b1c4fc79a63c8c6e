import { useEffect, useState } from 'react';
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import type { EChartsOption } from 'echarts';
import type { Topology } from 'topojson-specification';
import type { Region } from '@weegschaal/core';
import { useLocale } from '../i18n/locale-context.tsx';
import { regionFeatures } from './map-geometry.ts';
import { cachedJson } from './societal-api.ts';
import { SocietalChart, registerRegionMap } from './societal-chart.tsx';
import type { MapLevel } from './societal-types.ts';

export function mapName(level: MapLevel): string {
  return `weegschaal-nl-${level}`;
}

/**
 * The map itself, loaded on demand with topojson-client and ECharts: the boundaries come from
 * /api/v1/region-boundaries once per page load, are turned into GeoJSON per level and
 * registered with ECharts under mapName(level).
 */
export default function ChoroplethMap({
  level,
  regions,
  option,
  label,
  onRegionClick,
}: {
  level: MapLevel;
  regions: readonly Region[];
  option: EChartsOption;
  label: string;
  /** a region picked by clicking it (the signal intake form); the code is the CBS code */
  onRegionClick?: (code: string) => void;
}) {
  const { t } = useLocale();
  const [state, setState] = useState<{ level: MapLevel; status: 'ready' | 'error' } | null>(null);
  useEffect(() => {
    let current = true;
    cachedJson<Topology>('/region-boundaries').then(
      (topology) => {
        const provinceOf = new Map(
          regions
            .filter((r) => r.level === 'gemeente')
            .flatMap((r) => {
              const province = r.parents.find((p) => p.level === 'provincie');
              return province ? [[r.code, province.code] as const] : [];
            }),
        );
        const geoJson = regionFeatures(topology, level, provinceOf);
        // ECharts declares its own GeoJSON type; the structure is the same
        registerRegionMap(
          mapName(level),
          geoJson as unknown as Parameters<typeof registerRegionMap>[1],
        );
        if (current) setState({ level, status: 'ready' });
      },
      () => current && setState({ level, status: 'error' }),
    );
    return () => {
      current = false;
    };
  }, [level, regions]);
  if (state?.level === level && state.status === 'error')
    return <Paragraph role="status">{t('sp.map.unavailable')}</Paragraph>;
  if (state?.level !== level) return <div style={{ height: 560 }} />;
  return <SocietalChart option={option} height={560} label={label} onItemClick={onRegionClick} />;
}
