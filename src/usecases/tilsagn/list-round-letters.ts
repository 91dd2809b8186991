// A round's issued decision letters as the office lists them (tilsagn.read): document number, addressee, language,
// the files' state (queued, ready, failed) and the archive's journalpost number once recorded.
import { listIssuedDecisionsOfRound } from '../../db/tilsagn-letter-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { isLetterLanguage, LETTER_STATES, type TLetterState } from '../../domain/tilsagn/issue-letters.ts';
import type { RoundLetter } from '../../domain/tilsagn/letters-contract.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';
import type { UseCaseContext } from '../context.ts';

const stateOf = (s: string): TLetterState => ((LETTER_STATES as readonly string[]).includes(s) ? (s as TLetterState) : 'venter');

export async function listRoundLetters({ db, actor, roundId }: UseCaseContext & { roundId: string }) {
  const round = await loadRound(db, roundId);
  assertCan(actor, 'read', { type: 'tilsagn', officeId: round.officeId });
  const rows = await listIssuedDecisionsOfRound(db, round.id);
  const letters: RoundLetter[] = rows.map(({ vedtak: v, partnershipName, addresseeName, letters: files }) => ({
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
  }));
  return { roundId: round.id, letters };
}
