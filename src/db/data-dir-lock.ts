// PGlite is one process: two processes opening the same DATA_DIR would corrupt it. A lock file with the owner's
// pid lets a second process say plainly what is wrong instead of failing obscurely inside the WASM engine.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../domain/shared/app-error.ts';

type LockInfo = { pid: number; role: 'server' | 'cli'; since: string };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireDataDirLock(dataDir: string, role: 'server' | 'cli'): () => void {
  const file = path.join(dataDir, 'kompetanseloft.lock');
  const info: LockInfo = { pid: process.pid, role, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(info), { flag: 'wx' });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        fs.rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder: LockInfo | undefined;
      try {
        holder = JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
      } catch {
        holder = undefined;
      }
      if (holder && holder.pid !== process.pid && isAlive(holder.pid)) {
        const who = holder.role === 'server' ? 'serveren' : 'en annen kommando';
        throw new AppError(
          'DATABASE_BUSY',
          `Den innebygde databasen i ${dataDir} er i bruk av ${who} (prosess ${holder.pid}). ` +
            'PGlite kan bare åpnes av én prosess om gangen: stopp serveren først, eller kjør mot en ' +
            'PostgreSQL-server med DATABASE_URL.',
        );
      }
      // A stale lock left by a process that died: take it over.
      fs.rmSync(file, { force: true });
    }
  }
  throw new AppError('DATABASE_BUSY', `Kunne ikke låse ${dataDir}`);
}
