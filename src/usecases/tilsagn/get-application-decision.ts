// One application's decision as its partnership's people see it (issue 14, point 6): the stage (innstilt → vedtatt:
// tilsagn or avslag → akseptert), the decided amounts per year and recipient, the reasons and any deviation from the
// forum's innstilling, the letters, the last day to accept and whether a reminder is due, and any klage's state.
// Before the letter is issued nothing of the decision shows — only that the forum's innstilling stands ('innstilt')
// or nothing yet ('ingen'): a decision being prepared or approved is the office's own until it is sent.
//
// Read with the application's read rule (404 for those who may not read it); an issued decision then also with
// vedtak.read. The office sees the same answer here (what the partnership sees); its own work is the round's lists.
import { listApplicationDecisions, type DecisionCase } from '../../db/tilsagn-case-repository.ts';
import { listKlagerOf } from '../../db/tilsagn-klage-repository.ts';
import { assertCan, can } from '../../domain/access/policy.ts';
import { osloDateOf, reminderDue } from '../../domain/tilsagn/acceptance.ts';
import { VEDTAK_VERBS } from '../../domain/tilsagn/policy.ts';
import { moneyPartnershipId } from '../../domain/utbetaling/money-link.ts';
import { loadApplication } from '../../loaders/behovsmelding/load-application.ts';
import { acceptanceOf, vedtakResource } from '../../loaders/tilsagn/load-decision-case.ts';
import { applicationForumView } from '../../views/forum/innstilling-view.ts';
import { loadKlageView } from '../../views/tilsagn/klage-view.ts';
import type { UseCaseContext } from '../context.ts';

/** The decision in force: the last one issued (an endringsvedtak or a reversal replaces the first). */
const inForce = (decisions: DecisionCase[]) =>
  decisions.filter((d) => d.issuedAt !== null).sort((a, b) => a.issuedAt!.getTime() - b.issuedAt!.getTime() || a.createdAt.getTime() - b.createdAt.getTime()).at(-1);

export async function getApplicationDecision({ db, actor, clock, applicationId }: UseCaseContext & { applicationId: string }) {
  const { app, partnership, round } = await loadApplication(db, actor, applicationId, 'read');
  const decisions = await listApplicationDecisions(db, app.id);
  const current = inForce(decisions);
  if (!current) {
    const forum = await applicationForumView(db, app, round);
    return { stage: forum?.status === 'innstilt' ? ('innstilt' as const) : ('ingen' as const), decision: null, klager: [] };
  }
  const resource = vedtakResource(current, partnership, round.officeId);
  assertCan(actor, 'read', resource);
  const acceptance = acceptanceOf(current);
  const issued = decisions.filter((d) => d.issuedAt !== null);
  const klager = [];
  for (const k of await listKlagerOf(db, issued.map((d) => d.id))) klager.push(await loadKlageView(db, k, issued.find((d) => d.id === k.vedtakId)!));
  const years = [...new Set(current.lines.map((l) => l.year))].sort((a, b) => a - b);
  return {
    stage: current.acceptedAt !== null ? ('akseptert' as const) : ('vedtatt' as const),
    decision: {
      vedtakId: current.id,
      kind: current.kind === 'avslag' ? ('avslag' as const) : ('tilsagn' as const),
      amendment: current.amendsId !== null,
      documentNumber: current.documentNumber,
      archiveNumber: current.archiveNumber,
      issuedAt: current.issuedAt!.toISOString(),
      letterDateLocal: osloDateOf(current.issuedAt!),
      lines: current.lines.map((l) => ({
        year: l.year,
        recipient: l.recipient === 'uh' ? ('uh' as const) : ('owner' as const),
        recipientName: l.recipientName,
        amountKr: l.amountKr,
        conditional: l.conditional,
        transfer: !l.paidOut,
      })),
      totals: years.map((year) => ({ year, totalKr: current.lines.filter((l) => l.year === year).reduce((s, l) => s + l.amountKr, 0) })),
      reasons: current.reasons,
      deviationReason: current.deviationReason,
      letters: current.letters.map((l) => ({ language: l.language, ready: l.state === 'klar' })),
      acceptance: {
        needed: acceptance.needsAcceptance,
        dueLocal: current.acceptanceDueLocal,
        acceptedAt: current.acceptedAt?.toISOString() ?? null,
        acceptedByName: current.acceptedByName,
        reminderDue: reminderDue(acceptance, osloDateOf(clock.now())),
      },
      allowed: VEDTAK_VERBS.filter((verb) => can(actor, verb, resource)),
      moneyPartnershipId: moneyPartnershipId(actor, partnership, current.kind),
    },
    klager,
  };
}
