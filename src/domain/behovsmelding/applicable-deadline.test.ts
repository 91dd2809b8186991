// The deadline that applies to a partnership: the latest of the round's, its extension's and its resubmission window's.
import { describe, expect, it } from 'vitest';
import { applicableDeadline } from './applicable-deadline.ts';

const deadlineLocal = '2060-12-01T23:59:59';

describe('the deadline that applies to a partnership', () => {
  it("is the round's without an extension or a return", () => {
    expect(applicableDeadline({ deadlineLocal, extensionUntilLocal: null, resubmitUntilLocal: null })).toEqual({ local: deadlineLocal, kind: 'round' });
  });
  it("is the extension's when later, never an earlier one", () => {
    expect(applicableDeadline({ deadlineLocal, extensionUntilLocal: '2060-12-15T12:00:59', resubmitUntilLocal: null })).toEqual({ local: '2060-12-15T12:00:59', kind: 'extension' });
    expect(applicableDeadline({ deadlineLocal, extensionUntilLocal: '2060-11-15T23:59:59', resubmitUntilLocal: null }).kind).toBe('round');
    expect(applicableDeadline({ deadlineLocal, extensionUntilLocal: deadlineLocal, resubmitUntilLocal: null }).kind).toBe('round');
  });
  it('is the resubmission window when that closes last', () => {
    expect(applicableDeadline({ deadlineLocal, extensionUntilLocal: '2060-12-15T23:59:59', resubmitUntilLocal: '2061-01-10T23:59:59' })).toEqual({ local: '2061-01-10T23:59:59', kind: 'resubmission' });
    expect(applicableDeadline({ deadlineLocal, extensionUntilLocal: '2061-02-01T23:59:59', resubmitUntilLocal: '2061-01-10T23:59:59' }).kind).toBe('extension');
  });
});
