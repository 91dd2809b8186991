// The case officer prepares a round's decisions from the forum's adopted innstilling (issue 14, point 1): one list
// (kind 'vedtak', 'utkast') with one decision per application the innstilling names — a tilsagn with the chosen
// scenario's split for each prioritised measure (owner amount to the payee, each UH by organisation, later years
// conditional), an avslag for each one not prioritised — and the reasons taken from the innstilling's reason and the
// forum's assessment, to be edited before sending for approval. The innstilling is read, never re-derived
// (src/views/forum/innstilling-view.ts).
//
// Refused while the innstilling is not adopted, and once the round has its list: preparing is done once, and a
// second call (a double click, a retry) changes nothing. The innstilling's row is locked first, so two calls at once
// queue and the second sees the first's list.
//
// The list gets the default report deadline (vedtak-batch.ts), which the case officer may change while it is a draft
// (update-vedtak-batch.ts): without one, the letters could only say "the deadline we set".
import { appendAudit } from '../../db/audit-repository.ts';
import { findRoundVedtakBatch, insertBatch, insertVedtak, lockInnstilling } from '../../db/tilsagn-vedtak-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { osloDateOf } from '../../domain/tilsagn/issue-letters.ts';
import { defaultReportDueLocal } from '../../domain/tilsagn/vedtak-batch.ts';
import { totalKr } from '../../domain/tilsagn/vedtak.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';
import { recommendedDecisions, roundVedtakAnswer } from '../../views/tilsagn/round-vedtak-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function prepareRoundVedtak({ db, actor, clock, roundId }: UseCaseContext & { roundId: string }) {
  return db.transaction(async (tx) => {
    const round = await loadRound(tx, roundId);
    assertCan(actor, 'prepare', { type: 'tilsagn', officeId: round.officeId });
    await lockInnstilling(tx, round.id);
    const { data, byApplication } = await recommendedDecisions(tx, round);
    if (data.state !== 'vedtatt') throw new AppError('VALIDATION', msg('tilsagn.vedtak.innstillingNotAdopted'));
    if (await findRoundVedtakBatch(tx, round.id)) throw new AppError('VALIDATION', msg('tilsagn.vedtak.alreadyPrepared'));

    const at = clock.now();
    const reportDueLocal = defaultReportDueLocal(round.year, osloDateOf(at));
    const batch = await insertBatch(tx, { roundId: round.id, officeId: round.officeId, kind: 'vedtak', reportDueLocal, at });
    const made: { id: string; applicationId: string; kind: string; totalKr: number }[] = [];
    for (const r of byApplication.values()) {
      const v = await insertVedtak(
        tx,
        {
          batchId: batch.id,
          roundId: round.id,
          applicationId: r.applicationId,
          kind: r.kind,
          reasons: r.reasons,
          preparedByUserId: actor.userId,
          preparedByName: actor.name,
          preparedAt: at,
          createdAt: at,
          updatedAt: at,
        },
        r.lines,
      );
      made.push({ id: v.id, applicationId: r.applicationId, kind: r.kind, totalKr: totalKr(r.lines) });
    }
    await appendAudit(tx, actor, { action: 'create', entityType: 'vedtak-batch', entityId: batch.id, before: null, after: { roundId: round.id, kind: 'vedtak', state: 'utkast', reportDueLocal, decisions: made } });
    return roundVedtakAnswer(tx, actor, round);
  });
}
