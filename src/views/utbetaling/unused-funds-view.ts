// A row of unused money as the API answers it (src/domain/utbetaling/unused-contract.ts ZUnusedFunds), with the verbs
// the actor has on the partnership's money.
import type { UnusedFundsRow } from '../../db/unused-funds-repository.ts';
import type { UnusedFunds } from '../../domain/utbetaling/unused-contract.ts';
import type { PartnershipMoneyVerb } from '../../domain/utbetaling/policy.ts';
import { UNUSED_STATES, type TUnusedSource, type TUnusedState } from '../../domain/utbetaling/unused-funds.ts';

const stateOf = (s: string): TUnusedState => ((UNUSED_STATES as readonly string[]).includes(s) ? (s as TUnusedState) : 'registrert');

export function unusedFundsOut(
  row: UnusedFundsRow,
  facts: { recipientName: string; vedtakDocumentNumber: string | null; allowed: PartnershipMoneyVerb[] },
): UnusedFunds {
  return {
    id: row.id,
    officeId: row.officeId,
    vedtakId: row.vedtakId,
    vedtakDocumentNumber: facts.vedtakDocumentNumber,
    partnershipId: row.partnershipId,
    year: row.year,
    recipient: row.recipient === 'uh' ? 'uh' : 'owner',
    recipientOrgId: row.recipientOrgId,
    recipientName: facts.recipientName,
    amountKr: row.amountKr,
    source: (row.source === 'kontor' ? 'kontor' : 'rapport') as TUnusedSource,
    note: row.note,
    registeredByName: row.registeredByName,
    registeredAt: row.registeredAt.toISOString(),
    state: stateOf(row.state),
    reason: row.reason,
    decidedByName: row.decidedByName,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    targetYear: row.targetYear,
    offsetLineId: row.offsetLineId,
    claim: row.claimDocumentNumber
      ? {
          documentNumber: row.claimDocumentNumber,
          dueLocal: row.claimDueLocal,
          kontonr: row.claimKontonr,
          language: row.claimLanguage,
          ready: row.claimPdfKey !== null && row.claimDocxKey !== null,
        }
      : null,
    receivedKr: row.receivedKr,
    receivedOnLocal: row.receivedOnLocal,
    receivedByName: row.receivedByName,
    version: row.version,
    allowed: facts.allowed,
  };
}
