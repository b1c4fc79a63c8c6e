import type { Command } from 'commander';
import { loadDemoData, migrateToLatest, openDatabase } from '@weegschaal/storage';
import { databaseConfig } from '../config.ts';
import type { CommonOptions } from '../config.ts';

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('Load the generated demo data (idempotent: loading twice changes nothing)')
    .action(async () => {
      const handle = await openDatabase(databaseConfig(program.opts<CommonOptions>(), 'demo'));
      try {
        await migrateToLatest(handle.db);
        const report = await loadDemoData(handle.db);
        console.log(
          `Demo data loaded into ${handle.location}: ${report.measures} measures with ` +
            `${report.measureLevels} levels. All of it is labelled demo.`,
        );
      } finally {
        await handle.close();
      }
    });
}
