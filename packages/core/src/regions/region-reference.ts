import { parse } from 'csv-parse/sync';
import { invalidInput } from '../errors/domain-error.ts';
import { MUNICIPAL_REDIVISIONS } from './municipal-redivision.ts';
import type { MunicipalRedivision } from './municipal-redivision.ts';
import { NATIONAL_REGION_CODE } from './region.ts';
import type { Region, RegionLevel, RegionPopulation } from './region.ts';
import { isBorderGemeente, isShrinkingGemeente } from './special-regions.ts';

/** The text of the files in ../shared/data/nl-regions that make the registry. */
export interface RegionReferenceFiles {
  /** gemeenten_2023.csv */
  gemeenten2023: string;
  /** veiligheidsregios.csv */
  veiligheidsregios: string;
  /** cbs_gemeenten_alfabetisch_2019.csv (semicolons) */
  gemeenten2019: string;
  /** cbs_regionale_kerncijfers_2020.csv (semicolons, BOM, padded numbers); optional */
  kerncijfers2020?: string;
}

export interface RegionReference {
  regions: Region[];
  redivisions: MunicipalRedivision[];
  /** what was derived and how, for the load summary */
  notes: string[];
}

type Record_ = Record<string, string>;

function rows(text: string, delimiter: ',' | ';', file: string): Record_[] {
  try {
    return parse(text.replace(/^\uFEFF/, ''), {
      delimiter,
      columns: true,
      skip_empty_lines: true,
      trim: true,
    }) as Record_[];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw invalidInput(`${file}: ${message}`, [{ name: file, reason: message }]);
  }
}

function need(row: Record_, column: string, file: string): string {
  const v = row[column];
  if (v === undefined || v === '') {
    throw invalidInput(`${file}: column '${column}' is missing or empty`, [
      { name: `${file}.${column}`, reason: 'missing', value: JSON.stringify(row) },
    ]);
  }
  return v;
}

const SOURCE_2023 = 'nl-regions/gemeenten_2023.csv (Coronadashboard; CBS, probably 1 January 2023)';
const SOURCE_VR = 'nl-regions/veiligheidsregios.csv (sum of its gemeenten, 2023)';
const SOURCE_2020 = 'CBS StatLine Regionale kerncijfers Nederland, 1 January 2020';

/**
 * Builds the region registry: Nederland, the 12 provincies, the 25 veiligheidsregio's and the
 * gemeenten of the 2023 division, plus the gemeenten of 2019 that have since been merged or
 * split (so that older observations keep their own code). Population per region and year
 * comes from the 2023 list and from the CBS key figures of 2020 (matched by name).
 * Higher levels get the sum of their gemeenten.
 */
