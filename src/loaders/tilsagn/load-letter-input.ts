// Gathers one decision letter's data (TLetterInput, src/domain/tilsagn/letter-input.ts) from the rows: the decision
// and its lines with each recipient's name and whether it is a state transfer, the partnership (the applicant is the
// addressee, every other member is copied), the scheme's rules the letter cites, the round, the office, the purpose
// as the partnership wrote it, what it asked and what the forum recommended, who prepared and who approved, the dates
// and the office's appeal body. Used by the render job and by the CLI, so a letter rendered later (after the
// archive's number is recorded, say) is the same letter with that number.
import { findApplication } from '../../db/behovsmelding-application-repository.ts';
import { findRoundView } from '../../db/behovsmelding-round-repository.ts';
import type { DbOrTx } from '../../db/client.ts';
import { findChosenScenario, findInnstilling, listScenarioLines } from '../../db/forum-innstilling-repository.ts';
import { findOrganisation } from '../../db/org-repository.ts';
import { findPartnership } from '../../db/partnership-repository.ts';
import { findScheme } from '../../db/reference-repository.ts';
import { findBatchRow, findTilsagnSettingRow, findVedtak, listRecipientProfiles, listVedtakLines } from '../../db/tilsagn-letter-repository.ts';
import { parseDocumentNumber } from '../../domain/behovsmelding/case-number.ts';
import { askedAmounts } from '../../domain/forum/asked-amounts.ts';
import { grantRulesFor, storedSchemeRules } from '../../domain/reference/scheme-rules.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { osloDateOf } from '../../domain/tilsagn/issue-letters.ts';
import type { TLetterInput, TLetterLanguage } from '../../domain/tilsagn/letter-input.ts';
import { receivesByTransfer, recipientProfileOf, tilsagnSettingOf } from '../../domain/tilsagn/recipient.ts';
import { loadSubmittedValues } from '../forum/submitted-values.ts';

/** The application's theme and overall goal (sections 1.1 and 2.1), as the partnership wrote them. */
function purposeOf(values: Record<string, unknown>): string {
  return [values['s1.tema'], values['s2.overordnetMal']]
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    .map((v) => v.trim())
    .join('\n\n');
}

/** What the partnership asked of this office, all years — read as the allocation screen and the innstilling read it
 * (src/views/forum/innstilling-view.ts), so the letter's "asked" is the forum's. */
function askedKrOf(values: Record<string, unknown>): number {
  const asked = askedAmounts(values, []);
  return asked.parts.filter((p) => p.ownOffice).reduce((sum, p) => sum + p.years.reduce((t, y) => t + y.ownerKr + y.uhKr, 0), 0);
}

/** What the forum recommended for the application: its lines in the adopted innstilling's scenario (or, before
 * adoption, the chosen one — as innstillingData reads it). */
async function innstiltKrOf(db: DbOrTx, roundId: string, applicationId: string): Promise<number> {
  const row = await findInnstilling(db, roundId);
  const scenarioId = row?.state === 'vedtatt' && row.scenarioId ? row.scenarioId : (await findChosenScenario(db, roundId))?.id;
  if (!scenarioId) return 0;
  return (await listScenarioLines(db, scenarioId)).filter((l) => l.applicationId === applicationId).reduce((s, l) => s + l.amountKr, 0);
}

/**
 * The letter of decision `vedtakId` in `language`. Throws NOT_FOUND when the decision is gone and CONFLICT when it is
 * not issued (a letter has a document number and a date only once issued). No access check: the callers (the job,
 * the CLI as the system actor, the use cases) decide who may see it.
 */
export async function loadLetterInput(db: DbOrTx, vedtakId: string, language: TLetterLanguage): Promise<TLetterInput> {
  // One query after another: `db` may be a transaction (one connection).
  const v = await findVedtak(db, vedtakId);
  if (!v) throw AppError.notFound(msg('tilsagn.letters.vedtakNotFound'));
  if (!v.documentNumber || !v.issuedAt) throw new AppError('CONFLICT', msg('tilsagn.letters.notIssued'));
  const batch = await findBatchRow(db, v.batchId);
  const round = await findRoundView(db, v.roundId);
  const app = await findApplication(db, v.applicationId);
  if (!batch || !round || !app) throw AppError.notFound(msg('tilsagn.letters.vedtakNotFound'));
  const p = await findPartnership(db, app.partnershipId);
  if (!p) throw AppError.notFound(msg('tilsagn.letters.vedtakNotFound'));
  const schemeRow = await findScheme(db, round.schemeId);
  const applicant = await findOrganisation(db, p.applicantId);

  const lines = await listVedtakLines(db, [v.id]);
  const profiles = await listRecipientProfiles(db, lines.map((l) => l.line.recipientOrgId));
  const transfers = new Set(profiles.filter((row) => receivesByTransfer(recipientProfileOf(row))).map((row) => row.organisationId));
  const setting = tilsagnSettingOf(await findTilsagnSettingRow(db, round.officeId));
  const values = (await loadSubmittedValues(db, [app.id])).get(app.id) ?? {};
  const amended = v.amendsId ? await findVedtak(db, v.amendsId) : undefined;
  const rules = storedSchemeRules(schemeRow?.rules ?? {});
  const schemeName = schemeRow ? ((schemeRow.name as Record<string, string | undefined>)[language] ?? schemeRow.name.nb) : round.schemeName;

  return {
    kind: v.kind === 'avslag' ? 'avslag' : 'tilsagn',
    language,
    amends: amended?.documentNumber ? { documentNumber: amended.documentNumber, dateLocal: amended.issuedAt ? osloDateOf(amended.issuedAt) : '' } : null,
    documentNumber: v.documentNumber,
    archiveNumber: v.archiveNumber,
    caseNumber: parseDocumentNumber(v.documentNumber)?.caseNumber ?? '',
    dateLocal: osloDateOf(v.issuedAt),
    office: { name: round.officeName },
    scheme: {
      name: schemeName,
      budgetChapterPost: rules.budgetChapterPost,
      grantRules: grantRulesFor(rules.grantRules, language),
      ownerCofundingPercent: rules.ownerCofundingPercent,
      noIndividualEducation: rules.noIndividualEducation,
    },
    round: { title: round.title, year: round.year },
    partnership: { name: p.name },
    addressee: { name: applicant?.name ?? '', orgnr: applicant?.orgnr ?? null },
    copies: p.members.filter((m) => m.organisationId !== p.applicantId).map((m) => ({ name: m.name })),
    purpose: purposeOf(values),
    lines:
      v.kind === 'avslag'
        ? []
        : lines.map(({ line, recipientName }) => ({
            year: line.year,
            recipient: line.recipient === 'uh' ? 'uh' : 'owner',
            recipientName,
            transfer: transfers.has(line.recipientOrgId),
            amountKr: line.amountKr,
            conditional: line.conditional,
          })),
    askedKr: askedKrOf(values),
    innstiltKr: await innstiltKrOf(db, v.roundId, v.applicationId),
    reasons: v.reasons,
    deviationReason: v.deviationReason,
    reportDueLocal: batch.reportDueLocal,
    acceptanceDueLocal: v.acceptanceDueLocal,
    appealBody: setting.appealBody,
    caseOfficerName: v.preparedByName,
    approverName: batch.approvedByName ?? '',
  };
}
