import { Command, CommanderError } from 'commander';
import { DomainError } from '@weegschaal/core';
import { registerServeCommand } from './commands/serve.command.ts';
import { registerMigrateCommand } from './commands/migrate.command.ts';
import { registerDemoCommand } from './commands/demo.command.ts';
import { registerImportCommand } from './commands/import.command.ts';
import { registerUsersCommand } from './commands/users.command.ts';
import { registerAuditCommand } from './commands/audit.command.ts';
import { registerBackupCommands } from './commands/backup.command.ts';
import { registerAlertsCommand } from './commands/alerts.command.ts';
import { registerSignalsCommand } from './commands/signals.command.ts';
import { registerArchiveCommand } from './commands/archive.command.ts';
import { registerExpertsCommand } from './commands/experts.command.ts';
import { registerRegionsCommand } from './commands/regions.command.ts';

export function buildProgram(): Command {
  const program = new Command('weegschaal')
    .description('Weegschaal: weighing the societal impact of crisis measures')
    .version('0.1.0')
    .option(
      '--data-dir <dir>',
      'data directory of the embedded database (env WEEGSCHAAL_DATA_DIR, default ./.data); ignored when DATABASE_URL is set',
    )
    .showHelpAfterError()
    .exitOverride();
  registerServeCommand(program);
  registerMigrateCommand(program);
  registerDemoCommand(program);
  registerImportCommand(program);
  registerUsersCommand(program);
  registerAuditCommand(program);
  registerBackupCommands(program);
  registerAlertsCommand(program);
  registerSignalsCommand(program);
  registerArchiveCommand(program);
  registerExpertsCommand(program);
  registerRegionsCommand(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version are "errors" to commander but a normal end for the user
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    const prefix = error instanceof DomainError ? `weegschaal: ${error.kind}` : 'weegschaal: error';
    console.error(`${prefix}: ${message}`);
    return 1;
  }
}

if (import.meta.main) {
  const code = await main(process.argv.slice(2));
  // end explicitly, so that open handles (database pools, timers) cannot keep the process alive
  process.exit(code);
}
