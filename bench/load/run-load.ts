// `npm run bench load` (issue 11): the deadline day against the real server as `npm start` starts it, from this
// second process, on PGlite and on PostgreSQL, with a bare Fastify baseline on the same engine and data.
// Per engine: bench data through the use cases (prepare.ts), the server as a child process, an open loop at the
// mix's own rate, closed loops to saturation, then the baseline's closed loops; it prints figures and the issue's
// targets, and never asserts. Bounded: every phase by time, every request by a timeout, the whole run by a hard cap
// that kills what it started.
//
//   npm run bench -- load [--engine=pglite|postgres] [--open-seconds=60] [--closed-seconds=20] [--connections=50,200]
//                         [--by-action]  (then each action alone too: what each costs the server)
//   (or LOAD_ENGINE, LOAD_OPEN_SECONDS, LOAD_CLOSED_SECONDS, LOAD_CONNECTIONS, LOAD_TIMEOUT_MS in the environment)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../src/db/client.ts';
// @ts-expect-error plain ESM helper shared with the test runner
import { startPgServer } from '../../scripts/pg-server.mjs';
import { formatRow, type Backend } from '../support.ts';
import { LoadClient } from './http-client.ts';
import { mixWeights, summarise, type PhaseStats } from './plan.ts';
import { prepareBenchData } from './prepare.ts';
import { rssMb, startAppServer, startBaselineServer, type Child, type EngineEnv } from './processes.ts';
import { buildScenario, returnSubmitted, runBaselineLoop, runClosedLoop, runOpenLoop, signIn } from './scenario.ts';

const APPLICATIONS = 60;
const OFFICERS = 20;
const TARGET = { openP95Ms: 150, saturationShare: 0.15, rssMb: { pglite: 350, postgres: 200 } as Record<Backend, number> };

type Options = { engines: Backend[]; openSeconds: number; closedSeconds: number; connections: number[]; timeoutMs: number; byAction: boolean };

function option(name: string, env: string): string | undefined {
  const flag = process.argv.find((a) => a.startsWith(`--${name}=`));
  return flag ? flag.slice(name.length + 3) : process.env[env];
}

export function loadOptions(): Options {
  const engine = option('engine', 'LOAD_ENGINE');
  if (engine && engine !== 'pglite' && engine !== 'postgres') throw new Error(`--engine må være pglite eller postgres, ikke ${engine}`);
  const positive = (v: string | undefined, fallback: number) => {
    const n = Number(v ?? fallback);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`ugyldig tall: ${v}`);
    return n;
  };
  return {
    engines: engine ? [engine as Backend] : ['pglite', 'postgres'],
    openSeconds: positive(option('open-seconds', 'LOAD_OPEN_SECONDS'), 60),
    closedSeconds: positive(option('closed-seconds', 'LOAD_CLOSED_SECONDS'), 20),
    connections: (option('connections', 'LOAD_CONNECTIONS') ?? '50,200').split(',').map((c) => positive(c, 50)),
    timeoutMs: positive(option('timeout-ms', 'LOAD_TIMEOUT_MS'), 10_000),
    byAction: process.argv.includes('--by-action'),
  };
}

type PhaseResult = { phase: string; stats: PhaseStats; note?: string };
type Rss = { self: number; total: number };
type EngineResult = {
  engine: Backend;
  phases: PhaseResult[];
  baseline: Map<number, PhaseStats>;
  rssBefore: Rss;
  rssAfter: Rss;
  rssSettled: Rss;
  rssBaseline: Rss;
  memoryAfter: string;
  memorySettled: string;
};

/** The server's own account of its memory (SIGUSR2 makes it print one line to its log, src/cli/serve-command.ts). */
async function serverMemory(server: Child): Promise<string> {
  process.kill(server.process.pid!, 'SIGUSR2');
  await new Promise((r) => setTimeout(r, 300));
  const lines = fs.readFileSync(server.logFile, 'utf8').split('\n').filter((l) => l.startsWith('memory '));
  return lines.at(-1)?.slice('memory '.length) ?? '(not reported)';
}

/** How long after the last request the settled RSS is read: the render worker ends after 10 s idle (ADR 022). */
const SETTLE_SECONDS = 15;

/** What a hard cap must kill: the children's process groups and the PostgreSQL server. */
const running = new Set<{ kill: () => void }>();

