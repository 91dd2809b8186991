// The shared step of an amending decision (endringsvedtak, issue 14; ADR 026): a new list of kind 'endringsvedtak'
// holding a copy of one ISSUED decision (amends_id set), inside the caller's transaction. Three use cases make one —
// the case officer's amendment (amend-vedtak.ts), a klage's reversal and a klage's outcome in the partnership's
// favour — each asking its own verb and writing its own audit row, so this step does neither (ADR 016's support
// layer, below the use cases).
import type { DbOrTx } from '../../db/client.ts';
import { findOpenAmendment, insertBatch, insertVedtak, listLines } from '../../db/tilsagn-vedtak-repository.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import type { Clock } from '../../domain/shared/clock.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { assertDecisionValid, normaliseLines, type TLineInput, type TVedtakKind } from '../../domain/tilsagn/vedtak.ts';
import { recommendedDecisions } from '../../views/tilsagn/round-vedtak-view.ts';
import { loadVedtakContext } from './load-vedtak.ts';

/** What the amendment says instead of the copy (a reversal may give it at once); each field optional. */
export type TAmendmentChanges = { kind?: TVedtakKind; lines?: readonly TLineInput[]; reasons?: string; deviationReason?: string | null };

/**
 * Makes the endringsvedtak list with a copy of the issued decision `vedtakId` (changed by `changes`), prepared by
 * `actor`. Refuses a decision not issued, one already replaced, and one with an amendment under way. No access check
 * and no audit row: the caller's.
 */
export async function createAmendment(tx: DbOrTx, opts: { actor: Actor; clock: Clock; vedtakId: string; changes?: TAmendmentChanges }) {
  const { vedtak, batch, round } = await loadVedtakContext(tx, opts.vedtakId);
  if (batch.state !== 'utstedt' && vedtak.issuedAt === null) throw new AppError('CONFLICT', msg('tilsagn.amend.notIssued'));
  if (vedtak.supersededById !== null) throw new AppError('CONFLICT', msg('tilsagn.amend.superseded'));
  if (await findOpenAmendment(tx, vedtak.id)) throw new AppError('CONFLICT', msg('tilsagn.amend.alreadyOpen'));

  const copied = (await listLines(tx, [vedtak.id])).map(({ year, recipient, recipientOrgId, amountKr }) => ({ year, recipient, recipientOrgId, amountKr }));
  const c = opts.changes ?? {};
  const kind: TVedtakKind = c.kind ?? (vedtak.kind === 'avslag' ? 'avslag' : 'tilsagn');
  const lines = kind === 'avslag' ? [] : normaliseLines(c.lines ?? copied, round.year);
  const deviationReason = c.deviationReason !== undefined ? c.deviationReason : vedtak.deviationReason;
  if (opts.changes) {
    const recommended = (await recommendedDecisions(tx, round)).byApplication.get(vedtak.applicationId);
    assertDecisionValid({
      decision: { kind, lines, deviationReason },
      innstilling: recommended ?? { kind: 'avslag', lines: [] },
      roundYear: round.year,
      recipients: recommended?.recipients ?? { payeeOrgId: '', uhOrgIds: [] },
    });
  }
  const at = opts.clock.now();
  // The amended decision keeps the reporting duty the original letter set (editable while the amendment is a draft).
  const amendmentBatch = await insertBatch(tx, { roundId: round.id, officeId: round.officeId, kind: 'endringsvedtak', reportDueLocal: batch.reportDueLocal, at });
  const amendment = await insertVedtak(
    tx,
    {
      batchId: amendmentBatch.id,
      roundId: round.id,
      applicationId: vedtak.applicationId,
      kind,
      amendsId: vedtak.id,
      reasons: c.reasons ?? vedtak.reasons,
      deviationReason,
      preparedByUserId: opts.actor.userId,
      preparedByName: opts.actor.name,
      preparedAt: at,
      createdAt: at,
      updatedAt: at,
    },
    lines,
  );
  return { round, batch: amendmentBatch, vedtak: amendment, amends: vedtak, lines };
}
