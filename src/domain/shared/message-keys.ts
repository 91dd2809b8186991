// `msg` and the keys it accepts, for code that runs in the browser as well as on the server: the domain's schemas and
// rules, the web's forms. The Bokmål files are imported as TYPES only, so importing this module bundles no text — the
// browser gets the domain's messages through src/web/i18n/catalogs.ts (each module's when its pages need them), the
// server through message-catalogs.ts, which renders. A module adds its Bokmål file here as it adds its catalogs there;
// message-catalogs.ts does not compile until the two name the same keys.
import type sharedNb from './messages/nb.json';
import type orgNb from '../org/messages/nb.json';
import type accessNb from '../access/messages/nb.json';
import type auditNb from '../audit/messages/nb.json';
import type referenceNb from '../reference/messages/nb.json';
import type behovsmeldingNb from '../behovsmelding/messages/nb.json';
import type questionnaireNb from '../questionnaire/messages/nb.json';
import type forumNb from '../forum/messages/nb.json';
import type tilsagnNb from '../tilsagn/messages/nb.json';
import type utbetalingNb from '../utbetaling/messages/nb.json';
import type arkivNb from '../arkiv/messages/nb.json';
import type rapporteringNb from '../rapportering/messages/nb.json';
import { messageToken, type MessageParams } from './message.ts';

/** Every key of the domain's Bokmål messages (Bokmål is the reference: every key exists there). */
export type DomainMessageKey =
  | keyof typeof sharedNb
  | keyof typeof orgNb
  | keyof typeof accessNb
  | keyof typeof auditNb
  | keyof typeof referenceNb
  | keyof typeof behovsmeldingNb
  | keyof typeof questionnaireNb
  | keyof typeof forumNb
  | keyof typeof tilsagnNb
  | keyof typeof utbetalingNb
  | keyof typeof arkivNb
  | keyof typeof rapporteringNb;

/** A message for a user: a token carrying its key and parameters (see message.ts), rendered where it is read. */
export function msg(key: DomainMessageKey, params?: MessageParams): string {
  return messageToken(key, params);
}
