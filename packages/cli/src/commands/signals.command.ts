import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { SIGNAL_TEXT_RETENTION_DAYS, invalidInput } from '@weegschaal/core';
import {
  SignalImportRejected,
  importSignalsCsv,
  migrateToLatest,
  openDatabase,
  purgeExpiredSignalText,
} from '@weegschaal/storage';
import { databaseConfig } from '../config.ts';
import type { CommonOptions } from '../config.ts';

function retentionDays(value: string | undefined, env: NodeJS.ProcessEnv): number {
  const raw = value ?? env['WEEGSCHAAL_SIGNAL_RETENTION_DAYS'];
  if (raw === undefined) return SIGNAL_TEXT_RETENTION_DAYS;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 1)
    throw invalidInput(`retention '${raw}' is not a whole number of days ≥ 1`);
  return days;
}

export function registerSignalsCommand(program: Command): void {
  const signals = program.command('signals').description('Signals from practice');
  signals
    .command('retention')
    .description(
      `Delete the text of signals older than the retention period (default ${SIGNAL_TEXT_RETENTION_DAYS} days); counts stay`,
    )
    .option('--days <n>', 'retention period in days (or WEEGSCHAAL_SIGNAL_RETENTION_DAYS)')
    .action(async (options: { days?: string }) => {
      const days = retentionDays(options.days, process.env);
      const handle = await openDatabase(
        databaseConfig(program.opts<CommonOptions>(), 'signals retention'),
      );
      try {
        await migrateToLatest(handle.db);
        const report = await handle.db
          .transaction()
          .execute((trx) => purgeExpiredSignalText(trx, new Date(), days));
        console.log(
          `Retention ${report.days} days (received before ${report.cutoff}): text deleted from ${report.purged} signals now; ` +
            `${report.kept} signals keep their text, ${report.withoutText} are counted without text.`,
        );
      } finally {
        await handle.close();
      }
    });
  signals
    .command('import <file>')
    .description(
      'Import a CSV of signals, all or nothing (columns: text, region, observed_on, domain, target_group, people_count, knowledge_source, circle_code)',
    )
    .option('--as <username>', 'the account reporting the signals (pseudonymised); default the CLI')
    .action(async (file: string, options: { as?: string }) => {
      const csv = await readFile(file, 'utf8');
      const handle = await openDatabase(
        databaseConfig(program.opts<CommonOptions>(), 'signals import'),
      );
      try {
        await migrateToLatest(handle.db);
        let reporterKey = 'cli-import';
        if (options.as) {
          const account = await handle.db
            .selectFrom('user_account')
            .select('id')
            .where('username', '=', options.as)
            .executeTakeFirst();
          if (!account) throw invalidInput(`--as: no account '${options.as}'`);
          reporterKey = account.id;
        }
        const report = await handle.db
          .transaction()
          .execute((trx) =>
            importSignalsCsv(trx, csv, { file: basename(file), reporterKey, now: new Date() }),
          );
        console.log(
          `Imported ${report.imported} signals from ${report.file}: ${report.references[0]} … ${report.references.at(-1)}.`,
        );
      } catch (error) {
        if (error instanceof SignalImportRejected) {
          for (const e of error.errors)
            console.error(
              `${e.file}: row ${e.row}, column ${e.column}${e.value !== null ? `, value '${e.value}'` : ''}: ${e.reason}`,
            );
        }
        throw error;
      } finally {
        await handle.close();
      }
    });
}
