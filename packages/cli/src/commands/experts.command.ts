import type { Command } from 'commander';
import { EXPERT_RETENTION_MONTHS, amsterdamDate } from '@weegschaal/core';
import {
  appendAuditEvent,
  migrateToLatest,
  openDatabase,
  purgeExpiredExperts,
} from '@weegschaal/storage';
import { databaseConfig } from '../config.ts';
import type { CommonOptions } from '../config.ts';

export function registerExpertsCommand(program: Command): void {
  const experts = program.command('experts').description('The expert pool of the dormant MIT');
  experts
    .command('purge')
    .description(
      `Apply the retention rule: remove experts whose consent expired more than ${EXPERT_RETENTION_MONTHS} months ago (for a daily schedule)`,
    )
    .action(async () => {
      const handle = await openDatabase(
        databaseConfig(program.opts<CommonOptions>(), 'experts purge'),
      );
      try {
        await migrateToLatest(handle.db);
        const now = new Date();
        const purged = await handle.db.transaction().execute(async (trx) => {
          const removed = await purgeExpiredExperts(trx, amsterdamDate(now));
          // ids and reasons only: the point of the purge is that the names are gone
          if (removed.length > 0)
            await appendAuditEvent(
              trx,
              { userId: null, username: 'cli', role: 'system' },
              {
                action: 'experts.purge',
                resourceType: 'expert',
                resourceId: null,
                details: { removed: removed.map((r) => ({ id: r.expertId, purgeOn: r.purgeOn })) },
              },
              now,
            );
          return removed;
        });
        for (const r of purged) console.log(`removed ${r.expertId}: ${r.explanation}`);
        console.log(
          `Removed ${purged.length} expert record(s) past retention (${EXPERT_RETENTION_MONTHS} months after consent expired).`,
        );
      } finally {
        await handle.close();
      }
    });
}
