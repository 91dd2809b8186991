// Loads a klage with the decision it is on, and checks the verb on that decision (vedtak.handle-klage for the
// office's acts): a klage that does not exist is "not found"; one of another office's decision is refused (403).
import type { DbOrTx } from '../../db/client.ts';
import { findKlage, type KlageRow } from '../../db/tilsagn-klage-repository.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import type { VedtakVerb } from '../../domain/tilsagn/policy.ts';
import { loadDecisionCase, type LoadedDecision } from './load-decision-case.ts';

export async function loadKlage(db: DbOrTx, actor: Actor, id: string, verb: VedtakVerb, lock?: 'update'): Promise<LoadedDecision & { klage: KlageRow }> {
  const klage = await findKlage(db, id, lock);
  if (!klage) throw AppError.notFound(msg('tilsagn.klageNotFound'));
  return { ...(await loadDecisionCase(db, actor, klage.vedtakId, verb)), klage };
}
