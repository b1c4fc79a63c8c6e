import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DomainError, invalidInput } from '@weegschaal/core';
import type { GgdColumns } from '@weegschaal/core';
import { loadGgdRegions, nlRegionsPublicDataSource } from '@weegschaal/storage';
import type { GgdLoadReport } from '@weegschaal/storage';
import { sharedDataDir } from '../config.ts';
import { withDatabase } from '../with-database.ts';
import { printInvalidParams } from './import.command.ts';

interface LoadGgdOptions {
  year?: string;
  dryRun?: boolean;
  gemeenteColumn?: string;
  ggdCodeColumn?: string;
  ggdNameColumn?: string;
}

function parseYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text)) {
    throw invalidInput(`--year must be a year such as 2023`, [
      { name: '--year', reason: 'four digits', value: text },
    ]);
  }
  return Number(text);
}

function describe(report: GgdLoadReport): string {
  const verb =
    report.status === 'loaded'
      ? 'Loaded'
      : report.status === 'unchanged'
        ? 'Unchanged (already loaded):'
        : 'Dry run, nothing written:';
  const lines = [
    `${verb} ${report.regions} GGD-regio's with ${report.gemeenten} gemeenten for the ${report.year} division from ${report.fileName}`,
    ...report.explanation.map((line) => `  ${line}`),
    `  new GGD-regio's: ${report.newRegions.length > 0 ? report.newRegions.join(' ') : 'none'}; ` +
      `gemeenten with a new or changed GGD-regio: ${report.changedGemeenten}`,
  ];
  if (report.uncoveredGemeenten.length > 0) {
    lines.push(`  not in the file: ${report.uncoveredGemeenten.join(' ')}`);
  }
  return lines.join('\n');
}

export function registerRegionsCommand(program: Command): void {
  const regions = program.command('regions').description('The region registry');
  regions
    .command('load-ggd')
    .description(
      'Load the GGD-regio of every gemeente from the CBS table "Gebieden in Nederland" ' +
        '(StatLine, e.g. 85385NED for 2023; CSV or OData JSON); all or nothing',
    )
    .argument('<file>', 'the downloaded table')
    .option('--year <year>', 'the municipal division the file describes (default: from the name)')
    .option('--dry-run', 'check and report, write nothing')
    .option('--gemeente-column <name>', 'the column with the gemeente code (default: detected)')
    .option('--ggd-code-column <name>', 'the column with the GGD-regio code (default: detected)')
    .option('--ggd-name-column <name>', 'the column with the GGD-regio name (default: detected)')
    .action(async (file: string, options: LoadGgdOptions) => {
      try {
        const year = parseYear(options.year);
        const columns: Partial<GgdColumns> = {
          ...(options.gemeenteColumn ? { gemeenteCode: options.gemeenteColumn } : {}),
          ...(options.ggdCodeColumn ? { ggdCode: options.ggdCodeColumn } : {}),
          ...(options.ggdNameColumn ? { ggdName: options.ggdNameColumn } : {}),
        };
        const bytes = readFileSync(file);
        const report = await withDatabase(program, 'regions', async (handle) => {
          // the gemeenten of the year are checked against the registry: make sure it is there
          await nlRegionsPublicDataSource.load(handle.db, sharedDataDir());
          return loadGgdRegions(handle.db, {
            fileName: basename(file),
            bytes: new Uint8Array(bytes),
            ...(year !== undefined ? { year } : {}),
            columns,
            dryRun: options.dryRun ?? false,
          });
        });
        console.log(describe(report));
      } catch (error) {
        if (error instanceof DomainError) printInvalidParams(error);
        throw error;
      }
    });
}
