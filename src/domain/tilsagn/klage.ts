// A klage (appeal) on a decision (issue 14, point 5; forvaltningsloven §§ 28–34). The office registers it with the
// date it came in, then either changes its own decision (omgjort: a new decision, an endringsvedtak), dismisses it
// (avvist, with reasons — too late, no standing) or forwards it to the appeal body with the case documents
// (oversendt); the appeal body's outcome is recorded last (avgjort). Whether it came within three weeks of the letter
// is shown as a fact: the office decides what follows (§ 31 lets it consider a late klage all the same).
import { z } from 'zod';
import { AppError } from '../shared/app-error.ts';
import { msg } from '../shared/message-keys.ts';
import { addDaysLocal } from './issue-letters.ts';

export const KLAGE_STATES = ['registrert', 'omgjort', 'avvist', 'oversendt', 'avgjort'] as const;
export type TKlageState = (typeof KLAGE_STATES)[number];

export const KLAGE_OUTCOMES = ['medhold', 'delvis-medhold', 'ikke-medhold'] as const;
export type TKlageOutcome = (typeof KLAGE_OUTCOMES)[number];

/** Forvaltningsloven § 29: three weeks. */
export const KLAGE_DAYS = 21;

/** Which state may follow which. 'omgjort', 'avvist' and 'avgjort' end it. */
const NEXT: Record<TKlageState, readonly TKlageState[]> = {
  registrert: ['omgjort', 'avvist', 'oversendt'],
  oversendt: ['avgjort'],
  omgjort: [],
  avvist: [],
  avgjort: [],
};

export const mayMove = (from: string, to: TKlageState): boolean => (NEXT[from as TKlageState] ?? []).includes(to);

/** Refuses a move the state machine does not allow (409, naming the klage's state). */
export function assertMayMove(from: string, to: TKlageState): void {
  if (!mayMove(from, to)) throw new AppError('CONFLICT', msg('tilsagn.klage.wrongState', { state: from }));
}

/** Still with the office or the appeal body: not reversed, dismissed or decided. */
export const isOpen = (state: string): boolean => state === 'registrert' || state === 'oversendt';

/** The last day a klage is on time: three weeks after the letter's date. */
export const klageDeadline = (letterDateLocal: string): string => addDaysLocal(letterDateLocal, KLAGE_DAYS);

/** Came in by the last day (a fact shown; the office decides). */
export const cameInTime = (letterDateLocal: string, receivedOnLocal: string): boolean => receivedOnLocal <= klageDeadline(letterDateLocal);

export type TFrameEffectYear = { year: number; beforeKr: number; afterKr: number; differenceKr: number };

/**
 * What a new decision does to the frames: per year, the decided sum before and after and the difference (negative
 * when less is given). Years in either decision are listed, in order.
 */
export function frameEffect(before: readonly { year: number; amountKr: number }[], after: readonly { year: number; amountKr: number }[]): TFrameEffectYear[] {
  const sum = (lines: readonly { year: number; amountKr: number }[], year: number) => lines.filter((l) => l.year === year).reduce((s, l) => s + l.amountKr, 0);
  const years = [...new Set([...before, ...after].map((l) => l.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const beforeKr = sum(before, year);
    const afterKr = sum(after, year);
    return { year, beforeKr, afterKr, differenceKr: afterKr - beforeKr };
  });
}

const isRealDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

const zText = (label: string, max: number) =>
  z
    .string({ error: msg('shared.required', { label }) })
    .trim()
    .min(1, { message: msg('shared.required', { label }) })
    .max(max, { message: msg('shared.tooLong', { label, max }) });

export const ZRegisterKlageInput = z.strictObject({
  receivedOnLocal: z
    .string({ error: msg('shared.required', { label: msg('tilsagn.klage.label.receivedOn') }) })
    .trim()
    .refine(isRealDate, { message: msg('tilsagn.klage.invalidDate', { label: msg('tilsagn.klage.label.receivedOn') }) }),
  fromName: zText(msg('tilsagn.klage.label.fromName'), 200),
  summary: zText(msg('tilsagn.klage.label.summary'), 10_000),
});
export type TRegisterKlageInput = z.output<typeof ZRegisterKlageInput>;

/** Avvisning: the reasons are required (forvaltningsloven § 24). */
export const ZDismissKlageInput = z.strictObject({ reasons: zText(msg('tilsagn.klage.label.dismissReasons'), 10_000) });

/** Omgjøring: why the office changes its own decision; the new decision is prepared in an endringsvedtak list. */
export const ZReverseKlageInput = z.strictObject({ reasons: zText(msg('tilsagn.klage.label.reverseReasons'), 10_000) });

/** Oversendelse (§ 33): the office's own assessment goes with the case documents. */
export const ZForwardKlageInput = z.strictObject({ assessment: zText(msg('tilsagn.klage.label.assessment'), 10_000) });

export const ZKlageOutcomeInput = z.strictObject({
  outcome: z.enum(KLAGE_OUTCOMES, { message: msg('tilsagn.klage.chooseOutcome') }),
  text: zText(msg('tilsagn.klage.label.outcomeText'), 10_000),
});

/** The klage as a plain text file for the case documents' ZIP. */
export function klageText(k: {
  documentNumber: string | null;
  partnershipName: string;
  letterDateLocal: string | null;
  receivedOnLocal: string;
  fromName: string;
  summary: string;
  registeredByName: string;
  assessment: string | null;
}): string {
  const inTime = k.letterDateLocal ? (cameInTime(k.letterDateLocal, k.receivedOnLocal) ? 'ja' : 'nei') : 'ukjent';
  return [
    `Klage på vedtak ${k.documentNumber ?? ''}`.trim(),
    '',
    `Samarbeid: ${k.partnershipName}`,
    `Klager: ${k.fromName}`,
    `Mottatt: ${k.receivedOnLocal}`,
    `Vedtaksbrevets dato: ${k.letterDateLocal ?? 'ukjent'}`,
    `Kom inn innen klagefristen på tre uker: ${inTime}`,
    `Registrert av: ${k.registeredByName}`,
    '',
    'Klagen:',
    k.summary,
    ...(k.assessment ? ['', 'Statsforvalterens vurdering:', k.assessment] : []),
    '',
  ].join('\n');
}
