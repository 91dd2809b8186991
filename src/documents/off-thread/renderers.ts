// Every document the server renders, by kind: the table the render worker (render-worker.ts) runs from, and whose
// types let `renderOffThread(kind, input)` (render-pool.ts) check each kind's input. Only the functions' inputs and
// outputs cross the thread boundary, so each input must survive structured cloning (plain data, Dates, byte arrays).
import { renderApplicationDocx } from '../behovsmelding/application-docx.ts';
import { renderApplicationPdf } from '../behovsmelding/application-pdf.ts';
import { renderRoundXlsx } from '../behovsmelding/round-xlsx.ts';
import { renderRoundZip, type TZipEntry } from '../behovsmelding/round-zip.ts';
import { renderQuestionnaireDocx } from '../questionnaire/questionnaire-docx.ts';
import { renderQuestionnairePdf } from '../questionnaire/questionnaire-pdf.ts';
import type { TSubmittedQuestionnaire } from '../../domain/questionnaire/snapshot.ts';
import type { TLetterContent } from '../../domain/tilsagn/letter-content.ts';
import { renderVedtakLetterDocx } from '../tilsagn/letter-docx.ts';
import { renderVedtakLetterPdf } from '../tilsagn/letter-pdf.ts';

export type TQuestionnaireRenderInput = { snapshot: TSubmittedQuestionnaire; language: string };
export type TVedtakLetterPdfInput = { content: TLetterContent; now: Date };

/** A Buffer arrives in a worker as a plain Uint8Array (structured cloning drops the subclass): view it as one again. */
const asBuffer = (bytes: Uint8Array): Buffer => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));

export const RENDERERS = {
  'application-pdf': renderApplicationPdf,
  'application-docx': renderApplicationDocx,
  'round-xlsx': renderRoundXlsx,
  'round-zip': (entries: TZipEntry[]) => renderRoundZip(entries.map((e) => ({ ...e, data: asBuffer(e.data) }))),
  'questionnaire-pdf': ({ snapshot, language }: TQuestionnaireRenderInput) => renderQuestionnairePdf(snapshot, language),
  'questionnaire-docx': ({ snapshot, language }: TQuestionnaireRenderInput) => renderQuestionnaireDocx(snapshot, language),
  'vedtak-letter-pdf': ({ content, now }: TVedtakLetterPdfInput) => renderVedtakLetterPdf(content, now),
  'vedtak-letter-docx': renderVedtakLetterDocx,
} satisfies Record<string, (input: never) => Promise<Buffer>>;

export type TRenderKind = keyof typeof RENDERERS;
export type TRenderInput<K extends TRenderKind> = Parameters<(typeof RENDERERS)[K]>[0];
