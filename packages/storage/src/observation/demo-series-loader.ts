import type { Kysely } from 'kysely';
import {
  DEMO_SERIES_RANGE,
  DEMO_SERIES_VERSION,
  NATIONAL_REGION_CODE,
  generateDemoSeries,
} from '@weegschaal/core';
import type { DemoRegion } from '@weegschaal/core';
import type { Database } from '../database.ts';
import { ensureIndicatorCatalogue, listIndicators } from '../indicator/indicator.repository.ts';
import { listRegions, upsertRegions } from '../region/region.repository.ts';
import { findAppliedSourceBatch } from '../imports/import-batch.repository.ts';
import { commitObservationBatch, sha256 } from '../imports/observation-importer.ts';

export const DEMO_SERIES_FILE = 'demo-societal-series';

export interface DemoSeriesReport {
  status: 'loaded' | 'unchanged';
  observations: number;
  batchId: number | null;
}

/**
 * Loads the generated societal demo series (labelled demo) for the regions present. Without
 * the region registry only the national series exist; once nl-regions has loaded, a new
 * batch adds the regional series, and the national values stay as they were (unchanged).
 */
export async function loadDemoSeries(db: Kysely<Database>): Promise<DemoSeriesReport> {
  await ensureIndicatorCatalogue(db);
  let regions = await listRegions(db, { currentOnly: true });
  if (!regions.some((r) => r.code === NATIONAL_REGION_CODE)) {
    await upsertRegions(db, [
      {
        code: NATIONAL_REGION_CODE,
        name: 'Nederland',
        displayName: null,
        level: 'land',
        parents: [],
        divisionFrom: 2019,
        divisionTo: null,
        border: false,
        shrinking: false,
        population: [],
      },
    ]);
    regions = await listRegions(db, { currentOnly: true });
  }
  const demoRegions: DemoRegion[] = regions.map((r) => ({
    code: r.code,
    level: r.level,
    population: r.population.at(-1)?.count ?? 0,
  }));
  const indicators = await listIndicators(db);
  // the series are a function of the generator, the indicators and the regions: hash those
  // (cheap) instead of the generated values, so that an unchanged start skips generating
  const checksum = sha256(
    new TextEncoder().encode(
      JSON.stringify([DEMO_SERIES_VERSION, DEMO_SERIES_RANGE, indicators, demoRegions]),
    ),
  );
  const previous = await findAppliedSourceBatch(db, 'demo', DEMO_SERIES_FILE, checksum);
  if (previous) {
    return { status: 'unchanged', observations: previous.counts.rowsRead, batchId: null };
  }
  const observations = generateDemoSeries(indicators, demoRegions);
  const committed = await commitObservationBatch(db, {
    fileName: DEMO_SERIES_FILE,
    format: 'generated',
    source: 'demo',
    checksum,
    createdBy: 'demo loader',
    demo: true,
    dryRun: false,
    rowsRead: observations.length,
    emptyValues: 0,
    observations,
    rejections: [],
    explanation: [
      `Generated demo series (seeded, labelled demo) for ${new Set(observations.map((o) => o.indicatorCode)).size} societal indicators without public data in shared/, ` +
        `for ${demoRegions.length} regions.`,
    ],
  });
  return { status: 'loaded', observations: observations.length, batchId: committed.batchId };
}
