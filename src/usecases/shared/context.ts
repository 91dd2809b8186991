// What every use case receives: the database and the actor. Options objects keep call sites readable.
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../domain/access/roles.ts';

export type UseCaseContext = { db: Db; actor: Actor };
