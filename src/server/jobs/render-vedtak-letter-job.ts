// Renders one issued decision letter (PDF and Word) off the request path and stores it where the downloads read it;
// queued by the issue in its transaction (src/usecases/tilsagn/issue-vedtak-batch.ts), one job per letter and
// language. The letter row turns 'klar' with the files' keys, and the last of a decision's letters mails the decision
// (src/usecases/notify/finish-vedtak-letter.ts); when the queue gives up (its retries spent, or a failure no retry can
// mend) it turns 'feilet', so the office's list shows the letter that needs attention.
import type { Config } from '../../config/env.ts';
import type { Db } from '../../db/client.ts';
import { fileStoreFor } from '../../db/file-store.ts';
import { MAX_JOB_ATTEMPTS } from '../../db/job-repository.ts';
import { findLetter, markLetterFailed } from '../../db/tilsagn-letter-repository.ts';
import type { Clock } from '../../domain/shared/clock.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { isUuid } from '../../domain/shared/fields.ts';
import { isLetterLanguage, LETTER_CONTENT_TYPES, LETTER_FORMATS, letterFileKey, type RenderVedtakLetterPayload } from '../../domain/tilsagn/issue-letters.ts';
import { finishVedtakLetter } from '../../usecases/notify/finish-vedtak-letter.ts';
import { renderVedtakLetter } from '../../views/tilsagn/vedtak-letter.ts';
import { PermanentJobError, type JobHandler } from './job-handler.ts';

/** `config.publicUrl`: the app's address, so the decision's e-mail links to it (a path alone without it). */
export function renderVedtakLetterHandler({ db, config, clock }: { db: Db; config: Pick<Config, 'databaseUrl' | 'dataDir'> & Partial<Pick<Config, 'publicUrl'>>; clock: Clock }): JobHandler {
  const files = fileStoreFor({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, db });
  return async (payload, job) => {
    const { vedtakId, language } = (payload ?? {}) as Partial<RenderVedtakLetterPayload>;
    if (typeof vedtakId !== 'string' || !isUuid(vedtakId) || !isLetterLanguage(language)) throw new PermanentJobError('render-vedtak-letter without vedtakId and language');
    const letter = await findLetter(db, vedtakId, language);
    if (!letter) throw new PermanentJobError(`no letter ${language} of vedtak ${vedtakId}`);
    if (letter.state === 'klar') return;
    try {
      const keys = { pdf: letterFileKey(vedtakId, language, 'pdf'), docx: letterFileKey(vedtakId, language, 'docx') };
      for (const format of LETTER_FORMATS) {
        // A retry after a crash skips what is already stored; the store's put is atomic, so what is there is whole.
        if (await files.get(keys[format])) continue;
        await files.put({ key: keys[format], contentType: LETTER_CONTENT_TYPES[format], data: await renderVedtakLetter(db, vedtakId, language, format) });
      }
      // Ready, and when it is the decision's last letter, mailed with the Norwegian PDF (issue 15): one transaction.
      await finishVedtakLetter({ db, clock, vedtakId, language, pdfKey: keys.pdf, docxKey: keys.docx, publicUrl: config.publicUrl });
    } catch (error) {
      // The rows say what cannot be mended (the decision gone or not issued): no retry makes it render.
      const permanent = error instanceof PermanentJobError || error instanceof AppError;
      if (permanent || job.attempts >= MAX_JOB_ATTEMPTS) await markLetterFailed(db, { vedtakId, language });
      throw permanent && !(error instanceof PermanentJobError) ? new PermanentJobError((error as Error).message, { cause: error }) : error;
    }
  };
}
