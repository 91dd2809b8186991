// One issued decision letter's PDF or Word file (vedtak.read-letter): the office's case officers and
// budsjettdisponenter, and the partnership's own once the decision is issued (the policy says who). The files are
// those the render job stored; until it has, the letter is "not ready" (404) — it is never rendered on a request,
// so what is downloaded is what was issued.
import { fileStoreFor } from '../../db/file-store.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { isLetterLanguage, LETTER_CONTENT_TYPES, LETTER_FORMATS, letterFileName, type TLetterFormat } from '../../domain/tilsagn/issue-letters.ts';
import { loadDecisionCase } from '../../loaders/tilsagn/load-decision-case.ts';
import type { UseCaseContext } from '../context.ts';

export type LetterFileStoreConfig = { databaseUrl: string | undefined; dataDir: string };

export async function getVedtakLetter({
  db,
  actor,
  config,
  vedtakId,
  format,
  language,
}: UseCaseContext & { config: LetterFileStoreConfig; vedtakId: string; format: string; language?: string | undefined }) {
  const { decision } = await loadDecisionCase(db, actor, vedtakId, 'read-letter');
  if (!(LETTER_FORMATS as readonly string[]).includes(format)) throw AppError.notFound();
  const wanted = language ?? decision.language;
  const letter = decision.letters.find((l) => l.language === wanted);
  if (!decision.documentNumber || !isLetterLanguage(wanted) || !letter) throw AppError.notFound(msg('tilsagn.letters.notReady'));
  const key = format === 'pdf' ? letter.pdfKey : letter.docxKey;
  if (letter.state !== 'klar' || !key) throw AppError.notFound(msg('tilsagn.letters.notReady'));
  const stored = await fileStoreFor({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, db }).get(key);
  if (!stored) throw AppError.notFound(msg('tilsagn.letters.notReady'));
  const f = format as TLetterFormat;
  return { filename: letterFileName(decision.documentNumber, wanted, f), contentType: LETTER_CONTENT_TYPES[f], data: stored.data };
}
