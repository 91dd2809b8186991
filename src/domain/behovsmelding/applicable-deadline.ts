// The deadline that applies to one partnership's application (issue 12, point 7: the draft PDF prints it). The
// round's deadline, moved by the partnership's extension and by the resubmission window a return opened — each only
// ever later, never earlier, as submitTiming decides (resubmission-window.ts, round-deadline.ts): whichever closes
// last is the last moment the application can still be sent in on time.
import { deadlineClosesAt } from './round-deadline.ts';

export type TApplicableDeadline = {
  /** Oslo wall-clock time, like every deadline (`2026-12-01T23:59:59`). */
  local: string;
  /** Whose deadline it is: the round's own, the partnership's extension, or the window a return opened. */
  kind: 'round' | 'extension' | 'resubmission';
};

export function applicableDeadline(input: { deadlineLocal: string; extensionUntilLocal: string | null; resubmitUntilLocal: string | null }): TApplicableDeadline {
  const candidates: TApplicableDeadline[] = [
    { local: input.deadlineLocal, kind: 'round' },
    ...(input.extensionUntilLocal ? [{ local: input.extensionUntilLocal, kind: 'extension' } as const] : []),
    ...(input.resubmitUntilLocal ? [{ local: input.resubmitUntilLocal, kind: 'resubmission' } as const] : []),
  ];
  // The first of equals wins: an extension to the round's very deadline is no extension.
  return candidates.reduce((best, c) => (deadlineClosesAt(c.local).getTime() > deadlineClosesAt(best.local).getTime() ? c : best));
}
