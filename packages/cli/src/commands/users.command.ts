import type { Command } from 'commander';
import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import { createUser, listUsers, resetPassword, setUserDisabled } from '@weegschaal/storage';
import type { AuditActor } from '@weegschaal/storage';
import { withDatabase } from '../with-database.ts';

/** The command line acts as 'system' in the audit trail, named after the OS user. */
function cliActor(): AuditActor {
  let name = 'unknown';
  try {
    name = userInfo().username;
  } catch {
    // no passwd entry (some containers): the audit trail still says it was the CLI
  }
  return { userId: null, username: `cli:${name}`, role: 'system' };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/**
 * A password never goes on the command line (shell history, process list): it is read from
 * standard input with --password-stdin, or generated and printed once.
 */
async function passwordFrom(options: {
  passwordStdin?: boolean;
}): Promise<{ password: string; generated: boolean }> {
  if (options.passwordStdin) return { password: await readStdin(), generated: false };
  return { password: randomBytes(18).toString('base64url'), generated: true };
}

export function registerUsersCommand(program: Command): void {
  const users = program
    .command('users')
    .description('Manage accounts: add, disable, enable, reset, list');

  users
    .command('add <username>')
    .description('Add an account; prints a generated password unless --password-stdin')
    .requiredOption(
      '--role <role>',
      'secretariat | mit-member | mit-chair | omt-member | omt-chair | ministry-official | minister | practice-circle-reporter',
    )
    .option(
      '--department <department>',
      'for ministry-official and minister: SZW | VWS | EZK | AZ | JenV-NCTV | FIN | OCW | BZK',
    )
    .option('--display-name <name>', 'name shown in the app (default: the username)')
    .option('--password-stdin', 'read the password from standard input')
    .action(
      async (
        username: string,
        options: {
          role: string;
          department?: string;
          displayName?: string;
          passwordStdin?: boolean;
        },
      ) => {
        const { password, generated } = await passwordFrom(options);
        const user = await withDatabase(program, 'users add', (handle) =>
          handle.db.transaction().execute((trx) =>
            createUser(
              trx,
              cliActor(),
              {
                username,
                displayName: options.displayName ?? username,
                role: options.role,
                department: options.department ?? null,
                password,
              },
              new Date(),
            ),
          ),
        );
        console.log(
          `Account ${user.username} added: ${user.role}${user.department ? ` (${user.department})` : ''}.`,
        );
        if (generated) console.log(`Password (shown once): ${password}`);
      },
    );

  for (const [name, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    users
      .command(`${name} <username>`)
      .description(
        disabled ? 'Disable an account and end its sessions at once' : 'Enable a disabled account',
      )
      .action(async (username: string) => {
        const user = await withDatabase(program, `users ${name}`, (handle) =>
          handle.db
            .transaction()
            .execute((trx) => setUserDisabled(trx, cliActor(), username, disabled, new Date())),
        );
        console.log(
          `Account ${user.username} is ${user.disabled ? 'disabled; its sessions have ended' : 'enabled'}.`,
        );
      });
  }

  users
    .command('reset <username>')
    .description(
      'Set a new password (generated unless --password-stdin); ends sessions and lifts a lockout',
    )
    .option('--password-stdin', 'read the password from standard input')
    .action(async (username: string, options: { passwordStdin?: boolean }) => {
      const { password, generated } = await passwordFrom(options);
      const user = await withDatabase(program, 'users reset', (handle) =>
        handle.db
          .transaction()
          .execute((trx) => resetPassword(trx, cliActor(), username, password, new Date())),
      );
      console.log(`Password of ${user.username} reset; its sessions have ended.`);
      if (generated) console.log(`Password (shown once): ${password}`);
    });

  users
    .command('list')
    .description('List the accounts')
    .action(async () => {
      const list = await withDatabase(program, 'users list', (handle) => listUsers(handle.db));
      for (const u of list) {
        const flags = [
          u.disabled ? 'disabled' : null,
          u.lockedUntil ? `locked until ${u.lockedUntil}` : null,
          u.demo ? 'demo' : null,
        ]
          .filter(Boolean)
          .join(', ');
        console.log(
          `${u.username}\t${u.role}${u.department ? `/${u.department}` : ''}${flags ? `\t(${flags})` : ''}`,
        );
      }
    });
}
