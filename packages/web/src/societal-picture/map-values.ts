import { aggregate, mapToCurrentDivision, toCurrentDivision } from '@weegschaal/core';
import type { AggregationPart, Indicator, Period, Region } from '@weegschaal/core';
import type { MapLevel, ObservationItem } from './societal-types.ts';

/**
 * The values a choropleth shows for one regional level, per period. Gemeente values are put
 * in the current municipal division with the core rule (mergers aggregated, splits left out
 * with the reason). A level without stored values is computed from the level below with the
 * indicator's own aggregation rule (docs/decisions/0006) — but only when every region below
 * has a value: a sum over part of a veiligheidsregio would look like a real figure and be wrong.
 */
export type MapValueOrigin = 'stored' | 'aggregated' | 'not-computed';

export interface MapValue {
  code: string;
  value: number | null;
  origin: MapValueOrigin;
  /** how it was computed, or why not (English, from the core engines) */
  explanation: string | null;
}

export interface MapSeries {
  level: MapLevel;
  /** oldest first */
  periods: Period[];
  /** per period key: one entry per current region of the level, in code order */
  values: Map<string, MapValue[]>;
}

const LEVEL_OF_PREFIX: Record<string, MapLevel> = {
  GM: 'gemeente',
  VR: 'veiligheidsregio',
  PV: 'provincie',
};

function levelOfCode(code: string): MapLevel | null {
  return LEVEL_OF_PREFIX[code.slice(0, 2)] ?? null;
}

/** The population of the year nearest to the period's. */
export function populationNear(region: Region | undefined, year: number): number | null {
  if (!region || region.population.length === 0) return null;
  const nearest = [...region.population].sort(
    (a, b) => Math.abs(a.year - year) - Math.abs(b.year - year) || b.year - a.year,
  )[0]!;
  return nearest.count;
}

function byPeriod(observations: readonly ObservationItem[]): Map<string, ObservationItem[]> {
  const map = new Map<string, ObservationItem[]>();
  for (const o of observations) {
    const list = map.get(o.period.key) ?? [];
    list.push(o);
    map.set(o.period.key, list);
  }
  return map;
}

function periodsOf(observations: readonly ObservationItem[]): Period[] {
  const seen = new Map<string, Period>();
  for (const o of observations) seen.set(o.period.key, o.period);
  return [...seen.values()].sort((a, b) => a.start.localeCompare(b.start));
}

function storedLevel(
  indicator: Indicator,
  level: MapLevel,
  observations: readonly ObservationItem[],
  current: readonly Region[],
  byCode: ReadonlyMap<string, Region>,
): Map<string, Map<string, MapValue>> {
  const result = new Map<string, Map<string, MapValue>>();
  for (const [key, items] of byPeriod(observations)) {
    const values = new Map<string, MapValue>();
    if (level === 'gemeente') {
      const year = Number(items[0]!.period.start.slice(0, 4));
      const parts: AggregationPart[] = items.map((o) => ({
        regionCode: o.regionCode,
        value: o.value,
        population: populationNear(byCode.get(o.regionCode), year),
      }));
      const { values: mapped, left } = toCurrentDivision(indicator, parts);
      for (const v of mapped) {
        const from = parts.filter((p) => {
          const mapping = mapToCurrentDivision(p.regionCode);
          return mapping.kind !== 'split' && mapping.code === v.regionCode;
        });
        const merged = !(from.length === 1 && from[0]!.regionCode === v.regionCode);
        values.set(v.regionCode, {
          code: v.regionCode,
          value: v.value,
          origin: merged ? 'aggregated' : 'stored',
          explanation: merged ? v.explanation : null,
        });
      }
      for (const l of left) {
        if (!values.has(l.regionCode))
          values.set(l.regionCode, {
            code: l.regionCode,
            value: null,
            origin: 'not-computed',
            explanation: l.reason,
          });
      }
    } else {
      for (const o of items)
        values.set(o.regionCode, {
          code: o.regionCode,
          value: o.value,
          origin: 'stored',
          explanation: null,
        });
    }
    result.set(
      key,
      new Map(
        current.map((r) => [
          r.code,
          values.get(r.code) ?? {
            code: r.code,
            value: null,
            origin: 'stored' as const,
            explanation: null,
          },
        ]),
      ),
    );
  }
  return result;
}

/**
 * Map values of one level. `observations` are the latest values of one indicator for any
 * regions (all levels mixed); `regions` is the registry including former gemeenten (their
 * population weighs merged values).
 */
export function mapSeries(input: {
  indicator: Indicator;
  observations: readonly ObservationItem[];
  regions: readonly Region[];
  level: MapLevel;
}): MapSeries {
  const { indicator, observations, regions, level } = input;
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const current = regions
    .filter((r) => r.level === level && r.divisionTo === null)
    .sort((a, b) => a.code.localeCompare(b.code));
  const atLevel = (l: MapLevel) => observations.filter((o) => levelOfCode(o.regionCode) === l);

  const own = atLevel(level);
  if (own.length > 0) {
    const stored = storedLevel(indicator, level, own, current, byCode);
    return {
      level,
      periods: periodsOf(own),
      values: new Map([...stored].map(([key, values]) => [key, [...values.values()]])),
    };
  }

  // computed from the level below: gemeenten first, else veiligheidsregio's for provincies
  const sources: MapLevel[] =
    level === 'provincie'
      ? ['gemeente', 'veiligheidsregio']
      : level === 'veiligheidsregio'
        ? ['gemeente']
        : [];
  for (const source of sources) {
    const below = atLevel(source);
    if (below.length === 0) continue;
    const sourceRegions = regions.filter((r) => r.level === source && r.divisionTo === null);
    const stored = storedLevel(indicator, source, below, sourceRegions, byCode);
    const values = new Map<string, MapValue[]>();
    for (const [key, sourceValues] of stored) {
      const year = Number(key.slice(0, 4));
      values.set(
        key,
        current.map((region): MapValue => {
          const children = sourceRegions.filter((r) =>
            r.parents.some((p) => p.code === region.code),
          );
          const parts = children.map((c) => ({
            child: c,
            value: sourceValues.get(c.code)?.value ?? null,
          }));
          const missing = parts.filter((p) => p.value === null).map((p) => p.child.code);
          if (children.length === 0 || missing.length > 0) {
            return {
              code: region.code,
              value: null,
              origin: 'not-computed',
              explanation:
                children.length === 0
                  ? `no ${source} regions in ${region.code}`
                  : `${missing.length} of ${children.length} ${source} regions have no value (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''})`,
            };
          }
          const result = aggregate(
            indicator,
            parts.map((p) => ({
              regionCode: p.child.code,
              value: p.value!,
              population: populationNear(p.child, year),
            })),
          );
          return result.ok
            ? {
                code: region.code,
                value: result.value,
                origin: 'aggregated',
                explanation: result.explanation,
              }
            : {
                code: region.code,
                value: null,
                origin: 'not-computed',
                explanation: result.reason,
              };
        }),
      );
    }
    return { level, periods: periodsOf(below), values };
  }
  return { level, periods: [], values: new Map() };
}

/** Every value a level shows over all its periods: the basis of its fixed class bounds. */
export function allValues(series: MapSeries): number[] {
  return [...series.values.values()].flatMap((list) =>
    list.flatMap((v) => (v.value === null ? [] : [v.value])),
  );
}
