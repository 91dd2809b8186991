// One decision for its own page (issue 14, points 1, 3 and 5; vedtak.read): what the office prepares and the case
// officer edits while its list is a draft, and once issued the numbers, letters, acceptance and klager. Read with the
// decision's read rule (loadDecisionCase): the office's people always, the partnership's own only once the letter
// is issued, another office never. The innstilling's line-by-line amounts are the office's working material and are
// left out for everyone else; the decision itself (with its deviation reason) is what the letter says anyway.
import { findOrganisationsByIds } from '../../db/org-repository.ts';
import { listKlagerOf } from '../../db/tilsagn-klage-repository.ts';
import { findBatch, findOpenAmendment, partnershipUhMembers } from '../../db/tilsagn-vedtak-repository.ts';
import { allowedVerbs, can } from '../../domain/access/policy.ts';
import { osloDateOf } from '../../domain/tilsagn/acceptance.ts';
import { vedtakStage } from '../../domain/tilsagn/pipeline.ts';
import type { VedtakDetail } from '../../domain/tilsagn/vedtak-contract.ts';
import { asBatchState, verbFitsState } from '../../domain/tilsagn/vedtak-batch.ts';
import { moneyPartnershipId } from '../../domain/utbetaling/money-link.ts';
import { deviatesFrom, totalKr, type TVedtakKind } from '../../domain/tilsagn/vedtak.ts';
import { loadDecisionCase } from '../../loaders/tilsagn/load-decision-case.ts';
import { loadKlageView } from '../../views/tilsagn/klage-view.ts';
import { batchResource, recommendedDecisions } from '../../views/tilsagn/round-vedtak-view.ts';
import type { UseCaseContext } from '../context.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function getVedtak({ db, actor, vedtakId }: Omit<UseCaseContext, 'clock'> & { vedtakId: string }): Promise<VedtakDetail> {
  const { decision: d, partnership, round, resource, acceptance } = await loadDecisionCase(db, actor, vedtakId, 'read');
  const office = { type: 'tilsagn' as const, officeId: round.officeId };
  const officeReader = can(actor, 'read', office);
  const batch = (await findBatch(db, d.batchId))!;
  const state = asBatchState(batch.state);
  const recommended = (await recommendedDecisions(db, round)).byApplication.get(d.applicationId);

  const kind: TVedtakKind = d.kind === 'avslag' ? 'avslag' : 'tilsagn';
  const lines = d.lines.map((l) => ({
    year: l.year,
    recipient: l.recipient === 'uh' ? ('uh' as const) : ('owner' as const),
    recipientOrgId: l.recipientOrgId,
    recipientName: l.recipientName,
    amountKr: l.amountKr,
    conditional: l.conditional,
  }));

  // Who may receive money: the payee and the UH members, and any UH the innstilling or the decision names besides.
  const uhIds = new Set([
    ...((await partnershipUhMembers(db, [partnership.id])).get(partnership.id) ?? []),
    ...(recommended?.lines ?? []).filter((l) => l.recipient === 'uh').map((l) => l.recipientOrgId),
    ...lines.filter((l) => l.recipient === 'uh').map((l) => l.recipientOrgId),
  ]);
  uhIds.delete(partnership.payee.id);
  const uhs = (await findOrganisationsByIds(db, [...uhIds])).map((o) => ({ recipient: 'uh' as const, orgId: o.id, name: o.name }));
  uhs.sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  const recipients = [{ recipient: 'owner' as const, orgId: partnership.payee.id, name: partnership.payee.name }, ...uhs];

  const years = [...new Set([round.year, ...(recommended?.lines ?? []).map((l) => l.year), ...lines.map((l) => l.year)])].sort((a, b) => a - b);
  const klager = [];
  for (const k of await listKlagerOf(db, [d.id])) klager.push(await loadKlageView(db, k, d));
  const issued = d.issuedAt !== null;
  const openAmendment = issued ? await findOpenAmendment(db, d.id) : undefined;

  return {
    round: { id: round.id, title: round.title, year: round.year, officeName: round.officeName },
    vedtak: {
      id: d.id,
      applicationId: d.applicationId,
      partnershipName: partnership.name,
      kind,
      amendsId: d.amendsId,
      supersededById: d.supersededById,
      reasons: d.reasons,
      deviationReason: d.deviationReason,
      deviates: recommended ? deviatesFrom({ kind, lines }, recommended, round.year) : false,
      recommended: officeReader && recommended ? { kind: recommended.kind, totalKr: totalKr(recommended.lines) } : null,
      preparedByName: d.preparedByName,
      preparedAt: d.preparedAt.toISOString(),
      documentNumber: d.archiveNumber ?? d.documentNumber,
      stage: vedtakStage({ batchState: state, acceptedAt: d.acceptedAt }),
      version: d.version,
      totalKr: totalKr(lines),
      lines,
    },
    batch: {
      id: batch.id,
      kind: batch.kind === 'endringsvedtak' ? 'endringsvedtak' : 'vedtak',
      state,
      version: batch.version,
      allowed: allowedVerbs(actor, await batchResource(db, batch)).filter((v) => verbFitsState(v, state)),
    },
    recipients,
    years,
    recommendedLines:
      officeReader && recommended ? recommended.lines.map(({ year, recipient, recipientOrgId, amountKr }) => ({ year, recipient, recipientOrgId, amountKr })) : null,
    issued: issued
      ? {
          documentNumber: d.documentNumber,
          archiveNumber: d.archiveNumber,
          issuedAt: d.issuedAt!.toISOString(),
          letterDateLocal: osloDateOf(d.issuedAt!),
          letters: d.letters.map((l) => ({ language: l.language, ready: l.state === 'klar' })),
          acceptance: { needed: acceptance.needsAcceptance, dueLocal: d.acceptanceDueLocal, acceptedAt: iso(d.acceptedAt), acceptedByName: d.acceptedByName },
        }
      : null,
    klager,
    allowed: allowedVerbs(actor, resource),
    mayAmend: issued && d.supersededById === null && !openAmendment && can(actor, 'prepare', office),
    openAmendmentId: officeReader ? (openAmendment?.id ?? null) : null,
    moneyPartnershipId: issued ? moneyPartnershipId(actor, partnership, kind) : null,
  };
}
