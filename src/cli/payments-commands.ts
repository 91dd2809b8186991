// `kompetanseloft payments --round <id> --format csv|xlsx --out FILE`: writes the round's approved payment file for
// the office's finance system — the items of every batch approved or already exported, with the accounts they were
// approved with (issue 15, Must show). Runs the same use case as the server, as the system actor; the batches that
// reach the file are marked exported as a download from the batch page marks them. A round with no approved batch is
// an error (exit code 2) with a Norwegian message, never an empty file.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { SYSTEM_ACTOR } from '../domain/access/roles.ts';
import { AppError } from '../domain/shared/app-error.ts';
import { systemClock } from '../domain/shared/clock.ts';
import { PAYMENT_FILE_FORMATS } from '../domain/utbetaling/payment-file-rows.ts';
import { exportRoundPaymentFile } from '../usecases/utbetaling/export-round-payment-file.ts';
import { withCliDatabase } from './open-cli-database.ts';

type Options = { round?: string; format?: string; out?: string };

export function registerPaymentsCommands(program: Command) {
  program
    .command('payments')
    .description('Skriv utlysningens godkjente utbetalingsfil til økonomisystemet (csv eller xlsx)')
    .option('--round <id>', 'utlysningen (se letters --list-rounds)')
    .option('--format <format>', PAYMENT_FILE_FORMATS.join(' | '))
    .option('--out <fil>', 'filen som skrives (mappen lages om den mangler)')
    .action(async (opts: Options) => {
      const problem = usageProblem(opts);
      if (problem) throw new AppError('VALIDATION', problem);
      await withCliDatabase(async ({ db }) => {
        const file = await exportRoundPaymentFile({ db, actor: SYSTEM_ACTOR, clock: systemClock, roundId: opts.round!, format: opts.format! });
        await fs.mkdir(path.dirname(path.resolve(opts.out!)), { recursive: true });
        await fs.writeFile(opts.out!, file.data);
        console.log(`Skrev ${opts.out} (${file.rowCount} utbetalinger fra ${file.batchCount} godkjente bunter, ${file.data.length} byte)`);
      });
    });
}

function usageProblem(opts: Options): string | null {
  if (!opts.round) return 'Oppgi utlysningen med --round <id> (se letters --list-rounds)';
  if (!opts.out) return 'Oppgi filen det skal skrives til med --out FIL';
  if (!opts.format || !(PAYMENT_FILE_FORMATS as readonly string[]).includes(opts.format)) return `Utbetalingsfilen skrives som ${PAYMENT_FILE_FORMATS.join(' eller ')} (--format)`;
  return null;
}
