// `kompetanseloft letters`: `--list-rounds` prints one round a line, its id first, with its decision state;
// `--round <id> --format pdf|docx --out DIR` writes every issued decision letter of the round into DIR, one file per
// letter named by its document number (a Sámi copy with its language after it). Runs the same use cases as the
// server, as the system actor; the letters are rendered here from the rows, not read from the worker's files.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { SYSTEM_ACTOR } from '../domain/access/roles.ts';
import { AppError } from '../domain/shared/app-error.ts';
import { systemClock } from '../domain/shared/clock.ts';
import { LETTER_FORMATS } from '../domain/tilsagn/issue-letters.ts';
import { exportRoundLetters } from '../usecases/tilsagn/export-round-letters.ts';
import { listLetterRounds } from '../usecases/tilsagn/list-letter-rounds.ts';
import { withCliDatabase } from './open-cli-database.ts';

type Options = { round?: string; format?: string; out?: string; listRounds?: boolean };

export function registerLettersCommands(program: Command) {
  program
    .command('letters')
    .description('Skriv utlysningens vedtaksbrev til en mappe (pdf, docx), eller list utlysningene')
    .option('--list-rounds', 'list utlysningene: id, år, embete, tittel, vedtakenes tilstand (ingen | utkast | til-godkjenning | godkjent | utstedt)')
    .option('--round <id>', 'utlysningen (se --list-rounds)')
    .option('--format <format>', LETTER_FORMATS.join(' | '))
    .option('--out <mappe>', 'mappen brevene skrives til (lages om den mangler)')
    .action(async (opts: Options) => {
      if (opts.listRounds) {
        await withCliDatabase(async ({ db }) => {
          for (const r of await listLetterRounds({ db, actor: SYSTEM_ACTOR, clock: systemClock })) console.log([r.id, r.year, r.officeName, r.title, r.state].join('\t'));
        });
        return;
      }
      const problem = usageProblem(opts);
      if (problem) throw new AppError('VALIDATION', problem);
      await withCliDatabase(async ({ db }) => {
        const files = await exportRoundLetters({ db, actor: SYSTEM_ACTOR, clock: systemClock, roundId: opts.round!, format: opts.format! });
        await fs.mkdir(opts.out!, { recursive: true });
        for (const file of files) {
          const target = path.join(opts.out!, file.filename);
          await fs.writeFile(target, file.data);
          console.log(`Skrev ${target} (${file.data.length} byte)`);
        }
        console.log(`${files.length} brev skrevet til ${opts.out}`);
      });
    });
}

function usageProblem(opts: Options): string | null {
  if (!opts.round) return 'Oppgi utlysningen med --round <id> (se --list-rounds)';
  if (!opts.out) return 'Oppgi mappen det skal skrives til med --out MAPPE';
  if (!opts.format || !(LETTER_FORMATS as readonly string[]).includes(opts.format)) return `Brevene skrives som ${LETTER_FORMATS.join(' eller ')} (--format)`;
  return null;
}
