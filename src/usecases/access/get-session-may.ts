// What the navigation and the start page offer the logged-in actor (GET /api/session `may`), decided by the policy
// over every office and organisation, so the UI never guesses from roles.
import { sessionMay, type SessionMay } from '../../domain/access/offers.ts';
import type { UseCaseContext } from '../context.ts';
import { loadPlaces } from '../../db/places-repository.ts';

export async function getSessionMay({ db, actor }: UseCaseContext): Promise<SessionMay> {
  return sessionMay(actor, await loadPlaces(db));
}
