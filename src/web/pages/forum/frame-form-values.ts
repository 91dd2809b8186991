// Form state of one budget frame on the frames page and its conversion to PUT …/frames/:schemeId/:year: the scheme
// and year are the path, the rest the body (ZFrameInput). The version is the one of the frame the page shows for
// that scheme and year (null when none): entering a year someone else has entered meanwhile is a conflict.
import { z } from 'zod';
import { zFrameYear, ZFrameInput } from '../../../domain/forum/frame.ts';
import type { Frame } from '../../../domain/forum/frames-contract.ts';
import { zText } from '../../../domain/shared/fields.ts';
import { msg } from '../../../domain/shared/message-keys.ts';
import { formatAmount, parseKroner } from '../../../domain/shared/money.ts';

export type FrameFormValues = { schemeId: string; year: string; amount: string; confirmed: boolean; source: string };

export const emptyFrameValues = (schemeId = '', year = ''): FrameFormValues => ({ schemeId, year, amount: '', confirmed: false, source: '' });

/** A stored frame in the form, to correct it. */
export const frameValues = (frame: Frame): FrameFormValues => ({
  schemeId: frame.schemeId,
  year: String(frame.year),
  amount: formatAmount(frame.amountKr),
  confirmed: frame.confirmed,
  source: frame.source ?? '',
});

/** The form's check: the path's scheme and year, and the body the server parses. */
export const ZFrameForm = z.object({ schemeId: zText(msg('behovsmelding.label.scheme'), 50), year: zFrameYear }).and(ZFrameInput);

/** `frames`: the office's frames as the page shows them, to find the version of the one being changed. Text that is
 * not an amount or a year stays text, so the shared schema words the complaint. */
export function frameFormBody(v: FrameFormValues, frames: readonly Frame[]) {
  const year = v.year.trim();
  const amount = v.amount.trim();
  const stored = frames.find((f) => f.schemeId === v.schemeId && String(f.year) === year);
  return {
    schemeId: v.schemeId,
    year,
    amountKr: amount === '' ? undefined : (parseKroner(amount) ?? amount),
    confirmed: v.confirmed,
    source: v.source,
    expectedVersion: stored?.version ?? null,
  };
}
export type FrameFormBody = ReturnType<typeof frameFormBody>;
