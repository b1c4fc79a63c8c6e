import { parse } from 'csv-parse/sync';
import { invalidInput } from '../errors/domain-error.ts';
import type { Indicator } from '../indicators/indicator.ts';
import type { ObservationInput } from '../observations/observation.ts';
import { parsePeriod, periodContaining } from '../observations/period.ts';
import { NATIONAL_REGION_CODE } from '../regions/region.ts';

/**
 * Two public files do not fit the generic long/wide import: the RIVM behaviour survey
 * (an indicator is a category + rule pair, with subgroups and confidence intervals) and
 * the CBS weekly deaths (excess mortality is registered minus expected). These readers turn
 * them into observations; both are strict and name the line of anything unexpected.
 */
export interface ConvertedFile {
  observations: ObservationInput[];
  skipped: number;
  explanation: string[];
}

function records(text: string, delimiter: ',' | ';', file: string): Record<string, string>[] {
  try {
    return parse(text.replace(/^\uFEFF/, ''), {
      delimiter,
      columns: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw invalidInput(`${file}: ${message}`, [{ name: file, reason: message }]);
  }
}

function number(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** RIVM COVID-19_gedrag.csv: compliance, support and worries per rule, region and subgroup. */
export function convertRivmGedrag(
  text: string,
  file: string,
  indicators: readonly Indicator[],
): ConvertedFile {
  const byAlias = new Map<string, Indicator>();
  for (const i of indicators) for (const a of i.importAliases) byAlias.set(a, i);
  const observations: ObservationInput[] = [];
  let skipped = 0;
  const unmapped = new Set<string>();
  const rows = records(text, ';', file);
  rows.forEach((row, index) => {
    const key = `${row['Indicator_category']}/${row['Indicator']}`;
    const indicator = byAlias.get(key);
    const value = number(row['Value']);
    if (!indicator) {
      unmapped.add(key);
      skipped++;
      return;
    }
    if (value === null || row['Sample_size'] === '0') {
      skipped++;
      return;
    }
    const period = parsePeriod(row['Date_of_measurement'] ?? '');
    const rawRegion = row['Region_code'] ?? '';
    if (!period || !/^(NL00|VR\d{2})$/.test(rawRegion)) {
      throw invalidInput(`${file}: line ${index + 2} has an unexpected date or region`, [
        {
          name: `${file}:${index + 2}`,
          reason: 'unexpected date or region',
          value: JSON.stringify(row),
        },
      ]);
    }
    const group = row['Subgroup_category'] ?? 'Alle';
    observations.push({
      indicatorCode: indicator.code,
      // the survey writes NL00 for the whole country; CBS codes it NL01
      regionCode: rawRegion === 'NL00' ? NATIONAL_REGION_CODE : rawRegion,
      period,
      breakdown: group === 'Alle' ? '' : `${group.toLowerCase()}:${row['Subgroup']}`,
      value,
      lower: number(row['Lower_limit']),
      upper: number(row['Upper_limit']),
      status: 'final',
    });
  });
  return {
    observations,
    skipped,
    explanation: [
      `${rows.length} survey rows: ${observations.length} values for ${new Set(observations.map((o) => o.indicatorCode)).size} indicators; ` +
        `${skipped} rows without a value or not in the catalogue (${[...unmapped].sort().join(', ') || 'none'}).`,
      'Region NL00 of the survey is stored as NL01; subgroups as breakdowns (leeftijd:16-24, geslacht:Man, opleiding:Laag).',
      'Each wave is dated by its first fieldwork day.',
    ],
  };
}

/** CBS weekly deaths: registered deaths, and excess mortality = registered − expected. */
export function convertExcessMortality(text: string, file: string): ConvertedFile {
  const observations: ObservationInput[] = [];
  let skipped = 0;
  for (const row of records(text, ',', file)) {
    const start = row['week_start'] ?? '';
    if (!parsePeriod(start)) {
      throw invalidInput(`${file}: '${start}' is not a date`, [
        { name: `${file}.week_start`, reason: 'not a date', value: start },
      ]);
    }
    const period = periodContaining('week', start);
    const registered = number(row['registered_deaths']);
    const expected = number(row['expected_deaths']);
    if (registered === null) {
      skipped++;
      continue;
    }
    const base = {
      regionCode: NATIONAL_REGION_CODE,
      period,
      breakdown: '',
      status: 'final' as const,
    };
    observations.push({
      ...base,
      indicatorCode: 'registered-deaths',
      value: registered,
      lower: null,
      upper: null,
    });
    if (expected === null) continue;
    const min = number(row['expected_min']);
    const max = number(row['expected_max']);
    observations.push({
      ...base,
      indicatorCode: 'excess-mortality',
      value: registered - expected,
      // the band of expected deaths turns into a band of excess deaths
      lower: max === null ? null : registered - max,
      upper: min === null ? null : registered - min,
    });
  }
  return {
    observations,
    skipped,
    explanation: [
      'Excess mortality = registered − expected deaths; its band is registered minus the band of expected deaths. Weeks without an expectation (2024) have registered deaths only.',
    ],
  };
}
