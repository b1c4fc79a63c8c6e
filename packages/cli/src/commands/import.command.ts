import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename, extname } from 'node:path';
import { DomainError, invalidInput } from '@weegschaal/core';
import {
  dryRunOxcgrtCsv,
  importObservations,
  importOxcgrtCsv,
  migrateToLatest,
  nlRegionsPublicDataSource,
  openDatabase,
} from '@weegschaal/storage';
import type {
  ImportProgress,
  ObservationImportReport,
  OxcgrtImportReport,
} from '@weegschaal/storage';
import { databaseConfig, sharedDataDir } from '../config.ts';
import type { CommonOptions } from '../config.ts';

export const IMPORT_FORMATS = ['auto', 'oxcgrt', 'observations-csv', 'xlsx', 'cbs-odata'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
type ConcreteFormat = Exclude<ImportFormat, 'auto'>;

interface ImportOptions {
  format: string;
  dryRun?: boolean;
}

/** Recognises a file by its extension and first line; null when it cannot tell. */
export function detectFormat(path: string, bytes: Buffer): ConcreteFormat | null {
  if (extname(path).toLowerCase() === '.xlsx' || (bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    return 'xlsx';
  }
  const header =
    bytes
      .subarray(0, 4096)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)[0] ?? '';
  const columns = header.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
  if (columns.includes('CountryCode') && columns.some((c) => /^C\d_/.test(c))) return 'oxcgrt';
  if (header.trimStart().startsWith('{') || extname(path).toLowerCase() === '.json') {
    return 'cbs-odata';
  }
  // any other delimited text with a header is read as observations (long or wide layout)
  if (/[;,\t]/.test(header) && !header.includes('\u0000')) return 'observations-csv';
  return null;
}

function describeOxcgrt(report: OxcgrtImportReport): string {
  const countries = report.countries
    .map((c) => `${c.countryCode} ${c.from}…${c.to} (${c.days} days)`)
    .join(', ');
  const check = report.stringencyCheck;
  const lines = [
    `${report.dryRun ? 'Dry run: would import' : 'Imported'} ${report.fileName}: ` +
      `${report.days} country-days, ${report.records} indicator levels (${report.indicators.join(' ')}).`,
    `  Countries: ${countries}.`,
    `  Stringency Index computed from the levels vs published: max deviation ` +
      `${check.maxDeviation.toFixed(4)} over ${check.comparedDays} days` +
      (check.worst ? ` (largest: ${check.worst.countryCode} ${check.worst.date}).` : '.'),
  ];
  if (report.ignoredColumns.length > 0) {
    lines.push(`  Ignored columns (not ordinal levels): ${report.ignoredColumns.join(', ')}.`);
  }
  if (report.regionalRowsSkipped > 0) {
    lines.push(`  Skipped ${report.regionalRowsSkipped} sub-national rows.`);
  }
  if (report.dryRun) lines.push('  Nothing was written.');
  return lines.join('\n');
}

/** A progress bar on stderr (a line per phase when stderr is not a terminal). */
function progressOnStderr(): (progress: ImportProgress) => void {
  let lastPhase = '';
  return ({ phase, done, total }) => {
    const fraction = total === 0 ? 1 : done / total;
    if (process.stderr.isTTY) {
      const width = 30;
      const filled = Math.round(fraction * width);
      process.stderr.write(
        `\r${phase.padEnd(10)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ` +
          `${Math.round(fraction * 100)}% (${done}/${total})` +
          (fraction >= 1 ? '\n' : ''),
      );
    } else if (phase !== lastPhase || fraction >= 1) {
      process.stderr.write(`${phase}: ${done}/${total}\n`);
    }
    lastPhase = phase;
  };
}

function describeObservations(report: ObservationImportReport): string {
  const c = report.counts;
  const verb =
    report.status === 'applied'
      ? `Imported ${report.fileName} as batch ${report.batchId}`
      : report.status === 'rejected'
        ? `Rejected ${report.fileName} (batch ${report.batchId}, nothing was imported)`
        : `Dry run of ${report.fileName}: nothing was written`;
  return [
    `${verb} [${report.format}, sha256 ${report.checksum.slice(0, 12)}…]`,
    `  rows read: ${c.rowsRead}; values new: ${c.observationsNew}, revised: ${c.observationsRevised}, ` +
      `unchanged: ${c.observationsUnchanged}; empty cells: ${c.emptyValues}; rejected rows: ${c.rejectedRows}`,
    ...report.explanation.map((line) => `  ${line}`),
  ].join('\n');
}

const MAX_LISTED = 200;

/** All or nothing: any rejected row fails the command, every row located for the user. */
function rejectedRows(report: ObservationImportReport): DomainError {
  const listed = report.rejections.slice(0, MAX_LISTED).map((r) => ({
    name: `${r.file}:${r.row}:${r.column}`,
    reason: `${r.reason}: ${r.message}`,
    value: r.value,
  }));
  const more = report.rejections.length - listed.length;
  return invalidInput(
    `${report.rejections.length} rejected value(s) in ${report.counts.rejectedRows} row(s) of ` +
      `${report.fileName}; nothing was imported` +
      (more > 0
        ? ` (first ${MAX_LISTED} listed; GET /api/v1/imports/${report.batchId} has all)`
        : ''),
    listed,
  );
}

/** Every located problem on its own line, compiler style: file:line:column: reason (value). */
export function printInvalidParams(error: DomainError): void {
  for (const p of error.invalidParams) {
    const value = p.value === undefined ? '' : ` (value: ${JSON.stringify(p.value)})`;
    console.error(`  ${p.name}: ${p.reason}${value}`);
  }
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description(
      'Import a data file; every row is validated and the file is imported whole or not at all',
    )
    .argument('<file>', 'the file to import')
    .option(
      '--format <format>',
      `file format: ${IMPORT_FORMATS.join(', ')} (auto recognises it from the file)`,
      'auto',
    )
    .option('--dry-run', 'validate and report, write nothing')
    .action(async (file: string, options: ImportOptions) => {
      const requested = IMPORT_FORMATS.find((f) => f === options.format);
      if (!requested) {
        throw invalidInput(`unknown format '${options.format}'`, [
          {
            name: '--format',
            reason: `one of ${IMPORT_FORMATS.join(', ')}`,
            value: options.format,
          },
        ]);
      }
      const bytes = readFileSync(file);
      const format = requested === 'auto' ? detectFormat(file, bytes) : requested;
      if (!format) {
        throw invalidInput(`cannot tell the format of ${file}; pass --format`, [
          { name: '--format', reason: 'not recognised from the file' },
        ]);
      }
      try {
        switch (format) {
          case 'oxcgrt': {
            const text = bytes.toString('utf8');
            // validate before opening the database: a bad file never touches it
            const dryRun = dryRunOxcgrtCsv(text, basename(file));
            if (options.dryRun) {
              console.log(describeOxcgrt(dryRun));
              return;
            }
            const handle = await openDatabase(
              databaseConfig(program.opts<CommonOptions>(), 'import'),
            );
            try {
              await migrateToLatest(handle.db);
              console.log(describeOxcgrt(await importOxcgrtCsv(handle.db, text, basename(file))));
            } finally {
              await handle.close();
            }
            return;
          }
          case 'observations-csv':
          case 'xlsx':
          case 'cbs-odata': {
            const handle = await openDatabase(
              databaseConfig(program.opts<CommonOptions>(), 'import'),
            );
            try {
              await migrateToLatest(handle.db);
              // region codes are checked against the registry: make sure it is there
              // (skipped in a fraction of a second when it is loaded and unchanged)
              await nlRegionsPublicDataSource.load(handle.db, sharedDataDir());
              const report = await importObservations(handle.db, {
                fileName: basename(file),
                bytes: new Uint8Array(bytes),
                format,
                dryRun: options.dryRun ?? false,
                createdBy: `cli:${userInfo().username}`,
                onProgress: progressOnStderr(),
              });
              console.log(describeObservations(report));
              if (report.rejections.length > 0) throw rejectedRows(report);
            } finally {
              await handle.close();
            }
            return;
          }
          default: {
            const unreachable: never = format;
            throw new Error(`unhandled import format ${String(unreachable)}`);
          }
        }
      } catch (error) {
        if (error instanceof DomainError) printInvalidParams(error);
        throw error;
      }
    });
}
