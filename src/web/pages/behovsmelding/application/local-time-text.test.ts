import { describe, expect, it } from 'vitest';
import { formatLocalDeadline } from './local-time-text.ts';

describe('formatLocalDeadline', () => {
  it('writes an Oslo wall-clock time as it is, the Norwegian way', () => {
    expect(formatLocalDeadline('2023-12-01T23:59:59')).toBe('01.12.2023 kl. 23:59');
    expect(formatLocalDeadline(null)).toBe('');
    expect(formatLocalDeadline('i morgen')).toBe('');
  });
});
