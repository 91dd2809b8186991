// What the partnership's "Vedtak" section shows of its decision (issue 14, points 4 and 6), worked out apart from the
// rendering: the stages innstilt → vedtatt (tilsagn or avslag) → akseptert, which are reached and which is the
// current; the letter files to offer; and the acceptance form's one check (the conditions confirmed first).
import { z } from 'zod';
import type { ZApplicationDecision } from '../../../domain/tilsagn/klage-contract.ts';
import { SAMI_LETTER_LANGUAGES } from '../../../domain/tilsagn/letter-input.ts';

export type Decision = NonNullable<z.output<typeof ZApplicationDecision>['decision']>;
export type Klager = z.output<typeof ZApplicationDecision>['klager'];

export type DecisionStage = { key: 'innstilt' | 'tilsagn' | 'avslag' | 'akseptert'; reached: boolean; current: boolean };

/** The stages in order. Acceptance is a stage only of a tilsagn that asks for it (not an avslag, not a tilsagn of
 * state transfers alone); the last reached is the current one. */
export function decisionStages(d: Decision): DecisionStage[] {
  const accepted = d.acceptance.acceptedAt !== null;
  const stages: Omit<DecisionStage, 'current'>[] = [
    { key: 'innstilt', reached: true },
    { key: d.kind, reached: true },
    ...(d.kind === 'tilsagn' && (d.acceptance.needed || accepted) ? [{ key: 'akseptert' as const, reached: accepted }] : []),
  ];
  const last = stages.findLastIndex((s) => s.reached);
  return stages.map((s, i) => ({ ...s, current: i === last }));
}

export type LetterFile = { format: 'pdf' | 'docx'; sami: boolean; query: { language?: (typeof SAMI_LETTER_LANGUAGES)[number] } };

/** The files to offer: the Norwegian letter (the decision) first, then a Sámi copy, each as PDF and Word; only those
 * rendered. The Norwegian letter is fetched without a language (the server picks the decision's own). */
export function letterFiles(letters: Decision['letters']): LetterFile[] {
  const sami = (l: string): l is (typeof SAMI_LETTER_LANGUAGES)[number] => (SAMI_LETTER_LANGUAGES as readonly string[]).includes(l);
  const ready = letters.filter((l) => l.ready);
  const ordered = [...ready.filter((l) => !sami(l.language)).slice(0, 1), ...ready.filter((l) => sami(l.language))];
  return ordered.flatMap((l) =>
    (['pdf', 'docx'] as const).map((format) => (sami(l.language) ? { format, sami: true, query: { language: l.language } } : { format, sami: false, query: {} })),
  );
}

export type AcceptFormValues = { confirmed: boolean };

/** The acceptance form's check: the checkbox "Vi aksepterer tilsagnet og vilkårene i brevet" ticked. */
export const acceptSchema = (required: string) => z.strictObject({ confirmed: z.literal(true, { message: required }) });
