// Issues an approved list's letters in one action (issue 14, point 3; ADR 026): in ONE transaction each decision is
// numbered `YYYY/N-M` in the case of its application's county (after every document already in that case: the
// behovsmeldinger and earlier letters), gets its language (the addressee's written standard, or the office's choice),
// a Sámi copy when the addressee writes in a Sámi language and the office has a reviewed template in it, its date
// and — for a tilsagn that pays out — the last day to accept; its letter rows wait as 'venter' and one render job per
// letter is queued. The list becomes 'utstedt'. The rendering happens in the worker after the commit, never inside
// the transaction: a round's forty letters must not hold the numbering lock while PDFs are laid out, and a refused
// or failed issue leaves nothing behind.
import { appendAudit } from '../../db/audit-repository.ts';
import { documentNumbersInCase, findRoundView, lockRoundCase } from '../../db/behovsmelding-round-repository.ts';
import { enqueue } from '../../db/job-repository.ts';
import {
  findTilsagnSettingRow,
  insertLetters,
  listBatchDecisions,
  listRecipientProfiles,
  listVedtakLines,
  lockBatch,
  markBatchIssued,
  markVedtakIssued,
} from '../../db/tilsagn-letter-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { formatDocumentNumber, nextDocumentSequence, parseDocumentNumber } from '../../domain/behovsmelding/case-number.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import {
  acceptanceDueLocal,
  needsAcceptance,
  osloDateOf,
  RENDER_VEDTAK_LETTER_JOB,
  type RenderVedtakLetterPayload,
} from '../../domain/tilsagn/issue-letters.ts';
import type { TLetterLanguage } from '../../domain/tilsagn/letter-input.ts';
import { letterLanguage, receivesByTransfer, recipientProfileOf, samiCopyLanguage, tilsagnSettingOf } from '../../domain/tilsagn/recipient.ts';
import { templateFor } from '../../loaders/tilsagn/letter-template.ts';
import type { UseCaseContext } from '../context.ts';

export type IssuedLetter = {
  vedtakId: string;
  applicationId: string;
  partnershipName: string;
  kind: string;
  documentNumber: string;
  languages: TLetterLanguage[];
  acceptanceDueLocal: string | null;
};

export async function issueVedtakBatch({ db, actor, clock, batchId }: UseCaseContext & { batchId: string }) {
  return db.transaction(async (tx) => {
    const batch = await lockBatch(tx, batchId);
    if (!batch) throw AppError.notFound(msg('tilsagn.letters.batchNotFound'));
    assertCan(actor, 'issue', { type: 'tilsagn', officeId: batch.officeId });
    if (batch.state !== 'godkjent') throw new AppError('CONFLICT', msg('tilsagn.letters.notApproved', { state: batch.state }));
    const decisions = await listBatchDecisions(tx, batch.id);
    if (decisions.length === 0) throw new AppError('CONFLICT', msg('tilsagn.letters.empty'));
    const round = await findRoundView(tx, batch.roundId);
    if (!round) throw AppError.notFound(msg('tilsagn.letters.batchNotFound'));

    const now = clock.now();
    const issuedOn = osloDateOf(now);
    const setting = tilsagnSettingOf(await findTilsagnSettingRow(tx, batch.officeId));
    const lines = await listVedtakLines(tx, decisions.map((d) => d.vedtak.id));
    const profileRows = await listRecipientProfiles(tx, [...decisions.map((d) => d.applicantId), ...lines.map((l) => l.line.recipientOrgId)]);
    const profileOf = (orgId: string) => recipientProfileOf(profileRows.find((r) => r.organisationId === orgId));
    const transfers = new Set(profileRows.filter((r) => receivesByTransfer(recipientProfileOf(r))).map((r) => r.organisationId));

    const issued: IssuedLetter[] = [];
    for (const d of decisions) {
      const v = d.vedtak;
      // Each number is taken under the case's row lock and written before the next is looked up, so two letters of
      // one case (or a behovsmelding submitted meanwhile) never share a number.
      const caseRow = await lockRoundCase(tx, batch.roundId, d.countyNumber);
      if (!caseRow) throw new AppError('CONFLICT', msg('tilsagn.letters.noCase', { county: d.countyNumber }));
      const taken = (await documentNumbersInCase(tx, caseRow.caseNumber)).map((n) => parseDocumentNumber(n)?.documentSequence ?? 0).filter((n) => n > 0);
      const documentNumber = formatDocumentNumber(caseRow.caseNumber, nextDocumentSequence(taken));

      const addressee = profileOf(d.applicantId);
      const language = letterLanguage(addressee, setting);
      const sami = samiCopyLanguage(addressee);
      // The Norwegian letter is the decision; a Sámi copy goes only from a translation the office has reviewed.
      const samiTemplate = sami ? await templateFor(tx, batch.officeId, round.schemeId, v.kind === 'avslag' ? 'avslag' : 'tilsagn', sami) : null;
      const samiLanguage = sami && samiTemplate?.status === 'reviewed' ? sami : null;
      const own = lines.filter((l) => l.line.vedtakId === v.id).map((l) => l.line);
      const due = needsAcceptance(v.kind, own, transfers) ? acceptanceDueLocal(issuedOn, setting.acceptanceDays) : null;

      await markVedtakIssued(tx, { id: v.id, documentNumber, language, samiLanguage, issuedAt: now, acceptanceDueLocal: due });
      const languages: TLetterLanguage[] = samiLanguage ? [language, samiLanguage] : [language];
      await insertLetters(tx, languages.map((l) => ({ vedtakId: v.id, language: l })));
      for (const l of languages) {
        const payload: RenderVedtakLetterPayload = { vedtakId: v.id, language: l };
        await enqueue(tx, RENDER_VEDTAK_LETTER_JOB, payload);
      }
      issued.push({ vedtakId: v.id, applicationId: v.applicationId, partnershipName: d.partnershipName, kind: v.kind, documentNumber, languages, acceptanceDueLocal: due });
    }

    const after = await markBatchIssued(tx, { id: batch.id, issuedAt: now, issuedByName: actor.name });
    await appendAudit(tx, actor, {
      action: 'issue',
      entityType: 'vedtak-batch',
      entityId: batch.id,
      before: { state: batch.state },
      after: { state: after.state, letters: issued.map((l) => ({ vedtakId: l.vedtakId, documentNumber: l.documentNumber, languages: l.languages })) },
    });
    return { batchId: batch.id, roundId: batch.roundId, state: after.state, issuedAt: now.toISOString(), letters: issued };
  });
}
