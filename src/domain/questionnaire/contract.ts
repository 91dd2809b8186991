// The questionnaire module's API (ADR 017, ADR 020): published catalogues, co-edited responses with autosave per
// answer (409 with both values on a conflict, as the behovsmelding's field save), changes since a cursor, the history
// of saves, submit and the PDF and DOCX, the list of one's responses and whom one may name as editors, and the
// anonymous one-shot answer, which is public and answers with an acknowledgement only.
import { z } from 'zod';
import { endpoint, ZIdParams, zInstant } from '../shared/endpoint.ts';
import { ZCatalogueShape } from './catalogue.ts';
import { ZAnonymousAnswer, ZResponseChangesQuery, ZSaveAnswer, ZStartResponse } from './inputs.ts';
import { QUESTIONNAIRE_VERBS, RESPONSE_VERBS } from './policy.ts';

/** A published catalogue as the API sends it: the data it was published with, defaults filled in. */
export const ZCatalogueOut = ZCatalogueShape;

export const ZQuestionnaire = z.strictObject({
  id: z.string(),
  version: z.number(),
  storage: z.enum(['co-edited', 'anonymous']),
  catalogue: ZCatalogueOut,
  /** What the reader may do with it ('start' a co-edited response). Empty for a visitor who is not logged in. */
  allowed: z.array(z.enum(QUESTIONNAIRE_VERBS)),
});
export type Questionnaire = z.output<typeof ZQuestionnaire>;

export const ZGetQuestionnaireQuery = z.object({
  version: z
    .union([z.number(), z.string()])
    .optional()
    .catch(undefined)
    .transform((v) => (v === undefined || v === '' || !Number.isSafeInteger(Number(v)) || Number(v) < 1 ? undefined : Number(v))),
});

/** One saved answer: its value and the version the next save starts from. */
export const ZAnswerState = z.strictObject({ value: z.unknown(), version: z.number(), updatedByName: z.string(), updatedAt: zInstant });
export type AnswerState = z.output<typeof ZAnswerState>;

const ZIssue = z.strictObject({
  code: z.enum(['REQUIRED', 'INVALID']),
  key: z.string(),
  path: z.string(),
  message: z.string(),
  sectionId: z.string(),
});
const ZSectionState = z.strictObject({
  id: z.string(),
  status: z.enum(['not-started', 'in-progress', 'complete', 'has-errors']),
  applicable: z.number(),
  answered: z.number(),
  errors: z.number(),
});

export const ZQuestionnaireResponse = z.strictObject({
  id: z.string(),
  questionnaire: z.strictObject({ id: z.string(), version: z.number(), title: ZCatalogueOut.shape.title }),
  subject: z.string(),
  status: z.enum(['draft', 'submitted']),
  createdByName: z.string(),
  editorUserIds: z.array(z.string()),
  version: z.number(),
  createdAt: zInstant,
  updatedAt: zInstant,
  catalogue: ZCatalogueOut,
  fields: z.record(z.string(), ZAnswerState),
  changeCursor: z.number(),
  validation: z.strictObject({
    issues: z.array(ZIssue),
    sections: z.array(ZSectionState),
    applicableKeys: z.array(z.string()),
    canSubmit: z.boolean(),
  }),
  allowed: z.array(z.enum(RESPONSE_VERBS)),
});
export type QuestionnaireResponse = z.output<typeof ZQuestionnaireResponse>;

export const ZSaveAnswerResult = z.strictObject({ key: z.string(), version: z.number(), updatedByName: z.string(), updatedAt: zInstant, changeCursor: z.number() });
export type SaveAnswerResult = z.output<typeof ZSaveAnswerResult>;

export const ZAnswerChanges = z.strictObject({ changeCursor: z.number(), changes: z.array(z.strictObject({ key: z.string(), ...ZAnswerState.shape })) });
export type AnswerChanges = z.output<typeof ZAnswerChanges>;

/** GET …/:id/history: every save, or only those of one answer (`?key=`). */
export const ZResponseHistoryQuery = z.object({ key: z.string().max(200).optional() });

/** One save of an answer, for the change log: the question's Bokmål label (the key when the catalogue has no such
 * question), the value as saved (null when it no longer passes its question's check), who and when. The page says
 * the label in the reader's language from the catalogue. */
export const ZResponseHistoryEntry = z.strictObject({
  id: z.number(),
  key: z.string(),
  label: z.string(),
  value: z.unknown(),
  version: z.number(),
  byName: z.string(),
  at: zInstant,
});
export type ResponseHistoryEntry = z.output<typeof ZResponseHistoryEntry>;

/** A response in "Mine skjema": what it is, where it stands and when it last changed (no answers). */
export const ZResponseSummary = z.strictObject({
  id: z.string(),
  questionnaire: z.strictObject({ id: z.string(), version: z.number(), title: ZCatalogueOut.shape.title }),
  subject: z.string(),
  status: z.enum(['draft', 'submitted']),
  createdByName: z.string(),
  createdAt: zInstant,
  /** The last save of an answer, or the start or submit if later. */
  lastChangedAt: zInstant,
});
export type ResponseSummary = z.output<typeof ZResponseSummary>;

/** Someone the starter may name as an editor: a user, by name and organisation only. */
export const ZEditorCandidate = z.strictObject({ userId: z.string(), name: z.string(), organisationName: z.string() });
export type EditorCandidate = z.output<typeof ZEditorCandidate>;

