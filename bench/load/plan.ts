// The pure parts of the load benchmark: the deadline day's mix (who does what how often), the open-loop timing plan
// built from it, the closed-loop draw from the same mix, and the statistics. No I/O here, so the unit test can pin it.

/** Think times from issue 11: an editor autosaves every 5 s while typing, polls changes every 4 s and opens a page
 * every 60 s; a case officer opens the round lists every 30 s and an export every 5 min. */
export const INTERVAL_MS = {
  save: 5_000,
  poll: 4_000,
  page: 60_000,
  lists: 30_000,
  export: 300_000,
} as const;

export type PeriodicAction = keyof typeof INTERVAL_MS;
export type Action = PeriodicAction | 'submit';
export type UserKind = 'editor' | 'officer';

export const ACTIONS_OF: Record<UserKind, PeriodicAction[]> = { editor: ['save', 'poll', 'page'], officer: ['lists', 'export'] };

/** HTTP requests one action makes: a page is the application page's calls, the lists the round pages' calls. */
export const REQUESTS_PER_ACTION: Record<Action, number> = { save: 1, poll: 1, page: 4, lists: 3, export: 1, submit: 1 };

/** Where in a phase the applications are submitted: once each, near the end, as on a deadline day; spread over
 * the last fifth rather than all at one instant (60 submits in 12 s of a 60 s phase). */
export const SUBMIT_WINDOW = { from: 0.8, to: 0.95 } as const;

/** Small seeded PRNG (mulberry32), so a plan is the same on every run and in the test. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Weight = { kind: UserKind; action: PeriodicAction; actionsPerSecond: number; requestsPerSecond: number };

/** The mix as rates: what the open loop offers per second, and the closed loop's draw weights. */
export function mixWeights(users: { editors: number; officers: number }): Weight[] {
  const out: Weight[] = [];
  for (const kind of ['editor', 'officer'] as const) {
    const count = kind === 'editor' ? users.editors : users.officers;
    for (const action of ACTIONS_OF[kind]) {
      const actionsPerSecond = (count * 1000) / INTERVAL_MS[action];
      out.push({ kind, action, actionsPerSecond, requestsPerSecond: actionsPerSecond * REQUESTS_PER_ACTION[action] });
    }
  }
  return out;
}

export type PlannedEvent = { at: number; user: number; action: Action };
export type PlanUser = { kind: UserKind; /** The application an editor writes; the first editor of each submits it. */ application?: number; submits?: boolean };

/** The open loop's timetable: each user's periodic actions at its interval from a random phase (so users do not
 * fire in lockstep), plus one submit per application in the submit window; sorted by time. Requests are sent at
 * these times whatever the server's state, so a slow server shows as latency, not as fewer requests. */
export function openLoopPlan(users: PlanUser[], durationMs: number, seed = 1): PlannedEvent[] {
  const random = seededRandom(seed);
  const events: PlannedEvent[] = [];
  users.forEach((u, user) => {
    for (const action of ACTIONS_OF[u.kind]) {
      const interval = INTERVAL_MS[action];
      for (let at = random() * interval; at < durationMs; at += interval) events.push({ at, user, action });
    }
    if (u.submits) {
      const at = durationMs * (SUBMIT_WINDOW.from + (SUBMIT_WINDOW.to - SUBMIT_WINDOW.from) * random());
      events.push({ at, user, action: 'submit' });
    }
  });
  return events.sort((a, b) => a.at - b.at || a.user - b.user);
}

/** The closed loop's draw: an action with probability proportional to its rate in the open loop. */
export function actionPicker(weights: Weight[], random: () => number): () => Weight {
  const total = weights.reduce((s, w) => s + w.actionsPerSecond, 0);
  return () => {
    let r = random() * total;
    for (const w of weights) {
      r -= w.actionsPerSecond;
      if (r < 0) return w;
    }
    return weights[weights.length - 1]!;
  };
}

/** Nearest-rank percentile of an ascending array (NaN when empty). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** `at`: when the request left, in ms of performance.now() (where in a phase the slow ones were). */
export type RequestRecord = { route: string; status: number; ms: number; outcome: 'ok' | 'conflict' | 'error'; at?: number; why?: string };

export type PhaseStats = {
  requests: number;
  seconds: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  conflicts: number;
  errors: number;
  /** "503 GET /api/…/:id" → count; timeouts and network failures as "timeout …" / "network …". */
  errorsBy: Map<string, number>;
  /** Per route pattern, most requests first: where the time goes. */
  byRoute: { route: string; count: number; p50: number; p95: number }[];
};

export function summarise(records: RequestRecord[], seconds: number): PhaseStats {
  const sorted = records.map((r) => r.ms).sort((a, b) => a - b);
  const errorsBy = new Map<string, number>();
  let conflicts = 0;
  let errors = 0;
  for (const r of records) {
    if (r.outcome === 'conflict') conflicts++;
    if (r.outcome !== 'error') continue;
    errors++;
    const label = `${r.why ?? r.status} ${r.route}`;
    errorsBy.set(label, (errorsBy.get(label) ?? 0) + 1);
  }
  const routes = new Map<string, number[]>();
  for (const r of records) {
    const list = routes.get(r.route);
    if (list) list.push(r.ms);
    else routes.set(r.route, [r.ms]);
  }
  const byRoute = [...routes].map(([route, ms]) => {
    ms.sort((a, b) => a - b);
    return { route, count: ms.length, p50: percentile(ms, 50), p95: percentile(ms, 95) };
  });
  byRoute.sort((a, b) => b.count - a.count || a.route.localeCompare(b.route));
  return {
    requests: records.length,
    seconds,
    throughput: seconds > 0 ? records.length / seconds : NaN,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
    conflicts,
    errors,
    errorsBy,
    byRoute,
  };
}

/** Which answers count as errors: 5xx, timeouts and 4xx the mix does not expect. A 409 on an autosave is the
 * co-editing conflict (or an application submitted meanwhile) and is counted apart. */
export function classify(route: string, status: number): RequestRecord['outcome'] {
  if (status >= 200 && status < 400) return 'ok';
  if (status === 409 && route.endsWith('/fields/:key')) return 'conflict';
  return 'error';
}
