// `kompetanseloft serve`: migrations, reference data, demo data on an empty database, the web UI, the server.
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../config/env.ts';
import { openDatabase } from '../db/client.ts';
import { systemClock } from '../domain/shared/clock.ts';
import { prepareDatabase } from '../seed/prepare-database.ts';
import { buildApp } from '../server/app.ts';
import { ensureWebBuilt, watchWeb, WEB_DIST } from '../server/web-build.ts';
import { jobHandlers, startWorker } from '../server/worker.ts';
import { startHousekeeping } from '../server/housekeeping.ts';
import { closeRenderPool } from '../documents/off-thread/render-pool.ts';

const mb = (bytes: number) => Math.round(bytes / 1048576);
function memoryFigures() {
  const m = process.memoryUsage();
  return { rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed), heapTotalMb: mb(m.heapTotal), externalMb: mb(m.external), arrayBuffersMb: mb(m.arrayBuffers) };
}

export function registerServeCommand(program: Command) {
  program
    .command('serve')
    .description('Start webserveren (PORT, DATA_DIR eller DATABASE_URL fra miljøet)')
    .option('--build-web', 'bygg brukergrensesnittet først hvis det mangler eller er utdatert')
    .option('--no-demo', 'ikke legg inn demodata i en tom database')
    .option('--dev', 'utvikling: bygg brukergrensesnittet på nytt når kildene endres')
    .action(async (opts: { buildWeb?: boolean; demo: boolean; dev?: boolean }) => {
      const config = loadConfig();
      const webWatcher = opts.dev ? await watchWeb() : null;
      if (opts.buildWeb && !opts.dev) await ensureWebBuilt();
      const database = config.databaseUrl
        ? await openDatabase({ databaseUrl: config.databaseUrl })
        : await openDatabase({ dataDir: config.dataDir, lock: 'server' });
      const { demoSeeded } = await prepareDatabase(database, { demo: opts.demo && config.nodeEnv !== 'production' ? 'if-empty' : false });
      // The machine's time for the app, the worker and housekeeping alike (ADR 011).
      const clock = systemClock;
      const app = await buildApp({ db: database.db, config, webDir: WEB_DIST, webLive: Boolean(webWatcher), clock });
      const worker = startWorker({ db: database.db, clock, handlers: jobHandlers({ db: database.db, config, log: app.log, clock }), log: app.log });
      const stopHousekeeping = startHousekeeping({ db: database.db, clock, log: app.log, publicUrl: config.publicUrl });
      let stopping = false;
      const stop = async () => {
        if (stopping) return;
        stopping = true;
        stopHousekeeping();
        await webWatcher?.close();
        await worker.stop();
        // After the job worker: a render job it was finishing has had its document by now.
        await closeRenderPool();
        await app.close();
        await database.close();
        process.exit(0);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      // `kill -USR2 <pid>`: where the memory is (V8's heap, native, buffers), for the load benchmark and operators.
      process.on('SIGUSR2', () => console.log(`memory ${JSON.stringify(memoryFigures())}`));
      await app.listen({ port: config.port, host: config.host });
      const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `innebygd database i ${path.relative(process.cwd(), config.dataDir) || '.'}`;
      console.log(`Kompetanseløft kjører på ${config.publicUrl} – ${where}${demoSeeded ? ', demodata lagt inn' : ''}`);
    });
}
