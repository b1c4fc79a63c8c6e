import { sql } from 'kysely';
import {
  AGGREGATIONS,
  FREQUENCIES,
  INDICATOR_THEMES,
  POLARITIES,
  REGION_LEVELS,
  UNITS,
  indicatorCatalogue,
  notFound,
} from '@weegschaal/core';
import type { Indicator, IndicatorTheme } from '@weegschaal/core';
import type { Executor } from '../database.ts';
import type { IndicatorRow } from './indicator.table.ts';

function oneOf<T extends string>(list: readonly T[], value: string, what: string): T {
  const found = list.find((x) => x === value);
  if (!found) throw new Error(`${what} '${value}' in the database is unknown`);
  return found;
}

function toIndicator(row: IndicatorRow): Indicator {
  return {
    code: row.code,
    nameNl: row.name_nl,
    nameEn: row.name_en,
    theme: oneOf(INDICATOR_THEMES, row.theme, 'theme'),
    definitionNl: row.definition_nl,
    definitionEn: row.definition_en,
    unit: oneOf(UNITS, row.unit, 'unit'),
    source: { name: row.source_name, url: row.source_url },
    frequency: oneOf(FREQUENCIES, row.frequency, 'frequency'),
    lowestLevel: oneOf(REGION_LEVELS, row.lowest_level, 'region level'),
    aggregation: oneOf(AGGREGATIONS, row.aggregation, 'aggregation'),
    ratio:
      row.ratio_numerator && row.ratio_denominator
        ? {
            numerator: row.ratio_numerator,
            denominator: row.ratio_denominator,
            multiplier: row.ratio_multiplier ?? 1,
          }
        : null,
    polarity: oneOf(POLARITIES, row.polarity, 'polarity'),
    signal:
      row.signal_set_by !== null
        ? {
            attention: row.signal_attention,
            alarm: row.signal_alarm,
            setBy: row.signal_set_by,
            rationale: row.signal_rationale ?? '',
            setOn: row.signal_set_on ?? '',
            demo: row.signal_demo ?? false,
          }
        : null,
    validMin: row.valid_min,
    validMax: row.valid_max,
    importAliases: row.import_aliases,
    demoSeries: row.demo_series,
  };
}

export async function listIndicators(
  db: Executor,
  filter: { theme?: IndicatorTheme } = {},
): Promise<Indicator[]> {
  let query = db.selectFrom('indicator').selectAll();
  if (filter.theme) query = query.where('theme', '=', filter.theme);
  return indicatorsFromRows(await query.execute());
}

/** Rows (from a query or as JSON) to indicators, in the catalogue's order. */
export function indicatorsFromRows(rows: readonly IndicatorRow[]): Indicator[] {
  // the catalogue's own order (by theme as listed) reads better than alphabetical
  const order = new Map(indicatorCatalogue().map((i, n) => [i.code, n]));
  return rows
    .map(toIndicator)
    .sort(
      (a, b) =>
        INDICATOR_THEMES.indexOf(a.theme) - INDICATOR_THEMES.indexOf(b.theme) ||
        (order.get(a.code) ?? 1e9) - (order.get(b.code) ?? 1e9) ||
        a.code.localeCompare(b.code),
    );
}

export async function getIndicator(db: Executor, code: string): Promise<Indicator> {
  const row = await db
    .selectFrom('indicator')
    .selectAll()
    .where('code', '=', code)
    .executeTakeFirst();
  if (!row) throw notFound('Indicator', code);
  return toIndicator(row);
}

export async function upsertIndicators(
  db: Executor,
  indicators: readonly Indicator[],
): Promise<void> {
  if (indicators.length === 0) return;
  const values = indicators.map((i) => ({
    code: i.code,
    name_nl: i.nameNl,
    name_en: i.nameEn,
    theme: i.theme,
    definition_nl: i.definitionNl,
    definition_en: i.definitionEn,
    unit: i.unit,
    source_name: i.source.name,
    source_url: i.source.url,
    frequency: i.frequency,
    lowest_level: i.lowestLevel,
    aggregation: i.aggregation,
    ratio_numerator: i.ratio?.numerator ?? null,
    ratio_denominator: i.ratio?.denominator ?? null,
    ratio_multiplier: i.ratio?.multiplier ?? null,
    polarity: i.polarity,
    signal_attention: i.signal?.attention ?? null,
    signal_alarm: i.signal?.alarm ?? null,
    signal_set_by: i.signal?.setBy ?? null,
    signal_rationale: i.signal?.rationale ?? null,
    signal_set_on: i.signal?.setOn ?? null,
    signal_demo: i.signal?.demo ?? null,
    valid_min: i.validMin,
    valid_max: i.validMax,
    import_aliases: i.importAliases,
    demo_series: i.demoSeries,
  }));
  // 26 columns: keep each statement under the bind-parameter budget
  for (let n = 0; n < values.length; n += 150) {
    const chunk = values.slice(n, n + 150);
    await db
      .insertInto('indicator')
      .values(chunk)
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => {
          const set: Record<string, unknown> = { updated_at: sql`now()` };
          for (const column of Object.keys(chunk[0]!)) {
            if (column !== 'code') set[column] = eb.ref(`excluded.${column}` as 'excluded.code');
          }
          return set;
        }),
      )
      .execute();
  }
}

/** The seed catalogue from core; idempotent, so every start and every import can call it. */
export async function ensureIndicatorCatalogue(db: Executor): Promise<number> {
  const catalogue = indicatorCatalogue();
  await upsertIndicators(db, catalogue);
  return catalogue.length;
}
