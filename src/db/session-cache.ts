// Every request of a logged-in user starts by resolving its session cookie to an actor: one statement, a fifth of
// all the statements the server sends in a deadline rush (issue 11, docs/performance.md). The actor is kept here for
// a few seconds per database and token. It is forgotten at once in this process when a session, user, person or grant
// is written (the repositories that write them call forgetSessions, and nothing read in the second after is kept,
// since the write's transaction may still be open); another instance sharing a PostgreSQL server sees such a change
// within SESSION_CACHE_TTL_MS, which bounds every case. A session's own expiry is checked against the request's time on
// every hit, as the statement does.
import type { DbOrTx } from './client.ts';
import { loadSessionActor, type SessionActor } from './session-repository.ts';

export const SESSION_CACHE_TTL_MS = 5_000;
/** Bounded: a flood of distinct (valid) tokens cannot grow the server's memory. */
const MAX_ENTRIES = 5_000;

type Entry = { found: SessionActor & { expiresAt: Date }; cachedAt: number; generation: number };

// Per database (tests run many in one process, some with copies of the same sessions), and weakly, so a closed test
// database takes its cache with it.
const caches = new WeakMap<object, Map<string, Entry>>();
let generation = 0;
/** The write that forgot may not have committed yet: what is read within this long after it is not cached. */
const SETTLE_MS = 1_000;
let forgottenAt = -Infinity;

/** The session's actor, from the cache while fresh, else from the database (and then cached). Only sessions that
 * exist are cached: an unknown token always asks the database. */
export async function cachedSessionActor(db: DbOrTx, token: string, now: Date): Promise<SessionActor | null> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const hit = cache.get(token);
  if (hit && hit.generation === generation && performance.now() - hit.cachedAt < SESSION_CACHE_TTL_MS && hit.found.expiresAt > now) {
    const { expiresAt: _, ...actor } = hit.found;
    return actor;
  }
  cache.delete(token);
  const startedAt = generation;
  const found = await loadSessionActor(db, token, now);
  // A write that happened while the statement ran may not be in what it read: cache only what was read after it.
  if (found && startedAt === generation && performance.now() - forgottenAt > SETTLE_MS) {
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
    cache.set(token, { found, cachedAt: performance.now(), generation });
  }
  if (!found) return null;
  const { expiresAt: _, ...actor } = found;
  return actor;
}

/** Called by every write to sessions, users, people and grants: this process serves nothing older from then on. */
export function forgetSessions() {
  generation++;
  forgottenAt = performance.now();
}
