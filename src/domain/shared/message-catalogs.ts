// Every module's message texts, per language, and `msg` typed by the Bokmål keys. A module adds its catalogs here as
// it adds its contract in src/server/contract/contracts.ts. Bokmål is the reference: every key exists there.
import sharedNb from './messages/nb.json';
import sharedNn from './messages/nn.json';
import sharedEn from './messages/en.json';
import sharedSe from './messages/se.json';
import { entryText, messageToken, renderMessage, type MessageCatalog, type MessageParams } from './message.ts';

export const MESSAGE_LANGUAGES = ['nb', 'nn', 'en', 'se'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

const NB = { ...sharedNb };
export type DomainMessageKey = keyof typeof NB;

export const MESSAGE_CATALOGS: Record<MessageLanguage, MessageCatalog> = {
  nb: NB,
  nn: { ...sharedNn },
  en: { ...sharedEn },
  se: { ...sharedSe },
};

/** A message for a user: a token carrying its key and parameters (see message.ts). */
export function msg(key: DomainMessageKey, params?: MessageParams): string {
  return messageToken(key, params);
}

/** The text of a key in a language, falling back to Bokmål. */
export function messageText(language: string, key: string): string | undefined {
  const own = entryText((MESSAGE_CATALOGS as Record<string, MessageCatalog>)[language]?.[key]);
  return own !== undefined && own !== '' ? own : entryText(MESSAGE_CATALOGS.nb[key]);
}

/** Renders the tokens in `text` in `language` (Bokmål when the language has no text). */
export function renderIn(language: string, text: string): string {
  return renderMessage(text, (key) => messageText(language, key));
}

/** Bokmål: what logs, the CLI and AppError.userMessage show. */
export const renderNb = (text: string) => renderIn('nb', text);
