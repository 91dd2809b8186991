// Child processes of the load benchmark: the real server started as `npm start` starts it, and the bare baseline;
// each in its own process group so the stop takes all it started, with a hard wait so nothing can hang the run.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '../..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export type Child = { process: ChildProcess; url: string; logFile: string; stop: () => Promise<void> };

/** Where the engine is: a PGlite data dir or a PostgreSQL URL (the other variable cleared, so the shell's own
 * DATABASE_URL or DATA_DIR cannot leak in). */
export type EngineEnv = { DATA_DIR: string } | { DATABASE_URL: string };

function baseEnv(engine: EngineEnv, port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1' };
  delete env.DATA_DIR;
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  delete env.LOG_LEVEL;
  return { ...env, ...engine };
}

async function start(args: string[], env: NodeJS.ProcessEnv, port: number, logFile: string, waitMs: number): Promise<Child> {
  const log = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, args, { cwd: REPO, env, stdio: ['ignore', log, log], detached: true });
  fs.closeSync(log);
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      return;
    }
    const timer = new Promise<'late'>((r) => setTimeout(() => r('late'), 10_000).unref());
    if ((await Promise.race([exited, timer])) === 'late') {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* gone meanwhile */
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 2_000).unref())]);
    }
  };
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} stoppet (kode ${child.exitCode}); se ${logFile}`);
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${args.join(' ')} svarte ikke på /health innen ${waitMs / 1000} s; se ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { process: child, url, logFile, stop };
}

/** Node's flags and the arguments of `npm start` (package.json), so the benchmark runs exactly what users start. */
export function startCommand(): { nodeArgs: string[]; args: string[] } {
  const start = (JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const words = start.trim().split(/\s+/);
  const script = words.findIndex((w) => w.endsWith('.js'));
  if (words[0] !== 'node' || script < 1) throw new Error(`npm start er ikke «node [flagg] <skript> …»: ${start}`);
  return { nodeArgs: words.slice(1, script), args: words.slice(script) };
}

/** `npm start` (startCommand): the same command, on loopback and a free port.
 * NODE_ENV and LOG_LEVEL stay unset as with `npm start` (development defaults, demo login on, request logs at
 * info); its output goes to a log file. The wait covers a first UI build on a busy machine. */
export async function startAppServer(engine: EngineEnv, logFile: string): Promise<Child> {
  const port = await freePort();
  // LOAD_SERVER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the server; Node refuses those in NODE_OPTIONS.
  const extra = (process.env.LOAD_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  const { nodeArgs, args } = startCommand();
  return start([...nodeArgs, ...extra, ...args], { ...baseEnv(engine, port), DEMO_LOGIN: 'true' }, port, logFile, 300_000);
}

/** The bare baseline in its own process (as the app is), so it has a whole event loop as the app has and the
 * generator's CPU use does not count against it; run with tsx like the app, so the loader is no difference. */
export async function startBaselineServer(engine: EngineEnv, roundId: string, logFile: string): Promise<Child> {
  const port = await freePort();
  return start(['--import', 'tsx', 'bench/load/baseline-server.ts'], { ...baseEnv(engine, port), BENCH_ROUND_ID: roundId }, port, logFile, 120_000);
}

/** Resident memory of a process and all its descendants, in MB (Linux /proc; NaN elsewhere). */
export function rssMb(pid: number): { self: number; total: number } {
  const kb = (p: number) => {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'));
      return m ? Number(m[1]) : 0;
    } catch {
      return 0;
    }
  };
  const children = (p: number): number[] => {
    try {
      return fs
        .readdirSync(`/proc/${p}/task`)
        .flatMap((t) => fs.readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
    } catch {
      return [];
    }
  };
  if (!fs.existsSync('/proc/self/status')) return { self: NaN, total: NaN };
  const self = kb(pid);
  let total = 0;
  const seen = new Set<number>();
  const walk = (p: number) => {
    if (seen.has(p)) return;
    seen.add(p);
    total += kb(p);
    children(p).forEach(walk);
  };
  walk(pid);
  return { self: self / 1024, total: total / 1024 };
}
