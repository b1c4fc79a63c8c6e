import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import {
  NATIONAL_REGION_CODE,
  convertExcessMortality,
  convertRivmGedrag,
  parseCsvTable,
  validateObservations,
} from '@weegschaal/core';
import type { ColumnMapping, ObservationInput, RejectedRow } from '@weegschaal/core';
import type { Database } from '../database.ts';
import type { PublicDataResult, PublicDataSource } from '../public-data/public-data-loader.ts';
import { listIndicators } from '../indicator/indicator.repository.ts';
import { regionCodes } from '../region/region.repository.ts';
import { findAppliedSourceBatch } from '../imports/import-batch.repository.ts';
import { commitObservationBatch, sha256 } from '../imports/observation-importer.ts';
import { nlRegionsPublicDataSource } from '../region/nl-regions-public-data.ts';

const LOADER = 'public-data loader';

interface Converted {
  observations: ObservationInput[];
  rejections: RejectedRow[];
  rowsRead: number;
  emptyValues: number;
  explanation: string[];
}

type FileResult = { status: 'loaded' | 'unchanged' | 'missing'; summary: string };

/**
 * One public file becomes one import batch, named by source, file and checksum: a file
 * already loaded with the same bytes is skipped, a changed file is loaded again and only
 * its changed values become new revisions.
 */
async function loadFile(
  db: Kysely<Database>,
  source: string,
  path: string,
  convert: (text: string, fileName: string) => Promise<Converted>,
): Promise<FileResult> {
  const fileName = path.split('/').at(-1)!;
  if (!existsSync(path)) return { status: 'missing', summary: `${fileName} not found` };
  const bytes = readFileSync(path);
  const checksum = sha256(bytes);
  if (await findAppliedSourceBatch(db, source, fileName, checksum)) {
    return { status: 'unchanged', summary: `${fileName} unchanged` };
  }
  const converted = await convert(bytes.toString('utf8'), fileName);
  const committed = await commitObservationBatch(db, {
    fileName,
    format: `${source}-csv`,
    source,
    checksum,
    createdBy: LOADER,
    demo: false,
    dryRun: false,
    ...converted,
  });
  const c = committed.counts;
  return {
    status: 'loaded',
    summary:
      committed.status === 'rejected'
        ? `${fileName}: REJECTED, ${c.rejectedRows} bad rows (batch ${committed.batchId})`
        : `${fileName}: ${c.observationsNew} new, ${c.observationsRevised} revised, ${c.observationsUnchanged} unchanged`,
  };
}

/** A CSV in the generic wide layout, read with the catalogue's import aliases. */
function wideCsv(db: Kysely<Database>, mapping: ColumnMapping = {}) {
  return async (text: string, fileName: string): Promise<Converted> => {
    const indicators = await listIndicators(db);
    const known = await regionCodes(db);
    const { table } = parseCsvTable(fileName, text, {
      delimiter: ',',
      decimalSeparator: '.',
      dateOrder: 'iso',
    });
    const v = validateObservations(table, {
      indicators,
      isKnownRegion: (c) => known.has(c),
      mapping,
    });
    return {
      observations: v.observations,
      rejections: v.rejections,
      rowsRead: v.rowsRead,
      emptyValues: v.emptyValues,
      explanation: v.explanation,
    };
  };
}

/** The national file lacks case and death counts; RIVM's advice is to sum the regions. */
function withNationalSums(codes: readonly string[], convert: ReturnType<typeof wideCsv>) {
  return async (text: string, fileName: string): Promise<Converted> => {
    const converted = await convert(text, fileName);
    const sums = new Map<string, ObservationInput>();
    for (const o of converted.observations) {
      if (!codes.includes(o.indicatorCode)) continue;
      const key = `${o.indicatorCode}|${o.period.key}`;
      const sum = sums.get(key);
      if (sum) sum.value += o.value;
      else sums.set(key, { ...o, regionCode: NATIONAL_REGION_CODE, lower: null, upper: null });
    }
    return {
      ...converted,
      observations: [...converted.observations, ...sums.values()],
      explanation: [
        ...converted.explanation,
        `${NATIONAL_REGION_CODE} values of ${codes.join(', ')} are the sum of the 25 veiligheidsregio's ` +
          `(${sums.size} values); counts without a known municipality are not in them.`,
      ],
    };
  };
}

