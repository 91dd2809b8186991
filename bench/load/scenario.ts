// What each simulated user does, request by request, as the web client does it: an editor autosaves a field with
// its base version (a 409 gives it the server's version and it goes on), polls changes with its cursor, opens the
// application page and submits once; a case officer opens the round pages and exports the round.
import type { LoadClient, Session } from './http-client.ts';
import { openLoopPlan, actionPicker, mixWeights, seededRandom, SUBMIT_WINDOW, type Action, type PlanUser } from './plan.ts';
import type { BenchData } from './prepare.ts';

const A = '/api/behovsmelding/applications';
const R = '/api/behovsmelding/rounds';
/** Each editor of an application types in its own field, as people split the work; every tenth save goes to a
 * field they share, where the co-editing conflicts (409) of a real form arise. */
const OWN_FIELDS = ['s1.begrunnelse', 's1.medvirkning', 's2.evaluering'];
const SHARED_FIELD = 's1.tema';

type AppState = { id: string; submitted: boolean; submitting: boolean };
export type EditorUser = { kind: 'editor'; session: Session; app: AppState; first: boolean; field: string; versions: Map<string, number>; cursor: number; saves: number };
export type OfficerUser = { kind: 'officer'; session: Session };
export type SimUser = EditorUser | OfficerUser;

export type Scenario = { users: SimUser[]; apps: AppState[]; roundId: string; officers: OfficerUser[] };

/** 3 simulated editors per application (≈ 180 over 60) and the case officers; the fields start at version 1, as
 * the preparation saved each once. */
export function buildScenario(data: BenchData, editorsPerApplication = 3): Scenario {
  const apps = data.applications.map((a) => ({ id: a.id, submitted: false, submitting: false }));
  const users: SimUser[] = [];
  data.applications.forEach((a, i) => {
    a.editors.slice(0, editorsPerApplication).forEach((session, k) => {
      const versions = new Map([...OWN_FIELDS, SHARED_FIELD].map((key) => [key, 1]));
      users.push({ kind: 'editor', session, app: apps[i]!, first: k === 0, field: OWN_FIELDS[k % OWN_FIELDS.length]!, versions, cursor: 0, saves: 0 });
    });
  });
  const officers = data.officers.map((session): OfficerUser => ({ kind: 'officer', session }));
  users.push(...officers);
  return { users, apps, roundId: data.roundId, officers };
}

/** As the web client starts: GET /api/session with the cookie gives the user and the CSRF token the mutations
 * carry. Not measured; a session the server does not know stops the run here rather than as a phase of 401s. */
export async function signIn(client: LoadClient, s: Scenario) {
  await Promise.all(
    s.users.map(async (u, i) => {
      const res = await client.request('GET', '/api/session', '/api/session', u.session);
      const body = res.json<{ user: { name: string } | null; csrfToken: string | null }>();
      if (!body?.user || !body.csrfToken) throw new Error(`bench user ${i} is not logged in (GET /api/session → ${res.status})`);
      u.session.csrfToken = body.csrfToken;
    }),
  );
}

type ChangesBody = { changeCursor?: number; changes?: { key: string; version: number }[] };

async function poll(client: LoadClient, u: EditorUser) {
  const res = await client.request('GET', `${A}/${u.app.id}/changes?since=${u.cursor}`, `${A}/:id/changes`, u.session);
  const body = res.status === 200 ? res.json<ChangesBody>() : null;
  if (body?.changeCursor !== undefined) u.cursor = body.changeCursor;
  for (const c of body?.changes ?? []) u.versions.set(c.key, c.version);
}

/** Runs one action of the mix; false when there was nothing to send (a save or submit on a submitted application). */
export async function runAction(client: LoadClient, s: Scenario, user: SimUser, action: Action): Promise<boolean> {
  if (user.kind === 'officer') {
    if (action === 'lists')
      await Promise.all([
        client.request('GET', `${R}?officeId=troms-og-finnmark`, R, user.session),
        client.request('GET', `${R}/${s.roundId}`, `${R}/:id`, user.session),
        client.request('GET', `${R}/${s.roundId}/applications`, `${R}/:id/applications`, user.session),
      ]);
    else await client.request('GET', `${R}/${s.roundId}/export.xlsx`, `${R}/:id/export.:format`, user.session);
    return true;
  }
  const u = user;
  switch (action) {
    case 'save': {
      // A submitted application is read-only in the UI: its editors stop typing.
      if (u.app.submitted || u.app.submitting) return false;
      const key = ++u.saves % 10 === 0 ? SHARED_FIELD : u.field;
      const value = `${key} skrevet om for ${u.saves}. gang. `.repeat(12);
      const res = await client.request('PUT', `${A}/${u.app.id}/fields/${key}`, `${A}/:id/fields/:key`, u.session, { value, baseVersion: u.versions.get(key) ?? 0 });
      const body = res.json<{ version?: number; error?: { details?: { theirs?: { version: number } | null } } }>();
      if (res.status === 200 && body?.version !== undefined) u.versions.set(key, body.version);
      else if (res.status === 409 && body?.error?.details?.theirs) u.versions.set(key, body.error.details.theirs.version);
      return true;
    }
    case 'poll':
      await poll(client, u);
      return true;
    case 'page':
      // The application page: the session, the list it was opened from, the application and the field store's
      // first change poll.
      await Promise.all([
        client.request('GET', '/api/session', '/api/session', u.session),
        client.request('GET', A, A, u.session),
        client.request('GET', `${A}/${u.app.id}`, `${A}/:id`, u.session),
        poll(client, u),
      ]);
      return true;
    case 'submit': {
      if (u.app.submitted || u.app.submitting) return false;
      u.app.submitting = true;
      const res = await client.request('POST', `${A}/${u.app.id}/submit`, `${A}/:id/submit`, u.session);
      u.app.submitting = false;
      if (res.status === 200) u.app.submitted = true;
      return true;
    }
    default:
      return false;
  }
}

