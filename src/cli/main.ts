// The command line: every subcommand has --help. Database selection as for the server (DATA_DIR / DATABASE_URL).
import { Command } from 'commander';
import { AppError } from '../domain/shared/app-error.ts';
import { registerArchiveCommands } from './archive-commands.ts';
import { registerDbCommands } from './db-commands.ts';
import { registerExportCommands } from './export-commands.ts';
import { registerInnstillingCommands } from './innstilling-commands.ts';
import { registerLettersCommands } from './letters-commands.ts';
import { registerPaymentsCommands } from './payments-commands.ts';
import { registerServeCommand } from './serve-command.ts';
import { registerTextsCommands } from './texts-commands.ts';
import { registerUserCommands } from './user-commands.ts';

const program = new Command();
program
  .name('kompetanseloft')
  .description('Kompetanseløft – plattform for regional kompetanseutvikling')
  .showHelpAfterError('(bruk --help for hjelp)');

registerServeCommand(program);
registerDbCommands(program);
registerUserCommands(program);
registerExportCommands(program);
registerInnstillingCommands(program);
registerLettersCommands(program);
registerPaymentsCommands(program);
registerArchiveCommands(program);
registerTextsCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof AppError) {
    console.error(`Feil: ${error.userMessage}`);
    process.exit(error.status >= 500 ? 3 : 2);
  }
  throw error;
}
