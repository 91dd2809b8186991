// What every use case receives: the database, the actor and the clock. Options objects keep call sites readable.
// The clock is the only time source of a use case (ADR 011): repositories and domain rules get `clock.now()` from it.
import type { Db } from '../db/client.ts';
import type { Actor } from '../domain/access/roles.ts';
import type { Clock } from '../domain/shared/clock.ts';

export type UseCaseContext = { db: Db; actor: Actor; clock: Clock };