/** Between phases: the office returns the submitted applications for correction (not measured), so the next
 * phase finds them editable again, as after a return on the real deadline day. Asked for every application, as
 * a submit that timed out here may still have gone through on the server (the others answer 409, ignored). */
export async function returnSubmitted(client: LoadClient, s: Scenario) {
  const officer = s.officers[0]!;
  for (const app of s.apps) {
    const res = await client.request('POST', `${A}/${app.id}/return`, `${A}/:id/return`, officer.session, { message: 'Benk: sendt tilbake før neste fase.' });
    if (res.status === 200 || res.status === 409) app.submitted = false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function planUsers(s: Scenario): PlanUser[] {
  return s.users.map((u) => (u.kind === 'editor' ? { kind: 'editor', submits: u.first } : { kind: 'officer' }));
}

/** Open loop: every event of the plan is sent at its time, whether or not earlier requests have come back.
 * Returns the dispatcher's lag behind the plan (p99, ms), so a generator that could not keep up is visible. */
export async function runOpenLoop(client: LoadClient, s: Scenario, seconds: number, seed = 1): Promise<{ elapsed: number; lagP99: number }> {
  const plan = openLoopPlan(planUsers(s), seconds * 1000, seed);
  const inflight: Promise<unknown>[] = [];
  const lags: number[] = [];
  const start = performance.now();
  for (let i = 0; i < plan.length; ) {
    const now = performance.now() - start;
    const next = plan[i]!;
    if (next.at > now) {
      await sleep(next.at - now);
      continue;
    }
    // Everything due is sent now, in one go.
    for (; i < plan.length && plan[i]!.at <= now; i++) {
      const ev = plan[i]!;
      lags.push(now - ev.at);
      inflight.push(runAction(client, s, s.users[ev.user]!, ev.action));
    }
  }
  await Promise.all(inflight);
  lags.sort((a, b) => a - b);
  return { elapsed: (performance.now() - start) / 1000, lagP99: lags[Math.floor(lags.length * 0.99)] ?? 0 };
}

/** Closed loop: N workers, each sending the next action of the mix as soon as its last one came back (no think
 * time); in the submit window the workers first take the applications not yet submitted, once each. */
export async function runClosedLoop(client: LoadClient, s: Scenario, workers: number, seconds: number, seed = 2, only?: Action): Promise<{ elapsed: number }> {
  const random = seededRandom(seed);
  const editors = s.users.filter((u): u is EditorUser => u.kind === 'editor');
  const officers = s.officers;
  // `only`: one action's cost alone (`--by-action`), to see where the mix's time goes.
  const pick = actionPicker(mixWeights({ editors: editors.length, officers: officers.length }).filter((w) => !only || w.action === only), random);
  const start = performance.now();
  const end = start + seconds * 1000;
  const submitAt = start + seconds * 1000 * SUBMIT_WINDOW.from;
  const toSubmit = only ? [] : editors.filter((e) => e.first && !e.app.submitted);
  const worker = async () => {
    while (performance.now() < end) {
      if (performance.now() >= submitAt && toSubmit.length) {
        await runAction(client, s, toSubmit.pop()!, 'submit');
        continue;
      }
      const w = pick();
      const pool: SimUser[] = w.kind === 'editor' ? editors : officers;
      const sent = await runAction(client, s, pool[Math.floor(random() * pool.length)]!, w.action);
      // Nothing sent (a submitted application's save): yield, so an idle draw cannot starve the event loop.
      if (!sent) await new Promise((r) => setImmediate(r));
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  return { elapsed: (performance.now() - start) / 1000 };
}

/** The baseline's closed loop: N workers on its one route. */
export async function runBaselineLoop(client: LoadClient, workers: number, seconds: number): Promise<{ elapsed: number }> {
  const start = performance.now();
  const end = start + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) await client.request('GET', '/baseline', '/baseline', null);
  };
  await Promise.all(Array.from({ length: workers }, worker));
  return { elapsed: (performance.now() - start) / 1000 };
}