async function runEngine(engine: Backend, o: Options): Promise<EngineResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-load-'));
  let pgServer: { url: string; stop: () => void } | null = null;
  let pgHandle: { kill: () => void } | null = null;
  const children: Child[] = [];
  let done = false;
  try {
    let env: EngineEnv;
    if (engine === 'postgres') {
      pgServer = (await startPgServer()) as { url: string; stop: () => void };
      const stop = pgServer.stop;
      pgHandle = { kill: () => stop() };
      running.add(pgHandle);
      env = { DATABASE_URL: pgServer.url };
    } else env = { DATA_DIR: path.join(dir, 'data') };

    let t = performance.now();
    const database = 'DATABASE_URL' in env ? await openDatabase({ databaseUrl: env.DATABASE_URL, poolSize: 2 }) : await openDatabase({ dataDir: env.DATA_DIR, lock: 'cli' });
    const data = await prepareBenchData(database, { applications: APPLICATIONS, officers: OFFICERS, log: (l) => console.log(l) }).finally(() => database.close());
    console.log(`  bench data: ${APPLICATIONS} applications, ${OFFICERS} case officers in ${((performance.now() - t) / 1000).toFixed(0)} s`);

    t = performance.now();
    const server = await startAppServer(env, path.join(dir, 'server.log'));
    children.push(server);
    const serverHandle = { kill: () => process.kill(-server.process.pid!, 'SIGKILL') };
    running.add(serverHandle);
    console.log(`  server up in ${((performance.now() - t) / 1000).toFixed(1)} s (${server.url}, log ${server.logFile})`);
    const rssBefore = rssMb(server.process.pid!);

    const scenario = buildScenario(data);
    const editors = scenario.users.filter((u) => u.kind === 'editor').length;
    const offered = mixWeights({ editors, officers: scenario.officers.length }).reduce((s, w) => s + w.requestsPerSecond, 0);
    console.log(`  ${editors} editors, ${scenario.officers.length} case officers; the open loop offers ≈ ${offered.toFixed(0)} req/s`);
    const phases: PhaseResult[] = [];
    const admin = new LoadClient(server.url, 4, o.timeoutMs);
    await signIn(admin, scenario);

    const open = new LoadClient(server.url, scenario.users.length, o.timeoutMs);
    const openStart = performance.now();
    const openRun = await runOpenLoop(open, scenario, o.openSeconds);
    // Where the slowest requests left: a stall shows as many at one moment (a submit burst, an export).
    const slowest = [...open.records]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 8)
      .map((r) => `${r.route.replace('/api/behovsmelding', '')} ${r.ms.toFixed(0)} ms at ${(((r.at ?? openStart) - openStart) / 1000).toFixed(1)} s`);
    phases.push({
      phase: `open loop ${o.openSeconds} s`,
      stats: summarise(open.records, o.openSeconds),
      note: `generator lag p99 ${openRun.lagP99.toFixed(0)} ms, drained in ${openRun.elapsed.toFixed(1)} s; slowest: ${slowest.join('; ')}`,
    });
    open.close();
    await returnSubmitted(admin, scenario);

    for (const n of o.connections) {
      const closed = new LoadClient(server.url, n, o.timeoutMs);
      const run = await runClosedLoop(closed, scenario, n, o.closedSeconds);
      phases.push({ phase: `closed ${n} conn`, stats: summarise(closed.records, run.elapsed) });
      closed.close();
      await returnSubmitted(admin, scenario);
    }
    // Each periodic action alone, closed loop at the first connection count: what one costs the server.
    if (o.byAction)
      for (const action of ['poll', 'save', 'page', 'lists', 'export'] as const) {
        const n = o.connections[0]!;
        const closed = new LoadClient(server.url, n, o.timeoutMs);
        const run = await runClosedLoop(closed, scenario, n, o.closedSeconds, 3, action);
        phases.push({ phase: `only ${action}, closed ${n} conn`, stats: summarise(closed.records, run.elapsed) });
        closed.close();
      }
    admin.close();
    const rssAfter = rssMb(server.process.pid!);
    const memoryAfter = await serverMemory(server);
    // Documents queued by the last submissions may still be rendering: the figure above counts them, this one not.
    await new Promise((r) => setTimeout(r, SETTLE_SECONDS * 1000));
    const rssSettled = rssMb(server.process.pid!);
    const memorySettled = await serverMemory(server);
    await server.stop();
    running.delete(serverHandle);

    // The baseline after the app has let go of the data (PGlite's data dir is one process's at a time).
    const baseline = new Map<number, PhaseStats>();
    const bare = await startBaselineServer(env, data.roundId, path.join(dir, 'baseline.log'));
    children.push(bare);
    const bareHandle = { kill: () => process.kill(-bare.process.pid!, 'SIGKILL') };
    running.add(bareHandle);
    for (const n of o.connections) {
      const client = new LoadClient(bare.url, n, o.timeoutMs);
      const run = await runBaselineLoop(client, n, o.closedSeconds);
      baseline.set(n, summarise(client.records, run.elapsed));
      client.close();
    }
    // Node, Fastify and the engine's client after the same kind of load: on PGlite, the engine's share of the app's RSS.
    const rssBaseline = rssMb(bare.process.pid!);
    await bare.stop();
    running.delete(bareHandle);
    done = true;
    return { engine, phases, baseline, rssBefore, rssAfter, rssSettled, rssBaseline, memoryAfter, memorySettled };
  } finally {
    for (const c of children) await c.stop();
    if (pgServer) {
      try {
        pgServer.stop();
      } catch (error) {
        console.error(`PostgreSQL did not stop cleanly: ${String(error)}`);
      }
      if (pgHandle) running.delete(pgHandle);
    }
    // On a failure the server's and the baseline's logs stay for the reader.
    if (done && !process.argv.includes('--keep-logs')) fs.rmSync(dir, { recursive: true, force: true });
    else console.error(`Logs kept in ${dir}`);
  }
}

