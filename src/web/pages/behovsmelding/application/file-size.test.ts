import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-size.ts';

describe('formatFileSize', () => {
  it('writes sizes the Norwegian way', () => {
    expect(formatFileSize(980)).toBe('980\u00a0byte');
    expect(formatFileSize(12_345)).toBe('12\u00a0kB');
    expect(formatFileSize(1_420_000)).toBe('1,4\u00a0MB');
  });
});
