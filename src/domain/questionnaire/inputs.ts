// The input of the questionnaire use cases, one schema each for the browser and the server (the use case parses it:
// the CLI calls it too). Catalogue and answer checks are in catalogue.ts and validate.ts.
import { z } from 'zod';
import { zText } from '../shared/fields.ts';
import { msg } from '../shared/message-keys.ts';
import { zBaseVersion } from '../shared/version.ts';

// An id or version no questionnaire has is "not found" when it is looked up; only the shape is checked here.
const zQuestionnaireId = z.string({ error: msg('questionnaire.notFound') }).trim().max(60, { message: msg('questionnaire.notFound') });
const zQuestionnaireVersion = z
  .number({ error: msg('questionnaire.catalogue.versionInvalid') })
  .int({ message: msg('questionnaire.catalogue.versionInvalid') })
  .min(1, { message: msg('questionnaire.catalogue.versionInvalid') })
  .max(1_000_000, { message: msg('questionnaire.catalogue.versionInvalid') });

export const MAX_EDITORS = 50;

/** Starting a co-edited response: which questionnaire (the latest version when none is named), what it is about,
 * and who may edit it besides the one who starts it. */
export const ZStartResponse = z.object({
  questionnaireId: zQuestionnaireId,
  questionnaireVersion: zQuestionnaireVersion.optional(),
  subject: zText(msg('questionnaire.label.subject'), 300),
  editors: z
    .array(z.uuid({ message: msg('shared.invalidId') }))
    .max(MAX_EDITORS)
    .default([])
    .transform((ids) => [...new Set(ids.map((id) => id.toLowerCase()))]),
});
export type TStartResponse = z.output<typeof ZStartResponse>;

/** An autosave: the value and the version it was written from (0: never saved). */
export const ZSaveAnswer = z.object({ value: z.unknown(), baseVersion: zBaseVersion });

/** The saves after this change cursor (0, or anything that is not one, for all). */
export const ZResponseChangesQuery = z.object({
  since: z
    .union([z.number(), z.string()])
    .optional()
    .catch(undefined)
    .transform((v) => (Number.isSafeInteger(Number(v)) && Number(v) >= 0 ? Number(v) : 0)),
});

/** A one-shot anonymous answer: the questionnaire version it was given for and every answer at once. */
export const ZAnonymousAnswer = z.object({
  questionnaireId: zQuestionnaireId,
  questionnaireVersion: zQuestionnaireVersion,
  answers: z.record(z.string().max(60, { message: msg('questionnaire.answer.answersMustBeObject') }), z.unknown(), {
    error: msg('questionnaire.answer.answersMustBeObject'),
  }),
});