/** The 409 of a save: the value the writer tried and the one that is stored now (null if none). */
export type AnswerConflict = { key: string; yours: unknown; theirs: AnswerState | null };

const respondents = 'den som startet besvarelsen og redaktørene den navnga (og administrator)';

export const questionnaireContract = {
  getQuestionnaire: endpoint({
    method: 'GET',
    path: '/api/questionnaires/:id',
    summary: 'Et publisert skjema (katalogen), siste versjon eller versjonen i version',
    access: 'alle, også uten innlogging (skjemaet er ikke hemmelig)',
    params: ZIdParams,
    query: ZGetQuestionnaireQuery,
    response: z.strictObject({ questionnaire: ZQuestionnaire }),
  }),
  publishQuestionnaire: endpoint({
    method: 'POST',
    path: '/api/questionnaires',
    summary: 'Publiserer en skjemaversjon (katalogen som data); den endres aldri etterpå',
    access: 'administrator',
    body: ZCatalogueShape,
    status: 201,
    response: z.strictObject({ id: z.string(), version: z.number(), storage: z.enum(['co-edited', 'anonymous']) }),
  }),
  submitAnonymousAnswer: endpoint({
    method: 'POST',
    path: '/api/questionnaires/:id/answers',
    summary: 'Et anonymt svar, alt på én gang; svaret er bare en kvittering (ingen id, ingen informasjonskapsel)',
    access: 'alle, uten innlogging (ingenting om hvem som svarte lagres eller logges)',
    params: ZIdParams,
    body: ZAnonymousAnswer.omit({ questionnaireId: true }),
    status: 201,
    response: z.strictObject({ questionnaireId: z.string(), questionnaireVersion: z.number(), submittedOn: z.string() }),
  }),
  listResponses: endpoint({
    method: 'GET',
    path: '/api/questionnaire-responses',
    summary: 'Besvarelsene brukeren kan lese («Mine skjema»): de brukeren startet eller er redaktør for, sist endret først',
    access: 'innloggede (listen viser bare besvarelsene brukeren kan lese; administrator ser alle)',
    response: z.strictObject({ responses: z.array(ZResponseSummary) }),
  }),
  listEditorCandidates: endpoint({
    method: 'GET',
    path: '/api/questionnaire-responses/editor-candidates',
    summary: 'Brukerne den som starter en besvarelse kan gi redigeringsrett: de blant personene brukeren kan se (uten kontaktopplysninger)',
    access: 'innloggede med en rolle (de som kan starte en besvarelse)',
    response: z.strictObject({ people: z.array(ZEditorCandidate) }),
  }),
  startResponse: endpoint({
    method: 'POST',
    path: '/api/questionnaire-responses',
    summary: 'Starter en besvarelse som flere redigerer sammen',
    access: 'innloggede med en rolle',
    body: ZStartResponse,
    status: 201,
    response: z.strictObject({ id: z.string(), questionnaireId: z.string(), questionnaireVersion: z.number(), status: z.enum(['draft', 'submitted']) }),
  }),
  getResponse: endpoint({
    method: 'GET',
    path: '/api/questionnaire-responses/:id',
    summary: 'Én besvarelse med katalogen, svarene med versjon, valideringen og hva brukeren kan gjøre',
    access: respondents,
    params: ZIdParams,
    response: z.strictObject({ response: ZQuestionnaireResponse }),
  }),
  saveAnswer: endpoint({
    method: 'PUT',
    path: '/api/questionnaire-responses/:id/fields/:key',
    summary: 'Lagrer ett svar (autolagring); 409 med begge verdiene når noen lagret svaret etter baseVersion',
    access: respondents,
    params: z.strictObject({ id: z.string(), key: z.string() }),
    body: ZSaveAnswer,
    response: ZSaveAnswerResult,
  }),
  listAnswerChanges: endpoint({
    method: 'GET',
    path: '/api/questionnaire-responses/:id/changes',
    summary: 'Svarene som er lagret etter endringsmarkøren since',
    access: respondents,
    params: ZIdParams,
    query: ZResponseChangesQuery,
    response: ZAnswerChanges,
  }),
  listResponseHistory: endpoint({
    method: 'GET',
    path: '/api/questionnaire-responses/:id/history',
    summary: 'Alle lagringer av svarene (eller ett svar i key), nyeste først, med hvem og når',
    access: respondents,
    params: ZIdParams,
    query: ZResponseHistoryQuery,
    response: z.strictObject({ history: z.array(ZResponseHistoryEntry) }),
  }),
  submitResponse: endpoint({
    method: 'POST',
    path: '/api/questionnaire-responses/:id/submit',
    summary: 'Sender inn besvarelsen (den fryses)',
    access: respondents,
    params: ZIdParams,
    response: z.strictObject({ id: z.string(), status: z.literal('submitted'), submittedAt: zInstant }),
  }),
  exportResponse: endpoint({
    method: 'GET',
    path: '/api/questionnaire-responses/:id/export.pdf',
    summary: 'Den innsendte besvarelsen som PDF',
    access: respondents,
    params: ZIdParams,
    response: null,
    produces: 'application/pdf',
  }),
  exportResponseDocx: endpoint({
    method: 'GET',
    path: '/api/questionnaire-responses/:id/export.docx',
    summary: 'Den innsendte besvarelsen som Word-dokument (samme innhold som PDF-en)',
    access: respondents,
    params: ZIdParams,
    response: null,
    produces: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  }),
} as const;
