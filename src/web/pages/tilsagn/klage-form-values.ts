// The klage page's action forms as the form holds them (issue 14, point 5), and the body each action's endpoint
// takes (src/domain/tilsagn/klage.ts): one text — the dismissal's or the reversal's reasons, the office's assessment
// when forwarding, the appeal body's decision — and, for the outcome, which one. The text's field is named as the
// server names it, so its refusals land on the same field.
import type { z } from 'zod';
import type { TKlageAction } from '../../../domain/tilsagn/klage-actions.ts';
import { ZDismissKlageInput, ZForwardKlageInput, ZKlageOutcomeInput, ZReverseKlageInput, type TKlageOutcome } from '../../../domain/tilsagn/klage.ts';
import type { MessageKey } from '../../i18n/catalogs.ts';

export type KlageFormValues = { text: string; outcome: TKlageOutcome | '' };

export const emptyKlageForm = (): KlageFormValues => ({ text: '', outcome: '' });

/** The server's name of each action's text field. */
export const KLAGE_TEXT_FIELD = { dismiss: 'reasons', reverse: 'reasons', forward: 'assessment', 'record-outcome': 'text' } as const satisfies Record<TKlageAction, string>;

/** The text field's label: the domain's, which its error messages name too. */
export const KLAGE_TEXT_LABEL = {
  dismiss: 'tilsagn.klage.label.dismissReasons',
  reverse: 'tilsagn.klage.label.reverseReasons',
  forward: 'tilsagn.klage.label.assessment',
  'record-outcome': 'tilsagn.klage.label.outcomeText',
} as const satisfies Record<TKlageAction, MessageKey>;

/** Each action's body schema, shared with the server. */
export const KLAGE_SCHEMA = {
  dismiss: ZDismissKlageInput,
  reverse: ZReverseKlageInput,
  forward: ZForwardKlageInput,
  'record-outcome': ZKlageOutcomeInput,
} as const satisfies Record<TKlageAction, z.ZodType>;

export type KlageActionBody = { [A in TKlageAction]: z.input<(typeof KLAGE_SCHEMA)[A]> };

/** The body of an action (the schema trims the text and refuses it blank; an unchosen outcome is refused there). */
export function klageActionBody<A extends TKlageAction>(action: A, v: KlageFormValues): KlageActionBody[A] {
  const text = { [KLAGE_TEXT_FIELD[action]]: v.text };
  return (action === 'record-outcome' ? { outcome: v.outcome, ...text } : text) as KlageActionBody[A];
}
