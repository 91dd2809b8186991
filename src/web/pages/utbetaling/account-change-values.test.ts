import { describe, expect, it } from 'vitest';
import { batchesReturned } from './account-change-values.ts';

describe('batches a confirmed account change sent back for approval', () => {
  it('counts those whose state changed, not the drafts that only took the new account', () => {
    const batches = [
      { id: 'a', stateBefore: 'utkast', state: 'utkast' },
      { id: 'b', stateBefore: 'til-godkjenning', state: 'utkast' },
      { id: 'c', stateBefore: 'godkjent', state: 'utkast' },
    ];
    expect(batchesReturned({ batches })).toBe(2);
    expect(batchesReturned({ batches: [] })).toBe(0);
  });
});
