import type { Command } from 'commander';
import { alertDigestText, amsterdamDate, buildAlertDigest, parseIsoDate } from '@weegschaal/core';
import { alertsUpTo, migrateToLatest, openDatabase, runAlertDetection } from '@weegschaal/storage';
import { databaseConfig } from '../config.ts';
import type { CommonOptions } from '../config.ts';

function dayOption(value: string | undefined, option: string): string {
  if (value === undefined) return amsterdamDate(new Date());
  if (parseIsoDate(value) === null)
    throw new Error(`${option} '${value}' is not a date YYYY-MM-DD`);
  return value;
}

export function registerAlertsCommand(program: Command): void {
  const alerts = program
    .command('alerts')
    .description('Early warning: detection runs and the daily digest');
  alerts
    .command('detect')
    .description(
      'Run EARS C1–C3 and Farrington over the signal counts and indicator series; prints the run',
    )
    .option('--as-of <date>', 'judge the series up to this day (YYYY-MM-DD, default today)')
    .action(async (options: { asOf?: string }) => {
      const asOf = dayOption(options.asOf, '--as-of');
      const handle = await openDatabase(
        databaseConfig(program.opts<CommonOptions>(), 'alerts detect'),
      );
      try {
        await migrateToLatest(handle.db);
        const run = await runAlertDetection(handle.db, { trigger: 'cli', requestedBy: null, asOf });
        console.log(
          `Detection run ${run.id}: ${run.seriesChecked} series, ${run.pointsJudged} points judged, ` +
            `${run.alarms} alarms, ${run.newAlerts} new alerts.`,
        );
        for (const line of run.explanation) console.log(`  ${line}`);
      } finally {
        await handle.close();
      }
    });
  alerts
    .command('digest')
    .description(
      'Print the daily digest: alerts detected and decided on the day, and those still open',
    )
    .option('--date <date>', 'the day (YYYY-MM-DD, default today)')
    .option('--lang <lang>', 'nl or en', 'nl')
    .action(async (options: { date?: string; lang: string }) => {
      const date = dayOption(options.date, '--date');
      if (options.lang !== 'nl' && options.lang !== 'en') {
        throw new Error(`--lang '${options.lang}' must be nl or en`);
      }
      const handle = await openDatabase(
        databaseConfig(program.opts<CommonOptions>(), 'alerts digest'),
      );
      try {
        await migrateToLatest(handle.db);
        const digest = buildAlertDigest(date, await alertsUpTo(handle.db, date));
        process.stdout.write(alertDigestText(digest, options.lang));
      } finally {
        await handle.close();
      }
    });
}
