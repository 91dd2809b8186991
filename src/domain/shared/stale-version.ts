import { AppError } from './app-error.ts';
import { msg } from './message-keys.ts';

/** The error for an optimistic-concurrency miss: someone saved in between. `what`: the thing in definite form
 * ("regionen"), best as a message token (msg('reference.theRegion')) so it is said in the reader's language too. */
export function staleVersion(what: string): AppError {
  return new AppError('CONFLICT', msg('shared.staleVersion', { what }));
}
