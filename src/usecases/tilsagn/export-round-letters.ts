// Every issued decision letter of a round as files (the CLI's `letters --round`): the Norwegian letter of each
// decision and its Sámi copy where one was issued, rendered in-process from the rows (src/views/tilsagn/
// vedtak-letter.ts) — so the archive's journalpost number recorded since is in them — and named by document number.
import { listIssuedDecisionsOfRound } from '../../db/tilsagn-letter-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { isLetterLanguage, LETTER_CONTENT_TYPES, LETTER_FORMATS, letterFileName, type TLetterFormat } from '../../domain/tilsagn/issue-letters.ts';
import type { TLetterLanguage } from '../../domain/tilsagn/letter-input.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';
import { loadDecisionCase } from '../../loaders/tilsagn/load-decision-case.ts';
import { renderVedtakLetter } from '../../views/tilsagn/vedtak-letter.ts';
import type { UseCaseContext } from '../context.ts';

export async function exportRoundLetters({ db, actor, roundId, format }: UseCaseContext & { roundId: string; format: string }) {
  const round = await loadRound(db, roundId);
  assertCan(actor, 'read', { type: 'tilsagn', officeId: round.officeId });
  if (!(LETTER_FORMATS as readonly string[]).includes(format)) throw AppError.notFound();
  const f = format as TLetterFormat;
  const out: { filename: string; contentType: string; data: Buffer }[] = [];
  for (const { vedtak: v } of await listIssuedDecisionsOfRound(db, round.id)) {
    await loadDecisionCase(db, actor, v.id, 'read-letter');
    const languages = [v.language, v.samiLanguage].filter(isLetterLanguage) as TLetterLanguage[];
    for (const language of languages)
      out.push({ filename: letterFileName(v.documentNumber!, language, f), contentType: LETTER_CONTENT_TYPES[f], data: await renderVedtakLetter(db, v.id, language, f) });
  }
  return out;
}
