import { join } from 'node:path';
import type { PublicDataSource } from '../public-data/public-data-loader.ts';
import { loadFileIfChanged } from './checksummed-file.ts';
import { validateOxcgrtCsv, writeOxcgrtDays } from './oxcgrt-import.ts';

export const OXCGRT_LEGACY_FILE = 'oxcgrt_legacy_nld_bel_deu_daily.csv';

/** The real OxCGRT daily record of NLD, BEL and DEU (CC BY 4.0, Blavatnik School of Government). */
export const oxcgrtPublicDataSource: PublicDataSource = {
  name: 'oxcgrt',
  async load(db, sharedDataDir) {
    const result = await loadFileIfChanged(
      db,
      'oxcgrt',
      join(sharedDataDir, 'oxcgrt', OXCGRT_LEGACY_FILE),
      async (trx, text, fileName) => {
        const report = await writeOxcgrtDays(trx, validateOxcgrtCsv(text, fileName), fileName);
        const countries = report.countries.map((c) => c.countryCode).join(', ');
        const check = report.stringencyCheck;
        return (
          `${report.days} country-days (${countries}), ${report.records} indicator levels; ` +
          `computed Stringency Index within ${check.maxDeviation.toFixed(4)} of the published one ` +
          `on ${check.comparedDays} days`
        );
      },
    );
    return { source: 'oxcgrt', ...result };
  },
};
