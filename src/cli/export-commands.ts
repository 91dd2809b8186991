// `kompetanseloft export behovsmelding`: one application (JSON, PDF, DOCX) or a whole round (XLSX, ZIP case file)
// to a file, or `--list` of every application, id first. Runs the same use cases as the server, as the system actor.
import fs from 'node:fs/promises';
import type { Command } from 'commander';
import { loadConfig } from '../config/env.ts';
import { fileStoreFor } from '../db/file-store.ts';
import type { DbOrTx } from '../db/client.ts';
import { SYSTEM_ACTOR } from '../domain/access/roles.ts';
import { systemClock } from '../domain/shared/clock.ts';
import { AppError } from '../domain/shared/app-error.ts';
import { exportApplication } from '../usecases/behovsmelding/export-application.ts';
import { exportRound } from '../usecases/behovsmelding/export-round.ts';
import { listMyApplications } from '../usecases/behovsmelding/list-my-applications.ts';
import { withCliDatabase } from './open-cli-database.ts';

const APPLICATION_FORMATS = ['json', 'pdf', 'docx'];
const ROUND_FORMATS = ['xlsx', 'zip'];

type Options = { round?: string; format?: string; out?: string; list?: boolean };

export function registerExportCommands(program: Command) {
  const exportCommand = program.command('export').description('Eksporter data til fil');
  exportCommand
    .command('behovsmelding [id]')
    .description('Eksporter en behovsmelding (json, pdf, docx) eller en hel utlysning (--round, xlsx eller zip)')
    .option('--round <id>', 'eksporter hele utlysningen med denne id-en')
    .option('--format <format>', 'json | pdf | docx for en behovsmelding; xlsx | zip for en utlysning')
    .option('--out <fil>', 'filen som skal skrives')
    .option('--list', 'list alle behovsmeldinger: id, utlysning, partnerskap, status')
    .action(async (id: string | undefined, opts: Options) => {
      if (opts.list) {
        await withCliDatabase(async ({ db }) => {
          for (const a of await listMyApplications({ db, actor: SYSTEM_ACTOR, clock: systemClock }))
            console.log([a.id, a.roundTitle, a.partnershipName, a.status].join('\t'));
        });
        return;
      }
      const problem = usageProblem(id, opts);
      if (problem) throw new AppError('VALIDATION', problem);
      const config = loadConfig();
      await withCliDatabase(async ({ db }) => {
        const files = (tx: DbOrTx) => fileStoreFor({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, db: tx });
        const ctx = { db, actor: SYSTEM_ACTOR, clock: systemClock, files };
        const file = opts.round
          ? await exportRound({ ...ctx, roundId: opts.round, format: opts.format! })
          : await exportApplication({ ...ctx, id: id!, format: opts.format!, draft: false });
        await fs.writeFile(opts.out!, file.data);
        console.log(`Skrev ${opts.out} (${file.data.length} byte)`);
      });
    });
}

function usageProblem(id: string | undefined, opts: Options): string | null {
  if (!opts.out) return 'Oppgi filen det skal skrives til med --out FIL';
  if (!opts.format) return 'Oppgi format med --format';
  if (opts.round && id) return 'Oppgi enten en behovsmelding-id eller --round, ikke begge';
  if (opts.round) return ROUND_FORMATS.includes(opts.format) ? null : `En utlysning eksporteres som ${ROUND_FORMATS.join(' eller ')}`;
  if (!id) return 'Oppgi id-en til behovsmeldingen (se --list) eller --round <id>';
  return APPLICATION_FORMATS.includes(opts.format) ? null : `En behovsmelding eksporteres som ${APPLICATION_FORMATS.join(', ')}`;
}
