import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { computeStringencyIndex, STRINGENCY_INDICATORS } from '@weegschaal/core';
import type { PolicyLevels } from '@weegschaal/core';

/**
 * The proof of the stringency engine: on every day of 2020–2022 for the Netherlands, Belgium
 * and Germany, the index computed from the published ordinal levels and flags equals the
 * published legacy-format `StringencyIndex` to within 0.01. The file is read where it lies,
 * beside the repository (../shared/data), never copied in.
 */
const FILE = new URL(
  '../../../../../shared/data/oxcgrt/oxcgrt_legacy_nld_bel_deu_daily.csv',
  import.meta.url,
);

type Row = Record<string, string>;

function levelsOf(row: Row): PolicyLevels {
  const levels: PolicyLevels = {};
  for (const code of STRINGENCY_INDICATORS) {
    const levelColumn = Object.keys(row).find(
      (c) => c.startsWith(`${code}_`) && c !== `${code}_flag`,
    );
    const level = levelColumn ? row[levelColumn] : undefined;
    if (level === undefined || level === '') continue;
    const flag = row[`${code}_flag`];
    levels[code] = { level: Number(level), flag: flag === '1' ? 1 : flag === '0' ? 0 : null };
  }
  return levels;
}

describe('the Stringency Index computed from OxCGRT levels and flags', () => {
  const rows = parse(readFileSync(FILE, 'utf8'), { columns: true, bom: true }) as Row[];

  it.each(['NLD', 'BEL', 'DEU'])(
    'reproduces the published index for %s on every day',
    (country) => {
      const days = rows.filter((r) => r['CountryCode'] === country);
      expect(days).toHaveLength(1096); // 2020-01-01 … 2022-12-31
      let compared = 0;
      let maxDeviation = 0;
      let worstDay = '';
      for (const row of days) {
        const published = row['StringencyIndex'];
        const result = computeStringencyIndex(levelsOf(row));
        expect(result.value, `${country} ${row['Date']}: ${result.explanation}`).not.toBeNull();
        if (published === undefined || published === '') continue;
        compared += 1;
        const deviation = Math.abs((result.value ?? NaN) - Number(published));
        if (deviation > maxDeviation) {
          maxDeviation = deviation;
          worstDay = row['Date'] ?? '';
        }
        expect(deviation, `${country} ${row['Date']}: ${result.explanation}`).toBeLessThanOrEqual(
          0.01,
        );
        // rounded as OxCGRT rounds, the computed index is the published one
        expect(result.rounded).toBeCloseTo(Number(published), 2);
      }
      expect(compared).toBe(1096);
      console.info(
        `${country}: ${compared} days compared, max |computed − published| = ${maxDeviation.toFixed(6)} (on ${worstDay})`,
      );
    },
  );
});