const f0 = (v: number) => (Number.isFinite(v) ? v.toFixed(0) : '–');
const f1 = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '–');
const pct = (v: number) => (Number.isFinite(v) ? `${(v * 100).toFixed(1)} %` : '–');

function printEngine(r: EngineResult, o: Options) {
  console.log(`\n### ${r.engine === 'pglite' ? 'PGlite' : 'PostgreSQL'}`);
  console.log(formatRow(['phase', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'errors', '409', 'vs baseline']));
  console.log(formatRow(Array(10).fill('---')));
  for (const p of r.phases) {
    const n = Number(/closed (\d+)/.exec(p.phase)?.[1]);
    const base = r.baseline.get(n);
    const s = p.stats;
    console.log(formatRow([p.phase, s.requests, f1(s.throughput), f1(s.p50), f1(s.p95), f1(s.p99), f0(s.max), s.errors, s.conflicts, base ? pct(s.throughput / base.throughput) : '']));
  }
  for (const n of o.connections) {
    const s = r.baseline.get(n)!;
    console.log(formatRow([`baseline ${n} conn`, s.requests, f1(s.throughput), f1(s.p50), f1(s.p95), f1(s.p99), f0(s.max), s.errors, s.conflicts, '']));
  }
  for (const p of r.phases) if (p.note) console.log(`- ${p.phase}: ${p.note}`);
  for (const p of r.phases)
    console.log(`- ${p.phase} by route (n, p50/p95 ms): ${p.stats.byRoute.map((x) => `${x.route} ${x.count}, ${f0(x.p50)}/${f0(x.p95)}`).join('; ')}`);
  for (const p of [...r.phases, ...[...r.baseline].map(([n, stats]) => ({ phase: `baseline ${n} conn`, stats }))])
    for (const [label, count] of p.stats.errorsBy) console.log(`- error in ${p.phase}: ${label} ×${count}`);
  console.log(`- the server's memory right after the load ${r.memoryAfter}, ${SETTLE_SECONDS} s later ${r.memorySettled}`);
  console.log(`- server RSS before load ${f0(r.rssBefore.total)} MB, after ${f0(r.rssAfter.total)} MB, ${SETTLE_SECONDS} s later ${f0(r.rssSettled.total)} MB (node process itself ${f0(r.rssBefore.self)} → ${f0(r.rssAfter.self)} → ${f0(r.rssSettled.self)} MB); the bare baseline's process after its load ${f0(r.rssBaseline.total)} MB${r.engine === 'pglite' ? ' — node, Fastify and PGlite alone: the engine\'s share' : ''}`);
}

function printTargets(results: EngineResult[]) {
  console.log('\n### Targets (issue 11)');
  console.log(formatRow(['engine', 'target', 'measured', 'met']));
  console.log(formatRow(['---', '---', '---', '---']));
  const yes = (ok: boolean) => (ok ? 'yes' : 'NO');
  for (const r of results) {
    const open = r.phases[0]!.stats;
    console.log(formatRow([r.engine, `open loop p95 < ${TARGET.openP95Ms} ms, 0 errors`, `p95 ${f1(open.p95)} ms, ${open.errors} errors`, yes(open.p95 < TARGET.openP95Ms && open.errors === 0)]));
    for (const p of r.phases.slice(1).filter((x) => x.phase.startsWith("closed"))) {
      const n = Number(/closed (\d+)/.exec(p.phase)?.[1]);
      const share = p.stats.throughput / (r.baseline.get(n)?.throughput ?? NaN);
      console.log(formatRow([r.engine, `saturation ≥ ${TARGET.saturationShare * 100} % of baseline (${n} conn)`, pct(share), yes(share >= TARGET.saturationShare)]));
    }
    const limit = TARGET.rssMb[r.engine];
    console.log(formatRow([r.engine, `server RSS after < ${limit} MB`, `${f0(r.rssAfter.total)} MB (${f0(r.rssSettled.total)} MB ${SETTLE_SECONDS} s later)`, yes(r.rssAfter.total < limit)]));
  }
}

export async function runLoadBenchmark() {
  const o = loadOptions();
  console.log(`${o.engines.join(' and ')}: open loop ${o.openSeconds} s, closed loop ${o.closedSeconds} s at ${o.connections.join('/')} connections, request timeout ${o.timeoutMs} ms`);
  // Preparation and start-up are generous (a UI build on a busy machine); the phases are bounded by their own time.
  const capSeconds = o.engines.length * (900 + o.openSeconds + 2 * o.closedSeconds * o.connections.length + 120);
  const cap = setTimeout(() => {
    console.error(`\nHard cap of ${capSeconds} s reached: stopping everything the benchmark started.`);
    for (const r of running)
      try {
        r.kill();
      } catch {
        /* already gone */
      }
    process.exit(2);
  }, capSeconds * 1000);
  try {
    const results: EngineResult[] = [];
    for (const engine of o.engines) {
      console.log(`\n${engine}:`);
      const r = await runEngine(engine, o);
      results.push(r);
      printEngine(r, o);
    }
    printTargets(results);
  } finally {
    clearTimeout(cap);
  }
}