/**
 * Observations refer to regions: when a source is loaded on its own (WEEGSCHAAL_PUBLIC_DATA),
 * the registry is loaded first (a no-op in a fraction of a second when it is there).
 */
async function ensureRegions(db: Kysely<Database>, sharedDataDir: string): Promise<void> {
  await nlRegionsPublicDataSource.load(db, sharedDataDir);
}

function combine(source: string, results: FileResult[]): PublicDataResult {
  const status = results.some((r) => r.status === 'loaded')
    ? 'loaded'
    : results.every((r) => r.status === 'missing')
      ? 'missing'
      : 'unchanged';
  return { source, status, summary: results.map((r) => r.summary).join('; ') };
}

/**
 * The Coronadashboard at start-up: per veiligheidsregio per day (with national sums), the
 * national hospital and IC figures, sewage water per gemeente per week, excess mortality and
 * Infectieradar. The daily files per gemeente (2 million values) are not loaded at start;
 * `weegschaal import ../shared/data/nl-corona-dashboard/gm_daily_2021.csv` brings them
 * (docs/decisions/0007).
 */
export const nlCoronaDashboardPublicDataSource: PublicDataSource = {
  name: 'nl-corona-dashboard',
  async load(db, sharedDataDir) {
    await ensureRegions(db, sharedDataDir);
    const dir = join(sharedDataDir, 'nl-corona-dashboard');
    const source = 'nl-corona-dashboard';
    const national: ColumnMapping = { fixedRegion: NATIONAL_REGION_CODE };
    const results = [
      await loadFile(
        db,
        source,
        join(dir, 'vr_daily.csv'),
        withNationalSums(['positive-tests', 'deaths-reported'], wideCsv(db)),
      ),
      await loadFile(db, source, join(dir, 'nl_daily.csv'), wideCsv(db, national)),
      await loadFile(db, source, join(dir, 'gm_sewer_weekly.csv'), wideCsv(db)),
      await loadFile(
        db,
        source,
        join(dir, 'nl_weekly_excess_mortality_cbs.csv'),
        async (text, file) => {
          const c = convertExcessMortality(text, file);
          return {
            ...c,
            rejections: [],
            rowsRead: c.observations.length + c.skipped,
            emptyValues: c.skipped,
          };
        },
      ),
      await loadFile(db, source, join(dir, 'nl_weekly_infectieradar.csv'), wideCsv(db, national)),
      await loadFile(db, source, join(dir, 'nl_weekly_self_test.csv'), wideCsv(db, national)),
    ];
    return combine(source, results);
  },
};

/** RIVM's daily Rt estimate with its interval. */
export const rivmRtPublicDataSource: PublicDataSource = {
  name: 'rivm-rt',
  async load(db, sharedDataDir) {
    await ensureRegions(db, sharedDataDir);
    const mapping: ColumnMapping = {
      fixedRegion: NATIONAL_REGION_CODE,
      columns: { period: 'Date', lower: 'Rt_low', upper: 'Rt_up' },
    };
    const path = join(sharedDataDir, 'rivm-rt', 'rivm_reproductiegetal_20220303.csv');
    return combine('rivm-rt', [await loadFile(db, 'rivm-rt', path, wideCsv(db, mapping))]);
  },
};

/** The RIVM behaviour survey: compliance, support and worries per rule, VR and subgroup. */
export const rivmGedragPublicDataSource: PublicDataSource = {
  name: 'rivm-gedrag',
  async load(db, sharedDataDir) {
    await ensureRegions(db, sharedDataDir);
    const path = join(sharedDataDir, 'rivm-gedrag', 'COVID-19_gedrag_20210504.csv');
    return combine('rivm-gedrag', [
      await loadFile(db, 'rivm-gedrag', path, async (text, file) => {
        const c = convertRivmGedrag(text, file, await listIndicators(db));
        return {
          ...c,
          rejections: [],
          rowsRead: c.observations.length + c.skipped,
          emptyValues: c.skipped,
        };
      }),
    ]);
  },
};
