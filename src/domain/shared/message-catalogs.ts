// Every module's message texts, per language, and their rendering: for the server (its error answers, logs, the CLI,
// documents) and the tests. A module adds its catalogs here as it adds its contract in src/server/contract/contracts.ts,
// and its Bokmål file to message-keys.ts. Bokmål is the reference: every key exists there. The browser must not import
// this file — it would bundle every module's texts into the first page (ADR 025) — but `msg` from message-keys.ts.
import sharedNb from './messages/nb.json';
import sharedNn from './messages/nn.json';
import sharedEn from './messages/en.json';
import sharedSe from './messages/se.json';
import orgNb from '../org/messages/nb.json';
import orgNn from '../org/messages/nn.json';
import orgEn from '../org/messages/en.json';
import orgSe from '../org/messages/se.json';
import accessNb from '../access/messages/nb.json';
import accessNn from '../access/messages/nn.json';
import accessEn from '../access/messages/en.json';
import accessSe from '../access/messages/se.json';
import auditNb from '../audit/messages/nb.json';
import auditNn from '../audit/messages/nn.json';
import auditEn from '../audit/messages/en.json';
import auditSe from '../audit/messages/se.json';
import referenceNb from '../reference/messages/nb.json';
import referenceNn from '../reference/messages/nn.json';
import referenceEn from '../reference/messages/en.json';
import referenceSe from '../reference/messages/se.json';
import behovsmeldingNb from '../behovsmelding/messages/nb.json';
import behovsmeldingNn from '../behovsmelding/messages/nn.json';
import behovsmeldingEn from '../behovsmelding/messages/en.json';
import behovsmeldingSe from '../behovsmelding/messages/se.json';
import questionnaireNb from '../questionnaire/messages/nb.json';
import questionnaireNn from '../questionnaire/messages/nn.json';
import questionnaireEn from '../questionnaire/messages/en.json';
import questionnaireSe from '../questionnaire/messages/se.json';
import forumNb from '../forum/messages/nb.json';
import forumNn from '../forum/messages/nn.json';
import forumEn from '../forum/messages/en.json';
import forumSe from '../forum/messages/se.json';
import tilsagnNb from '../tilsagn/messages/nb.json';
import tilsagnNn from '../tilsagn/messages/nn.json';
import tilsagnEn from '../tilsagn/messages/en.json';
import tilsagnSe from '../tilsagn/messages/se.json';
import utbetalingNb from '../utbetaling/messages/nb.json';
import utbetalingNn from '../utbetaling/messages/nn.json';
import utbetalingEn from '../utbetaling/messages/en.json';
import utbetalingSe from '../utbetaling/messages/se.json';
import arkivNb from '../arkiv/messages/nb.json';
import arkivNn from '../arkiv/messages/nn.json';
import arkivEn from '../arkiv/messages/en.json';
import arkivSe from '../arkiv/messages/se.json';
import rapporteringNb from '../rapportering/messages/nb.json';
import rapporteringNn from '../rapportering/messages/nn.json';
import rapporteringEn from '../rapportering/messages/en.json';
import rapporteringSe from '../rapportering/messages/se.json';
import { entryText, renderMessage, type CatalogEntry, type MessageCatalog } from './message.ts';
import type { DomainMessageKey } from './message-keys.ts';

// Server code has long imported `msg` from here; the browser-reachable code imports it from message-keys.ts.
export { msg, type DomainMessageKey } from './message-keys.ts';

export const MESSAGE_LANGUAGES = ['nb', 'nn', 'en', 'se'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

// The catalogs are built in calls marked pure: a bundle that imports this file without rendering anything drops it,
// texts and all. The browser bundle reaches it only through AppError (app-error.ts), which the browser never
// constructs; the build fails if a browser chunk keeps it (scripts/server-only-modules.ts). Bokmål is typed by
// message-keys.ts's keys: a module named there but not here does not compile (one named here only has keys msg()
// refuses).
const NB: Record<DomainMessageKey, CatalogEntry> = /* @__PURE__ */ (() => ({ ...sharedNb, ...orgNb, ...accessNb, ...auditNb, ...referenceNb, ...behovsmeldingNb, ...questionnaireNb, ...forumNb, ...tilsagnNb, ...utbetalingNb, ...arkivNb, ...rapporteringNb }))();

export const MESSAGE_CATALOGS: Record<MessageLanguage, MessageCatalog> = /* @__PURE__ */ (() => ({
  nb: NB,
  nn: { ...sharedNn, ...orgNn, ...accessNn, ...auditNn, ...referenceNn, ...behovsmeldingNn, ...questionnaireNn, ...forumNn, ...tilsagnNn, ...utbetalingNn, ...arkivNn, ...rapporteringNn },
  en: { ...sharedEn, ...orgEn, ...accessEn, ...auditEn, ...referenceEn, ...behovsmeldingEn, ...questionnaireEn, ...forumEn, ...tilsagnEn, ...utbetalingEn, ...arkivEn, ...rapporteringEn },
  se: { ...sharedSe, ...orgSe, ...accessSe, ...auditSe, ...referenceSe, ...behovsmeldingSe, ...questionnaireSe, ...forumSe, ...tilsagnSe, ...utbetalingSe, ...arkivSe, ...rapporteringSe },
}))();

/** The text of a key in a language, falling back to Bokmål. */
export function messageText(language: string, key: string): string | undefined {
  const own = entryText((MESSAGE_CATALOGS as Record<string, MessageCatalog>)[language]?.[key]);
  return own !== undefined && own !== '' ? own : entryText(MESSAGE_CATALOGS.nb[key]);
}

/** Renders the tokens in `text` in `language` (Bokmål when the language has no text). */
export function renderIn(language: string, text: string): string {
  return renderMessage(
    text,
    (key) => messageText(language, key),
    (texts) => texts[language] || texts.nb,
  );
}

/** Bokmål: what logs, the CLI and AppError.userMessage show. */
export const renderNb = (text: string) => renderIn('nb', text);
