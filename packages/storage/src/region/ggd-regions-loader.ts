import {
  ggdYearFromFileName,
  invalidInput,
  parseCbsOData,
  parseCsvTable,
  readGgdDivision,
} from '@weegschaal/core';
import type { GgdColumns, GgdDivision, TabularFile } from '@weegschaal/core';
import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import {
  gemeentenOfDivision,
  ggdMembershipsOfYear,
  replaceGgdDivision,
} from './ggd-region.repository.ts';

export interface GgdLoadRequest {
  fileName: string;
  bytes: Uint8Array;
  /** the division year; read from the file name (table id or year) when left out */
  year?: number;
  columns?: Partial<GgdColumns>;
  dryRun?: boolean;
}

export interface GgdLoadReport {
  fileName: string;
  year: number;
  status: 'loaded' | 'unchanged' | 'dry-run';
  regions: number;
  gemeenten: number;
  /** GGD codes that were not in the registry before */
  newRegions: string[];
  /** gemeenten whose GGD-regio for this year differs from what was stored (or was absent) */
  changedGemeenten: number;
  uncoveredGemeenten: string[];
  explanation: string[];
}

/** At most this many located problems are listed; the message gives the total. */
const MAX_LISTED = 200;

function readTable(fileName: string, bytes: Uint8Array): TabularFile {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (text.trimStart().startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw invalidInput(`${fileName} is not readable JSON`, [
        { name: fileName, reason: error instanceof Error ? error.message : String(error) },
      ]);
    }
    return parseCbsOData(fileName, json);
  }
  return parseCsvTable(fileName, text).table;
}

/** How many gemeenten the file places in another GGD-regio than stored, or no longer places. */
function changedMemberships(
  division: GgdDivision,
  stored: Awaited<ReturnType<typeof ggdMembershipsOfYear>>,
): number {
  let changed = 0;
  for (const [gm, ggd] of division.memberships) if (stored.memberships.get(gm) !== ggd) changed++;
  for (const gm of stored.memberships.keys()) if (!division.memberships.has(gm)) changed++;
  return changed;
}

/**
 * Loads the GGD-regio's of one division year from a CBS "Gebieden in Nederland" file (CSV in
 * either convention, or OData JSON) into the region registry, in one transaction: the file is
 * read and checked whole first, and any located problem stops it before anything is written.
 * Loading the same file again writes nothing; a file for another year adds that year.
 */
export async function loadGgdRegions(
  db: Kysely<Database>,
  request: GgdLoadRequest,
): Promise<GgdLoadReport> {
  const year = request.year ?? ggdYearFromFileName(request.fileName);
  if (year === null) {
    throw invalidInput(`the division year of ${request.fileName} is not in its name; pass --year`, [
      { name: '--year', reason: 'the municipal division (1 January) the file describes' },
    ]);
  }
  const gemeentenOfYear = await gemeentenOfDivision(db, year);
  if (gemeentenOfYear.size === 0) {
    throw invalidInput(`the region registry has no gemeenten for the ${year} division`, [
      {
        name: '--year',
        reason: 'the registry holds the divisions 2019 to 2023 (shared/data nl-regions)',
        value: year,
      },
    ]);
  }
  const table = readTable(request.fileName, request.bytes);
  const { division, rejections } = readGgdDivision(table, {
    year,
    gemeentenOfYear,
    ...(request.columns ? { columns: request.columns } : {}),
  });
  if (rejections.length > 0) {
    const more = rejections.length - MAX_LISTED;
    throw invalidInput(
      `${rejections.length} problem(s) in ${request.fileName}; nothing was loaded` +
        (more > 0 ? ` (first ${MAX_LISTED} listed)` : ''),
      rejections.slice(0, MAX_LISTED).map((r) => ({
        name: `${r.file}:${r.row}:${r.column}`,
        reason: `${r.reason}: ${r.message}`,
        value: r.value,
      })),
    );
  }
  const source = `CBS Gebieden in Nederland ${year} (${request.fileName})`;
  return db.transaction().execute(async (trx) => {
    const stored = await ggdMembershipsOfYear(trx, year);
    const changedGemeenten = changedMemberships(division, stored);
    const renamed = division.regions.some((r) => stored.names.get(r.code) !== r.name);
    const known = new Set(
      (
        await trx.selectFrom('region').select('code').where('level', '=', 'ggd-regio').execute()
      ).map((r) => r.code),
    );
    const report: GgdLoadReport = {
      fileName: request.fileName,
      year,
      status: request.dryRun ? 'dry-run' : 'loaded',
      regions: division.regions.length,
      gemeenten: division.memberships.size,
      newRegions: division.regions.map((r) => r.code).filter((c) => !known.has(c)),
      changedGemeenten,
      uncoveredGemeenten: division.uncoveredGemeenten,
      explanation: [...division.explanation],
    };
    if (request.dryRun) return report;
    if (changedGemeenten === 0 && !renamed) return { ...report, status: 'unchanged' };
    await replaceGgdDivision(trx, division, source);
    return report;
  });
}
