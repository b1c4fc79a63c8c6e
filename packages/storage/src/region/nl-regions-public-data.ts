import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BORDER_GEMEENTEN,
  MUNICIPAL_REDIVISIONS,
  SHRINKING_REGIONS,
  buildRegionReference,
} from '@weegschaal/core';
import type { Region } from '@weegschaal/core';
import type { PublicDataResult, PublicDataSource } from '../public-data/public-data-loader.ts';
import { getMeta, setMeta } from '../app-meta/app-meta.repository.ts';
import { ensureIndicatorCatalogue } from '../indicator/indicator.repository.ts';
import { replaceRedivisions, upsertRegions } from './region.repository.ts';
import { syncGgdRegions } from './ggd-region.repository.ts';
import { loadDemoSeries } from '../observation/demo-series-loader.ts';

export const NL_REGIONS_FILES = {
  gemeenten2023: 'gemeenten_2023.csv',
  veiligheidsregios: 'veiligheidsregios.csv',
  gemeenten2019: 'cbs_gemeenten_alfabetisch_2019.csv',
  kerncijfers2020: 'cbs_regionale_kerncijfers_2020.csv',
} as const;

/** The map of gemeenten and veiligheidsregio's; served as it is, never copied into the repo. */
export const NL_REGIONS_TOPOJSON = 'nl-vr-gm-2023.topo.json';

const META_KEY = 'public-data.nl-regions.sha256';

function summarise(regions: readonly Region[]): string {
  const current = regions.filter((r) => r.divisionTo === null);
  const count = (level: Region['level']) => current.filter((r) => r.level === level).length;
  return (
    `${count('land')} land, ${count('provincie')} provincies, ${count('veiligheidsregio')} veiligheidsregio's, ` +
    `${count('gemeente')} gemeenten (2023) + ${regions.length - current.length} earlier gemeenten; ` +
    `${current.filter((r) => r.border).length} border (GROS), ${current.filter((r) => r.shrinking).length} krimp`
  );
}

/**
 * The region registry from ../shared/data/nl-regions, with the GROS, krimp and re-division
 * lists from core. Loads first, because observations refer to regions. The checksum covers
 * the files and the lists, so a change in either reloads; the indicator catalogue is
 * refreshed here too, because every later source needs it.
 */
export const nlRegionsPublicDataSource: PublicDataSource = {
  name: 'nl-regions',
  async load(db, sharedDataDir): Promise<PublicDataResult> {
    const dir = join(sharedDataDir, 'nl-regions');
    const paths = Object.values(NL_REGIONS_FILES).map((f) => join(dir, f));
    const missing = paths.filter((p) => !existsSync(p));
    if (missing.length > 0) {
      return {
        source: 'nl-regions',
        status: 'missing',
        summary: `not found: ${missing.join(', ')}`,
      };
    }
    const text = Object.fromEntries(
      Object.entries(NL_REGIONS_FILES).map(([key, file]) => [
        key,
        readFileSync(join(dir, file), 'utf8'),
      ]),
    ) as Record<keyof typeof NL_REGIONS_FILES, string>;
    const hash = createHash('sha256');
    for (const key of Object.keys(NL_REGIONS_FILES)) hash.update(text[key as keyof typeof text]);
    hash.update(JSON.stringify([BORDER_GEMEENTEN, SHRINKING_REGIONS, MUNICIPAL_REDIVISIONS]));
    const checksum = hash.digest('hex');
    const reference = buildRegionReference(text);
    if ((await getMeta(db, META_KEY)) === checksum) {
      await ensureIndicatorCatalogue(db);
      return {
        source: 'nl-regions',
        status: 'unchanged',
        summary: `unchanged: ${summarise(reference.regions)}`,
      };
    }
    await db.transaction().execute(async (trx) => {
      await upsertRegions(trx, reference.regions);
      // reloading the gemeenten replaced their parents: give back their loaded GGD-regio
      await syncGgdRegions(trx);
      await replaceRedivisions(trx, reference.redivisions);
      await ensureIndicatorCatalogue(trx);
      await setMeta(trx, META_KEY, checksum);
    });
    // with demo data asked for, the demo series now get their regional part
    const demo = (await getMeta(db, 'demo.loadedAt')) ? await loadDemoSeries(db) : null;
    return {
      source: 'nl-regions',
      status: 'loaded',
      summary: `${summarise(reference.regions)}${demo ? `; demo series: ${demo.observations} values (${demo.status})` : ''}`,
    };
  },
};
