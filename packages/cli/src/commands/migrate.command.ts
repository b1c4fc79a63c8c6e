import type { Command } from 'commander';
import { migrateDownAll, migrateToLatest, openDatabase } from '@weegschaal/storage';
import { databaseConfig } from '../config.ts';
import type { CommonOptions } from '../config.ts';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('Bring the database schema to the latest version (or undo all with --down-all)')
    .option('--down-all', 'undo every migration (destroys all data)')
    .action(async (options: CommonOptions & { downAll?: boolean }) => {
      const handle = await openDatabase(databaseConfig(program.opts<CommonOptions>(), 'migrate'));
      try {
        const report = options.downAll
          ? await migrateDownAll(handle.db)
          : await migrateToLatest(handle.db);
        const what = options.downAll ? 'undone' : 'applied';
        console.log(
          report.applied.length === 0
            ? `Database ${handle.location} is up to date (${report.current ?? 'empty'}).`
            : `Migrations ${what} on ${handle.location}: ${report.applied.join(', ')}. Now at ${report.current ?? 'empty'}.`,
        );
      } finally {
        await handle.close();
      }
    });
}
