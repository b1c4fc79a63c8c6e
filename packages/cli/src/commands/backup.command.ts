import type { Command } from 'commander';
import { resolve } from 'node:path';
import { backupDatabase, restoreDatabase } from '@weegschaal/storage';
import type { BackupReport } from '@weegschaal/storage';
import { databaseConfig } from '../config.ts';
import type { CommonOptions } from '../config.ts';

function describe(report: BackupReport): string {
  const format =
    report.format === 'pg-dump-custom'
      ? 'pg_dump custom format'
      : 'PGlite data directory, gzipped tar';
  return `${report.file} (${format}, ${report.bytes} bytes, SHA-256 ${report.sha256})`;
}

export function registerBackupCommands(program: Command): void {
  program
    .command('backup <file>')
    .description(
      'Write a backup of the whole database to <file>: PGlite data-directory tarball, or pg_dump custom format with DATABASE_URL',
    )
    .action(async (file: string) => {
      const target = resolve(file);
      const report = await backupDatabase(
        databaseConfig(program.opts<CommonOptions>(), 'backup'),
        target,
      );
      console.log(`Backup of ${report.location} written: ${describe(report)}.`);
    });

  program
    .command('restore <file>')
    .description(
      'Restore a backup made by "weegschaal backup" into an empty database (data directory or DATABASE_URL)',
    )
    .option('--force', 'replace the data already in the target')
    .action(async (file: string, options: { force?: boolean }) => {
      const report = await restoreDatabase(
        databaseConfig(program.opts<CommonOptions>(), 'restore'),
        resolve(file),
        { force: options.force === true },
      );
      console.log(
        `Restored ${describe(report)} into ${report.location}` +
          `${report.replaced ? ', replacing the data that were there' : ''}.`,
      );
    });
}
