// `kompetanseloft innstilling`: the samarbeidsforum's innstilling of a round as PDF or Word to a file, or
// `--list-rounds`, one round a line, its id first, with the innstilling's state. Runs the same use cases as the
// server, as the system actor.
import fs from 'node:fs/promises';
import type { Command } from 'commander';
import { SYSTEM_ACTOR } from '../domain/access/roles.ts';
import { AppError } from '../domain/shared/app-error.ts';
import { systemClock } from '../domain/shared/clock.ts';
import { INNSTILLING_EXPORT_FORMATS } from '../domain/forum/innstilling-contract.ts';
import { exportInnstilling } from '../usecases/forum/export-innstilling.ts';
import { listInnstillingRounds } from '../usecases/forum/list-innstilling-rounds.ts';
import { withCliDatabase } from './open-cli-database.ts';

type Options = { round?: string; format?: string; out?: string; listRounds?: boolean };

export function registerInnstillingCommands(program: Command) {
  program
    .command('innstilling')
    .description('Skriv samarbeidsforumets innstilling for en utlysning til fil (pdf, docx), eller list utlysningene')
    .option('--list-rounds', 'list utlysningene: id, år, embete, tittel, innstillingens tilstand (utkast | vedtatt)')
    .option('--round <id>', 'utlysningen (se --list-rounds)')
    .option('--format <format>', INNSTILLING_EXPORT_FORMATS.join(' | '))
    .option('--out <fil>', 'filen som skal skrives')
    .action(async (opts: Options) => {
      if (opts.listRounds) {
        await withCliDatabase(async ({ db }) => {
          for (const r of await listInnstillingRounds({ db, actor: SYSTEM_ACTOR, clock: systemClock }))
            console.log([r.id, r.year, r.officeName, r.title, r.state].join('\t'));
        });
        return;
      }
      const problem = usageProblem(opts);
      if (problem) throw new AppError('VALIDATION', problem);
      await withCliDatabase(async ({ db }) => {
        const file = await exportInnstilling({ db, actor: SYSTEM_ACTOR, clock: systemClock, roundId: opts.round!, format: opts.format! });
        await fs.writeFile(opts.out!, file.data);
        console.log(`Skrev ${opts.out} (${file.data.length} byte)`);
      });
    });
}

function usageProblem(opts: Options): string | null {
  if (!opts.round) return 'Oppgi utlysningen med --round <id> (se --list-rounds)';
  if (!opts.out) return 'Oppgi filen det skal skrives til med --out FIL';
  if (!opts.format || !(INNSTILLING_EXPORT_FORMATS as readonly string[]).includes(opts.format)) return `Innstillingen skrives som ${INNSTILLING_EXPORT_FORMATS.join(' eller ')} (--format)`;
  return null;
}
