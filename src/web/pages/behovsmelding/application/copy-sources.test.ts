import { describe, expect, it } from 'vitest';
import { copySources, defaultCopySource } from './copy-sources.ts';

const rounds = [
  { id: 'r24', officeId: 'tf', schemeId: 'kl', year: 2024 },
  { id: 'r25', officeId: 'tf', schemeId: 'kl', year: 2025 },
  { id: 'r27', officeId: 'tf', schemeId: 'kl', year: 2027 },
  { id: 'd26', officeId: 'tf', schemeId: 'dekomp', year: 2026 },
];
const apps = [
  { id: 'a24', roundId: 'r24', year: 2024, partnershipId: 'p' },
  { id: 'd26', roundId: 'd26', year: 2026, partnershipId: 'p' },
  { id: 'a25', roundId: 'r25', year: 2025, partnershipId: 'p' },
  { id: 'x25', roundId: 'r25', year: 2025, partnershipId: 'other' },
];

describe('the applications a new one may be copied from', () => {
  it('are every earlier application of the partnership, newest first, not only last year’s', () => {
    expect(copySources(apps, 'p').map((a) => a.id)).toEqual(['d26', 'a25', 'a24']);
  });

  it('default to the year before in the same office and scheme, else to no copy', () => {
    const r = (id: string) => rounds.find((x) => x.id === id);
    expect(defaultCopySource(apps, rounds, { id: 'r26', officeId: 'tf', schemeId: 'kl', year: 2026 }, 'p')).toBe('a25');
    expect(defaultCopySource(apps, rounds, r('r27'), 'p')).toBe('');
    expect(defaultCopySource(apps, rounds, r('r25'), 'other')).toBe('');
    expect(defaultCopySource(apps, rounds, undefined, 'p')).toBe('');
  });
});
