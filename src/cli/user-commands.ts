import type { Command } from 'commander';
import { asc } from 'drizzle-orm';
import { appUser, roleGrant } from '../db/schema/index.ts';
import { withCliDatabase } from './open-cli-database.ts';

export function registerUserCommands(program: Command) {
  const users = program.command('users').description('Brukere og roller');
  users
    .command('list', { isDefault: true })
    .description('List brukere med roller')
    .option('--json', 'skriv ut som JSON')
    .action(async (opts: { json?: boolean }) => {
      await withCliDatabase(async ({ db }) => {
        const rows = await db.select().from(appUser).orderBy(asc(appUser.displayName));
        const grants = await db.select().from(roleGrant);
        const list = rows.map((u) => ({
          id: u.id,
          name: u.displayName,
          email: u.email,
          demo: u.isDemo,
          bound: Boolean(u.subject),
          roles: grants.filter((g) => g.userId === u.id).map((g) => [g.role, g.officeId ?? g.organisationId].filter(Boolean).join('@')),
        }));
        if (opts.json) console.log(JSON.stringify(list, null, 2));
        else for (const u of list) console.log(`${u.id}  ${u.name} <${u.email}>  ${u.roles.join(', ')}${u.demo ? '  (demo)' : ''}`);
      });
    });
}
