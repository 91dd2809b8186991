// One decision letter rendered from the rows, as PDF and Word: loadLetterInput → the office's template (or the
// default) → letterContent() → the renderers (src/documents/tilsagn). The render job stores what this makes; the CLI
// writes it to files. Both render from the same rows, so a letter rendered later is the issued letter with what was
// recorded since (the archive's journalpost number).
import type { DbOrTx } from '../../db/client.ts';
import { findRoundView } from '../../db/behovsmelding-round-repository.ts';
import { findVedtak } from '../../db/tilsagn-letter-repository.ts';
import { renderOffThread } from '../../documents/off-thread/render-pool.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import type { TLetterFormat } from '../../domain/tilsagn/issue-letters.ts';
import { letterContent } from '../../domain/tilsagn/letter-content.ts';
import type { TLetterLanguage } from '../../domain/tilsagn/letter-input.ts';
import { templateFor } from '../../loaders/tilsagn/letter-template.ts';
import { loadLetterInput } from '../../loaders/tilsagn/load-letter-input.ts';

/** The letter's one source: its data and the template of its office, scheme, kind and language. */
export async function vedtakLetterContent(db: DbOrTx, vedtakId: string, language: TLetterLanguage) {
  const input = await loadLetterInput(db, vedtakId, language);
  const v = await findVedtak(db, vedtakId);
  const round = v ? await findRoundView(db, v.roundId) : undefined;
  if (!v || !round) throw AppError.notFound(msg('tilsagn.letters.vedtakNotFound'));
  const template = await templateFor(db, round.officeId, round.schemeId, input.kind, language);
  // Lule and South Sámi have no default: a copy in one is issued only from the office's own (reviewed) template.
  if (!template) throw AppError.notFound(msg('tilsagn.letters.notReady'));
  return { content: letterContent(input, template), issuedAt: v.issuedAt ?? new Date(0) };
}

/** Renders the letter in `format`, in the render worker thread (ADR 022): the job runs in the server process, where
 * laying out a round's letters would stall requests. The PDF's creation date is the letter's issue time, so it is the
 * same document however often it is rendered. */
export async function renderVedtakLetter(db: DbOrTx, vedtakId: string, language: TLetterLanguage, format: TLetterFormat): Promise<Buffer> {
  const { content, issuedAt } = await vedtakLetterContent(db, vedtakId, language);
  return format === 'pdf' ? renderOffThread('vedtak-letter-pdf', { content, now: issuedAt }) : renderOffThread('vedtak-letter-docx', content);
}
