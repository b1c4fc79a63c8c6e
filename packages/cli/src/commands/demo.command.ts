import type { Command } from 'commander';
import { loadDemoData, loadPublicData, migrateToLatest, openDatabase } from '@weegschaal/storage';
import { databaseConfig, selectedPublicDataSources, sharedDataDir } from '../config.ts';
import type { CommonOptions } from '../config.ts';

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description(
      'Load the generated demo data and the real public data sets from ../shared/data (idempotent)',
    )
    .action(async () => {
      const handle = await openDatabase(databaseConfig(program.opts<CommonOptions>(), 'demo'));
      try {
        await migrateToLatest(handle.db);
        const report = await loadDemoData(handle.db);
        console.log(
          `Demo data loaded into ${handle.location}: ${report.measures} measures with ` +
            `${report.measureLevels} levels. All of it is labelled demo.`,
        );
        console.log(
          `Demo accounts (labelled demo, for showing the product only): ${report.adviceCycle.accounts.join(', ')}; ` +
            `demo password: ${report.adviceCycle.demoPassword}`,
        );
        console.log(
          `Demo weighing framework ${report.framework.frameworkCode} (published, labelled demo): ` +
            `${report.framework.packages} packages, ${report.framework.scores} scores, ` +
            `${report.framework.weightSets} weight sets (swing and AHP).`,
        );
        for (const result of await loadPublicData(
          handle.db,
          sharedDataDir(),
          selectedPublicDataSources(),
        )) {
          console.log(`Public data ${result.source}: ${result.status} — ${result.summary}`);
        }
      } finally {
        await handle.close();
      }
    });
}
