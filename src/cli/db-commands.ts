import type { Command } from 'commander';
import { migrateDatabase } from '../db/migrate.ts';
import { syncReferenceData } from '../db/reference-seed.ts';
import { isDatabaseEmpty, seedDemoData } from '../seed/demo-seed.ts';
import { withCliDatabase } from './open-cli-database.ts';

export function registerDbCommands(program: Command) {
  program
    .command('migrate')
    .description('Kjør databasemigreringer og oppdater referansedata (fylker, kommuner, embeter, ordninger)')
    .action(async () => {
      await withCliDatabase(async (database) => {
        await migrateDatabase(database);
        await syncReferenceData(database.db);
      });
      console.log('Databasen er oppdatert.');
    });

  program
    .command('seed')
    .description('Legg inn data')
    .option('--demo', 'legg inn demodata (organisasjoner, fiktive personer, demobrukere, partnerskap)')
    .option('--force', 'legg inn demodata selv om databasen ikke er tom')
    .action(async (opts: { demo?: boolean; force?: boolean }) => {
      if (!opts.demo) {
        console.error('Oppgi hva som skal legges inn, f.eks. --demo');
        process.exitCode = 2;
        return;
      }
      await withCliDatabase(async (database) => {
        await migrateDatabase(database);
        await syncReferenceData(database.db);
        if (!opts.force && !(await isDatabaseEmpty(database.db))) {
          console.error('Databasen har allerede brukere; demodata ble ikke lagt inn (bruk --force for å legge dem inn likevel).');
          process.exitCode = 2;
          return;
        }
        await seedDemoData(database.db);
        console.log('Demodata er lagt inn.');
      });
    });
}
