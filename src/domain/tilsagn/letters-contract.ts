// The tilsagn module's API, part "letters" (issue 14, point 3): issuing an approved list's letters in one action, the
// round's letters as a list, one letter's PDF or Word file, and the archive's journalpost number for a letter.
import { z } from 'zod';
import { endpoint, zInstant } from '../shared/endpoint.ts';
import { LETTER_FORMATS, LETTER_STATES, ZArchiveNumberInput } from './issue-letters.ts';
import { LETTER_LANGUAGES } from './letter-input.ts';
import { VEDTAK_VERBS } from './policy.ts';

const ZLetterLanguage = z.enum(LETTER_LANGUAGES);

export const ZIssuedLetter = z.strictObject({
  vedtakId: z.string(),
  applicationId: z.string(),
  partnershipName: z.string(),
  kind: z.string(),
  documentNumber: z.string(),
  languages: z.array(ZLetterLanguage),
  acceptanceDueLocal: z.string().nullable(),
});

export const ZIssueAnswer = z.strictObject({
  batchId: z.string(),
  roundId: z.string(),
  state: z.string(),
  issuedAt: zInstant,
  letters: z.array(ZIssuedLetter),
});
export type IssueAnswer = z.output<typeof ZIssueAnswer>;

/** One issued decision's letter as the office lists it. */
export const ZRoundLetter = z.strictObject({
  vedtakId: z.string(),
  applicationId: z.string(),
  partnershipName: z.string(),
  /** The applicant, to whom the letter is addressed. */
  addresseeName: z.string(),
  kind: z.string(),
  documentNumber: z.string(),
  /** The archive's journalpost number when recorded. */
  archiveNumber: z.string().nullable(),
  issuedAt: zInstant,
  acceptanceDueLocal: z.string().nullable(),
  /** The decision's language ('nb' | 'nn'); a Sámi copy is listed among the files. */
  language: ZLetterLanguage,
  samiLanguage: ZLetterLanguage.nullable(),
  files: z.array(z.strictObject({ language: ZLetterLanguage, state: z.enum(LETTER_STATES) })),
  /** What the actor may do with this letter: fetch its files (`read-letter`; the forum and readers see the list, not
   * the letters) and record the archive's number. */
  allowed: z.array(z.enum(VEDTAK_VERBS)),
});
export type RoundLetter = z.output<typeof ZRoundLetter>;

export const ZRoundLettersAnswer = z.strictObject({ roundId: z.string(), letters: z.array(ZRoundLetter) });

export const ZArchiveNumberAnswer = z.strictObject({ vedtakId: z.string(), documentNumber: z.string(), archiveNumber: z.string().nullable() });

const caseOfficers = 'saksbehandlere ved embetet som har utlysningen';

export const lettersContract = {
  issueVedtakBatch: endpoint({
    method: 'POST',
    path: '/api/tilsagn/batches/:id/issue',
    summary: 'Utsteder en godkjent vedtaksliste: nummererer brevene i fylkets sak og legger dem i kø for PDF og Word',
    access: caseOfficers,
    params: z.strictObject({ id: z.string() }),
    response: ZIssueAnswer,
  }),
  listRoundLetters: endpoint({
    method: 'GET',
    path: '/api/tilsagn/rounds/:roundId/letters',
    summary: 'Utlysningens utstedte vedtaksbrev: dokumentnummer, mottaker, språk, tilstand og arkivets journalpostnummer',
    access: 'embetets saksbehandlere, budsjettdisponenter, forumet og lesere',
    params: z.strictObject({ roundId: z.string() }),
    response: ZRoundLettersAnswer,
  }),
  getVedtakLetter: endpoint({
    method: 'GET',
    path: '/api/tilsagn/vedtak/:id/letter.:format',
    summary: 'Et vedtaksbrev som tilgjengelig PDF eller Word (?language= for en samisk kopi); 404 til det er ferdig laget',
    access: 'embetets saksbehandlere og budsjettdisponenter; partnerskapets egne når vedtaket er utstedt',
    params: z.strictObject({ id: z.string(), format: z.enum(LETTER_FORMATS) }),
    query: z.strictObject({ language: ZLetterLanguage.optional() }),
    response: null,
    produces: 'application/octet-stream',
  }),
  recordArchiveNumber: endpoint({
    method: 'PUT',
    path: '/api/tilsagn/vedtak/:id/archive-number',
    summary: 'Fører journalpostnummeret arkivet ga brevet; vises deretter i lister og i brev som lages senere',
    access: caseOfficers,
    params: z.strictObject({ id: z.string() }),
    body: ZArchiveNumberInput,
    response: ZArchiveNumberAnswer,
  }),
} as const;
