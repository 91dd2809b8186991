// Autosave of the behovsmelding form under co-editing: 50 editors (5 on each of 10 applications), each saving one
// field change every 2 s for 60 s, and polling for the others' changes every 4 s as the form does. Measures the
// save round-trip (HTTP over loopback, PUT …/fields/:key) on PGlite and on PostgreSQL. Target: p95 < 50 ms.
// BENCH_SECONDS shortens the run (e.g. for a quick look); the figures are then not the issue's.
import { systemClock } from '../src/domain/shared/clock.ts';
import { SYSTEM_ACTOR } from '../src/domain/access/roles.ts';
import { createApplication } from '../src/usecases/behovsmelding/create-application.ts';
import { createRound } from '../src/usecases/behovsmelding/create-round.ts';
import { listPartnerships } from '../src/usecases/org/list-partnerships.ts';
import type { Database } from '../src/db/client.ts';
import { formatRow, loginHeaders, openBenchDatabase, startBenchApp, type Backend } from './support.ts';

const EDITORS = 50;
const APPLICATIONS = 10;
const SAVE_EVERY_MS = 2000;
const POLL_EVERY_MS = 4000;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
// Text fields of sections 1–2: each editor of an application writes its own field, as people split the work.
const FIELDS = ['s1.tema', 's1.begrunnelse', 's1.medvirkning', 's2.ppt', 's2.evaluering'];

async function createApplications(database: Database): Promise<string[]> {
  const db = database.db;
  const partnerships = (await listPartnerships({ db, clock: systemClock, actor: SYSTEM_ACTOR })).filter((p) => p.officeId === 'troms-og-finnmark');
  const ids: string[] = [];
  for (let i = 0; ids.length < APPLICATIONS; i++) {
    const round = await createRound({
      db,
      actor: SYSTEM_ACTOR,
      clock: systemClock,
      input: {
        officeId: 'troms-og-finnmark',
        schemeId: 'rekomp',
        year: 2070 + i,
        title: `Benk ${i}`,
        opensAtLocal: '2020-01-01T00:00:00',
        deadlineLocal: '2099-12-31T23:59:59',
        coordinatorAllowed: true,
        caseNumbers: [{ countyNumber: '55', caseNumber: `2097/${100 + i}` }],
      },
    });
    for (const p of partnerships.slice(0, APPLICATIONS - ids.length)) {
      const app = await createApplication({ db, actor: SYSTEM_ACTOR, clock: systemClock, input: { roundId: round.id, partnershipId: p.id } });
      ids.push(app.id);
    }
  }
  return ids;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function editor(url: string, headers: Record<string, string>, applicationId: string, key: string, index: number, until: number, out: { saves: number[]; polls: number[]; conflicts: number; errors: number }) {
  await sleep((index / EDITORS) * SAVE_EVERY_MS); // spread the editors over the interval
  let version = 0;
  let cursor = 0;
  let lastPoll = Date.now();
  for (let n = 0; Date.now() < until; n++) {
    const tickStart = Date.now();
    const started = performance.now();
    const res = await fetch(`${url}/api/behovsmelding/applications/${applicationId}/fields/${key}`, {
      method: 'PUT',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ value: `Redaktør ${index} skriver avsnitt ${n}. `.repeat(20), baseVersion: version }),
    });
    const body = (await res.json()) as { version?: number; error?: { details?: { theirs?: { version: number } } } };
    out.saves.push(performance.now() - started);
    if (res.status === 200) version = body.version!;
    else if (res.status === 409) {
      out.conflicts++;
      version = body.error?.details?.theirs?.version ?? version;
    } else out.errors++;
    if (Date.now() - lastPoll >= POLL_EVERY_MS) {
      lastPoll = Date.now();
      const p0 = performance.now();
      const changes = (await (await fetch(`${url}/api/behovsmelding/applications/${applicationId}/changes?since=${cursor}`, { headers })).json()) as { changeCursor: number };
      out.polls.push(performance.now() - p0);
      cursor = changes.changeCursor;
    }
    await sleep(Math.max(0, SAVE_EVERY_MS - (Date.now() - tickStart)));
  }
}

export async function runAutosaveBenchmark() {
  console.log(`${EDITORS} editors on ${APPLICATIONS} applications, one save each every ${SAVE_EVERY_MS / 1000} s, for ${SECONDS} s`);
  console.log(formatRow(['backend', 'saves', 'saves/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'poll p95 ms', 'conflicts', 'errors']));
  console.log(formatRow(['---', '---', '---', '---', '---', '---', '---', '---', '---', '---']));
  for (const backend of ['pglite', 'postgres'] as Backend[]) {
    const { database, stop } = await openBenchDatabase(backend);
    const { app, url } = await startBenchApp(database);
    const applications = await createApplications(database);
    const sessions = [];
    for (let i = 0; i < EDITORS; i++) sessions.push(await loginHeaders(url, database, 'ada.admin@example.org'));
    const out = { saves: [] as number[], polls: [] as number[], conflicts: 0, errors: 0 };
    const until = Date.now() + SECONDS * 1000;
    await Promise.all(
      sessions.map((headers, i) => editor(url, headers, applications[i % APPLICATIONS]!, FIELDS[Math.floor(i / APPLICATIONS) % FIELDS.length]!, i, until, out)),
    );
    const saves = [...out.saves].sort((a, b) => a - b);
    const polls = [...out.polls].sort((a, b) => a - b);
    const f = (v: number) => v.toFixed(1);
    console.log(
      formatRow([backend, saves.length, (saves.length / SECONDS).toFixed(1), f(percentile(saves, 50)), f(percentile(saves, 95)), f(percentile(saves, 99)), f(saves.at(-1) ?? NaN), f(percentile(polls, 95)), out.conflicts, out.errors]),
    );
    await app.close();
    await stop();
  }
}
