// `kompetanseloft archive-export --round <id> --out FILE.zip`: writes the round's archive handover (issue 15, point 4;
// docs/archive.md) — journalposter.json, journalposter.csv and every listed file — for the office's archivist. Runs
// the same use case as the server's GET /api/arkiv/rounds/:roundId/export.zip, as the system actor; the round ids are
// listed by `kompetanseloft letters --list-rounds`.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../config/env.ts';
import { SYSTEM_ACTOR } from '../domain/access/roles.ts';
import { AppError } from '../domain/shared/app-error.ts';
import { systemClock } from '../domain/shared/clock.ts';
import { exportArchiveZip } from '../usecases/arkiv/export-archive-zip.ts';
import { withCliDatabase } from './open-cli-database.ts';

type Options = { round?: string; out?: string };

export function registerArchiveCommands(program: Command) {
  program
    .command('archive-export')
    .description('Skriv utlysningens arkivuttrekk (journalposter som JSON og CSV, med filene) til en ZIP-fil')
    .option('--round <id>', 'utlysningen (se letters --list-rounds)')
    .option('--out <fil>', 'ZIP-filen som skrives (mappen lages om den mangler)')
    .action(async (opts: Options) => {
      if (!opts.round) throw new AppError('VALIDATION', 'Oppgi utlysningen med --round <id> (se letters --list-rounds)');
      if (!opts.out) throw new AppError('VALIDATION', 'Oppgi filen det skal skrives til med --out FIL.zip');
      const config = loadConfig();
      await withCliDatabase(async ({ db }) => {
        const zip = await exportArchiveZip({ db, actor: SYSTEM_ACTOR, clock: systemClock, config, roundId: opts.round! });
        await fs.mkdir(path.dirname(path.resolve(opts.out!)), { recursive: true });
        await fs.writeFile(opts.out!, zip.data);
        const missing = zip.entries.flatMap((e) => e.files.filter((f) => f.mangler).map((f) => f.filnavn));
        console.log(`Skrev ${opts.out} (${zip.entries.length} journalposter, ${zip.data.length} byte)`);
        if (missing.length > 0) console.log(`Mangler ${missing.length} fil(er), merket "mangler" i journalposter.json: ${missing.join(', ')}`);
      });
    });
}
