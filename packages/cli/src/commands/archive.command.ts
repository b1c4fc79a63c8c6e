import type { Command } from 'commander';
import { resolve } from 'node:path';
import {
  archiveFileHash,
  contentHash,
  exportArchive,
  importArchive,
  verifyAuditLog,
} from '@weegschaal/storage';
import type { ArchiveSummary } from '@weegschaal/storage';
import { withDatabase } from '../with-database.ts';

function counts(summary: ArchiveSummary): string {
  const filled = summary.tables.filter((t) => t.rows > 0).length;
  return `${summary.totalRows} rows in ${summary.tables.length} tables (${filled} with rows), schema ${summary.schemaVersion}`;
}

/**
 * The portable archive (docs/archive-format.md): the whole knowledge base in one file that
 * outlives the host, and its content hash. The hash is printed as the LAST line so that
 * scripts can compare two hosts with `tail -1`.
 */
export function registerArchiveCommand(program: Command): void {
  const archive = program
    .command('archive')
    .description('Portable archive of the whole knowledge base: export, import, content hash');

  archive
    .command('export <file>')
    .description("Write the database to <file> (gzip'd JSON Lines, versioned and documented)")
    .action(async (file: string) => {
      const target = resolve(file);
      await withDatabase(program, 'archive export', async (handle) => {
        const summary = await exportArchive(handle.db, target);
        console.log(`Archive of ${handle.location} written to ${target}: ${counts(summary)}.`);
        console.log(summary.contentHash);
      });
    });

  archive
    .command('import <file>')
    .description(
      'Import <file> into an EMPTY database migrated to the same schema version, in one transaction',
    )
    .action(async (file: string) => {
      const source = resolve(file);
      await withDatabase(program, 'archive import', async (handle) => {
        const summary = await importArchive(handle.db, source);
        const audit = await verifyAuditLog(handle.db);
        if (!audit.ok) {
          throw new Error(
            `the archive was imported but its audit trail does not verify at entry ${audit.firstBroken?.seq}: ${audit.firstBroken?.explanation}`,
          );
        }
        console.log(`Archive ${source} imported into ${handle.location}: ${counts(summary)}.`);
        console.log(`Audit trail intact: ${audit.checked} entries verified.`);
        console.log(
          'Accounts came without passwords (the archive never holds them): set new ones with `weegschaal users reset <username>`.',
        );
        console.log(summary.contentHash);
      });
    });

  archive
    .command('hash')
    .description('Print the content hash of the database (or of --file) as the last line')
    .option('--file <file>', 'hash an archive file instead, after checking its records')
    .action(async (options: { file?: string }) => {
      if (options.file) {
        console.log(await archiveFileHash(resolve(options.file)));
        return;
      }
      await withDatabase(program, 'archive hash', async (handle) => {
        console.log(await contentHash(handle.db));
      });
    });
}
