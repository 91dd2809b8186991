// The case officer changes a decision while its list is a draft (issue 14, point 1): tilsagn or avslag, the amounts
// per year × recipient (later years conditional by their year), the reasons, and the reason for deviating from the
// forum's innstilling — required when the decision says otherwise than it (vedtak.ts). Saved against the version
// the officer saw, so two officers do not overwrite each other; the list's version moves too, so an approver never
// approves what they did not see. The editor joins those who had a hand in the list (the audit row says so), and
// the policy keeps them from approving it.
import { appendAudit } from '../../db/audit-repository.ts';
import { listLines, touchBatch, updateVedtakIfUnchanged } from '../../db/tilsagn-vedtak-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { ZUpdateVedtakInput } from '../../domain/tilsagn/vedtak-contract.ts';
import { asBatchState, assertEditable } from '../../domain/tilsagn/vedtak-batch.ts';
import { assertDecisionValid, normaliseLines } from '../../domain/tilsagn/vedtak.ts';
import { batchResource, recommendedDecisions, roundVedtakAnswer } from '../../views/tilsagn/round-vedtak-view.ts';
import type { UseCaseContext } from '../context.ts';
import { loadVedtakContext } from '../../loaders/tilsagn/load-vedtak.ts';

export async function updateVedtak({ db, actor, clock, vedtakId, input }: UseCaseContext & { vedtakId: string; input: unknown }) {
  return db.transaction(async (tx) => {
    const { vedtak, batch, round } = await loadVedtakContext(tx, vedtakId);
    assertCan(actor, 'edit', await batchResource(tx, batch));
    const body = parseInput(ZUpdateVedtakInput, input);
    assertEditable(asBatchState(batch.state));

    const { byApplication } = await recommendedDecisions(tx, round);
    const recommended = byApplication.get(vedtak.applicationId);
    const lines = body.kind === 'avslag' ? [] : body.lines;
    const deviationReason = (body.deviationReason ?? '').trim() === '' ? null : body.deviationReason!.trim();
    assertDecisionValid({
      decision: { kind: body.kind, lines: body.lines, deviationReason, reasons: body.reasons },
      // An application the innstilling does not name (it should not happen) counts as recommended for an avslag.
      innstilling: recommended ?? { kind: 'avslag', lines: [] },
      roundYear: round.year,
      recipients: recommended?.recipients ?? { payeeOrgId: '', uhOrgIds: [] },
    });

    const before = { kind: vedtak.kind, reasons: vedtak.reasons, deviationReason: vedtak.deviationReason, lines: await listLines(tx, [vedtak.id]) };
    const at = clock.now();
    const saved = await updateVedtakIfUnchanged(tx, {
      id: vedtak.id,
      expectedVersion: body.expectedVersion,
      set: { kind: body.kind, reasons: body.reasons.trim(), deviationReason },
      lines: normaliseLines(lines, round.year),
      at,
    });
    if (!saved) throw new AppError('CONFLICT', msg('tilsagn.vedtak.stale'));
    await touchBatch(tx, batch.id, at);
    await appendAudit(tx, actor, {
      action: 'update',
      entityType: 'vedtak',
      entityId: vedtak.id,
      before: { ...before, lines: before.lines.map(({ vedtakId: _v, recipientName: _n, ...l }) => l) },
      after: { kind: saved.kind, reasons: saved.reasons, deviationReason: saved.deviationReason, lines: normaliseLines(lines, round.year) },
    });
    return roundVedtakAnswer(tx, actor, round);
  });
}
