import type { Command } from 'commander';
import {
  countAuditEvents,
  migrateToLatest,
  openDatabase,
  verifyAuditLog,
} from '@weegschaal/storage';
import { databaseConfig } from '../config.ts';
import type { CommonOptions } from '../config.ts';

export function registerAuditCommand(program: Command): void {
  const audit = program.command('audit').description('The hash-chained audit trail');
  audit
    .command('verify')
    .description('Recompute the hash chain and name the first broken entry; exits 1 when broken')
    .action(async () => {
      const handle = await openDatabase(
        databaseConfig(program.opts<CommonOptions>(), 'audit verify'),
      );
      try {
        await migrateToLatest(handle.db);
        const total = await countAuditEvents(handle.db);
        const result = await verifyAuditLog(handle.db);
        if (result.ok) {
          console.log(
            `Audit trail intact: ${result.checked} of ${total} entries verified; head hash ${result.headHash}.`,
          );
          return;
        }
        const broken = result.firstBroken!;
        throw new Error(
          `audit trail BROKEN at entry ${broken.seq} (${broken.reason}): ${broken.explanation}. ` +
            `${result.checked} entries before it verified; expected ${broken.expected}, found ${broken.found}.`,
        );
      } finally {
        await handle.close();
      }
    });
}
