// A round's issued decision letters as the office lists them (tilsagn.read): document number, addressee, language,
// the files' state (queued, ready, failed) and the archive's journalpost number once recorded.
import { listIssuedDecisionsOfRound } from '../../db/tilsagn-letter-repository.ts';
import { findPartnership } from '../../db/partnership-repository.ts';
import { allowedVerbs, assertCan } from '../../domain/access/policy.ts';
import { partnershipResource } from '../../domain/org/partnership-resource.ts';
import type { PartnershipResource } from '../../domain/org/policy.ts';
import { isLetterLanguage, LETTER_STATES, type TLetterState } from '../../domain/tilsagn/issue-letters.ts';
import type { RoundLetter } from '../../domain/tilsagn/letters-contract.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';
import type { UseCaseContext } from '../context.ts';

const stateOf = (s: string): TLetterState => ((LETTER_STATES as readonly string[]).includes(s) ? (s as TLetterState) : 'venter');

export async function listRoundLetters({ db, actor, roundId }: UseCaseContext & { roundId: string }) {
  const round = await loadRound(db, roundId);
  assertCan(actor, 'read', { type: 'tilsagn', officeId: round.officeId });
  const rows = await listIssuedDecisionsOfRound(db, round.id);
  // What the actor may do with each letter, asked of the decision as the letter's own routes ask it (the letter's
  // verbs do not depend on acceptance, so the decision is taken as issued and not awaiting it).
  const partnerships = new Map<string, PartnershipResource>();
  for (const id of new Set(rows.map((r) => r.partnershipId))) {
    const p = await findPartnership(db, id);
    if (p) partnerships.set(id, partnershipResource(p));
  }
  const allowedFor = (partnershipId: string) => {
    const partnership = partnerships.get(partnershipId);
    if (!partnership) return [];
    const verbs = allowedVerbs(actor, { type: 'vedtak', officeId: round.officeId, partnership, issued: true, needsAcceptance: false });
    return verbs.filter((v) => v === 'read-letter' || v === 'record-archive-number');
  };
  const letters: RoundLetter[] = rows.map(({ vedtak: v, partnershipId, partnershipName, addresseeName, letters: files }) => ({
    vedtakId: v.id,
    applicationId: v.applicationId,
    partnershipName,
    addresseeName,
    kind: v.kind,
    documentNumber: v.documentNumber ?? '',
    archiveNumber: v.archiveNumber,
    issuedAt: (v.issuedAt ?? v.updatedAt).toISOString(),
    acceptanceDueLocal: v.acceptanceDueLocal,
    language: isLetterLanguage(v.language) ? v.language : 'nb',
    samiLanguage: isLetterLanguage(v.samiLanguage) ? v.samiLanguage : null,
    files: files.flatMap((f) => (isLetterLanguage(f.language) ? [{ language: f.language, state: stateOf(f.state) }] : [])),
    allowed: allowedFor(partnershipId),
  }));
  return { roundId: round.id, letters };
}