export function buildRegionReference(
  files: RegionReferenceFiles,
  redivisions: readonly MunicipalRedivision[] = MUNICIPAL_REDIVISIONS,
): RegionReference {
  const notes: string[] = [];
  const gm2023 = rows(files.gemeenten2023, ',', 'gemeenten_2023.csv');
  const vrs = rows(files.veiligheidsregios, ',', 'veiligheidsregios.csv');
  const gm2019 = rows(files.gemeenten2019, ';', 'cbs_gemeenten_alfabetisch_2019.csv');

  const regions = new Map<string, Region>();
  const add = (r: Region) => regions.set(r.code, r);
  const base = (code: string, name: string, level: RegionLevel): Region => ({
    code,
    name,
    displayName: null,
    level,
    parents: [],
    divisionFrom: 2019,
    divisionTo: null,
    border: false,
    shrinking: false,
    population: [],
  });
  const national = { level: 'land' as const, code: NATIONAL_REGION_CODE };
  add(base(NATIONAL_REGION_CODE, 'Nederland', 'land'));

  for (const vr of vrs) {
    const pv = need(vr, 'pv_code', 'veiligheidsregios.csv');
    if (!regions.has(pv)) {
      add({
        ...base(pv, need(vr, 'pv_name', 'veiligheidsregios.csv'), 'provincie'),
        parents: [national],
      });
    }
    add({
      ...base(
        need(vr, 'vr_code', 'veiligheidsregios.csv'),
        need(vr, 'vr_name', 'veiligheidsregios.csv'),
        'veiligheidsregio',
      ),
      parents: [{ level: 'provincie', code: pv }, national],
      population: [
        {
          year: 2023,
          count: Number(need(vr, 'population_count', 'veiligheidsregios.csv')),
          source: SOURCE_VR,
        },
      ],
    });
  }

  const createdIn = new Map<string, number>();
  for (const change of redivisions) {
    for (const s of change.successors) {
      const year = change.effectiveYear;
      createdIn.set(s.code, Math.min(createdIn.get(s.code) ?? year, year));
    }
  }
  const codes2019 = new Set(
    gm2019.map((r) => need(r, 'GemeentecodeGM', 'cbs_gemeenten_alfabetisch_2019.csv')),
  );
  const vrOf = new Map<string, string>();
  for (const gm of gm2023) {
    const code = need(gm, 'gm_code', 'gemeenten_2023.csv');
    const vr = need(gm, 'vr_code', 'gemeenten_2023.csv');
    const pv = need(gm, 'pv_code', 'gemeenten_2023.csv');
    vrOf.set(code, vr);
    add({
      ...base(code, need(gm, 'gm_name', 'gemeenten_2023.csv'), 'gemeente'),
      displayName: gm['gm_display_name'] || null,
      parents: [
        { level: 'provincie', code: pv },
        { level: 'veiligheidsregio', code: vr },
        national,
      ],
      divisionFrom: codes2019.has(code) ? 2019 : (createdIn.get(code) ?? 2023),
      border: isBorderGemeente(code),
      shrinking: isShrinkingGemeente(code),
      population: [
        {
          year: 2023,
          count: Number(need(gm, 'population_count', 'gemeenten_2023.csv')),
          source: SOURCE_2023,
        },
      ],
    });
  }

  // gemeenten of 2019 that no longer exist keep their code, province and end year
  const changeOf = new Map(redivisions.map((r) => [r.oldCode, r]));
  let historic = 0;
  for (const gm of gm2019) {
    const code = gm['GemeentecodeGM']!;
    if (regions.has(code)) continue;
    const change = changeOf.get(code);
    if (!change) {
      throw invalidInput(
        `${code} (${gm['Gemeentenaam']}) is in the 2019 list but neither in 2023 nor in the re-division list`,
        [
          {
            name: 'cbs_gemeenten_alfabetisch_2019.csv',
            reason: 'unknown re-division',
            value: code,
          },
        ],
      );
    }
    // the code exists in every division up to the one before the change (Weesp: until March 2022)
    const lastYear = change.effectiveOn.endsWith('-01-01')
      ? change.effectiveYear - 1
      : change.effectiveYear;
    const vr = vrOf.get(change.successors[0]!.code);
    add({
      ...base(code, need(gm, 'Gemeentenaam', 'cbs_gemeenten_alfabetisch_2019.csv'), 'gemeente'),
      parents: [
        {
          level: 'provincie',
          code: need(gm, 'ProvinciecodePV', 'cbs_gemeenten_alfabetisch_2019.csv'),
        },
        ...(vr ? [{ level: 'veiligheidsregio' as const, code: vr }] : []),
        national,
      ],
      divisionTo: lastYear,
    });
    historic++;
  }
  notes.push(
    `${gm2023.length} gemeenten (2023), ${historic} earlier gemeenten kept with their end year; ` +
      'their veiligheidsregio is that of their (first) successor.',
  );

  if (files.kerncijfers2020) {
    const byName = new Map(gm2019.map((r) => [r['Gemeentenaam']!, r['GemeentecodeGM']!]));
    const table = parse(files.kerncijfers2020.replace(/^\uFEFF/, ''), {
      delimiter: ';',
      trim: true,
      relax_column_count: true,
    }) as string[][];
    let matched = 0;
    for (const row of table.slice(1)) {
      const [period, name, total] = row;
      if (!name || !total || total.trim() === '') continue;
      const code = byName.get(name) ?? byName.get(name.replace(/\s\([^)]*\)$/, ''));
      const region = code ? regions.get(code) : undefined;
      if (!region) continue;
      region.population.push({
        year: Number(period),
        count: Number(total.trim()),
        source: SOURCE_2020,
      });
      matched++;
    }
    notes.push(
      `population 2020 for ${matched} gemeenten from the CBS key figures, matched by name.`,
    );
  }

  // higher levels: the sum of their gemeenten, per year, unless the source gave a figure
  const sums = new Map<string, Map<number, number>>();
  for (const r of regions.values()) {
    if (r.level !== 'gemeente') continue;
    for (const p of r.population) {
      for (const parent of r.parents) {
        const perYear = sums.get(parent.code) ?? new Map<number, number>();
        perYear.set(p.year, (perYear.get(p.year) ?? 0) + p.count);
        sums.set(parent.code, perYear);
      }
    }
  }
  for (const [code, perYear] of sums) {
    const region = regions.get(code)!;
    for (const [year, count] of perYear) {
      if (region.population.some((p) => p.year === year)) continue;
      const population: RegionPopulation = {
        year,
        count,
        source: `sum of its gemeenten (${year})`,
      };
      region.population.push(population);
    }
    region.population.sort((a, b) => a.year - b.year);
  }

  for (const r of regions.values()) r.population.sort((a, b) => a.year - b.year);
  const order: RegionLevel[] = [
    'land',
    'provincie',
    'ggd-regio',
    'veiligheidsregio',
    'gemeente',
    'wijk',
    'buurt',
  ];
  return {
    regions: [...regions.values()].sort(
      (a, b) => order.indexOf(a.level) - order.indexOf(b.level) || a.code.localeCompare(b.code),
    ),
    redivisions: [...redivisions],
    notes,
  };
}
