// Acceptance (issue 14, point 4): who waits for it, when a reminder is due, and why it cannot be given.
import { describe, expect, it } from 'vitest';
import { acceptanceRefusal, awaitsAcceptance, reminderDue, type TAcceptanceState } from './acceptance.ts';

const waiting: TAcceptanceState = { issued: true, needsAcceptance: true, acceptanceDueLocal: '2025-03-22', acceptedAt: null, superseded: false };

describe('acceptance', () => {
  it('awaits the addressee once issued with money paid out, until accepted or replaced', () => {
    expect(awaitsAcceptance(waiting)).toBe(true);
    expect(awaitsAcceptance({ ...waiting, issued: false })).toBe(false);
    expect(awaitsAcceptance({ ...waiting, needsAcceptance: false })).toBe(false);
    expect(awaitsAcceptance({ ...waiting, acceptedAt: new Date() })).toBe(false);
    expect(awaitsAcceptance({ ...waiting, superseded: true })).toBe(false);
  });

  it('a reminder is due within seven days of the last day, and after it', () => {
    expect(reminderDue(waiting, '2025-03-14')).toBe(false);
    expect(reminderDue(waiting, '2025-03-15')).toBe(true);
    expect(reminderDue(waiting, '2025-04-30')).toBe(true);
    expect(reminderDue(waiting, '2025-03-21', 0)).toBe(false);
    expect(reminderDue({ ...waiting, acceptedAt: new Date() }, '2025-04-30')).toBe(false);
  });

  it('says why it cannot be accepted', () => {
    expect(acceptanceRefusal(waiting)).toBeNull();
    expect(acceptanceRefusal({ ...waiting, issued: false })).toBe('not-issued');
    expect(acceptanceRefusal({ ...waiting, needsAcceptance: false })).toBe('nothing-to-accept');
    expect(acceptanceRefusal({ ...waiting, acceptedAt: new Date() })).toBe('accepted');
    expect(acceptanceRefusal({ ...waiting, superseded: true })).toBe('superseded');
  });
});
