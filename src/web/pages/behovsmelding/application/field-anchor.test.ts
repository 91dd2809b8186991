import { describe, expect, it } from 'vitest';
import { anchorCandidates, fieldAnchorId, pathOfHash } from './field-anchor.ts';

describe('field anchors', () => {
  it('derives the id from the key or path', () => {
    expect(fieldAnchorId('s1.tema')).toBe('field-s1.tema');
    expect(fieldAnchorId('parts.sor-troms.ownerBudget.lines.3.statedAmount')).toBe('field-parts.sor-troms.ownerBudget.lines.3.statedAmount');
    expect(fieldAnchorId('a b/c')).toBe('field-a-b-c');
  });

  it('falls back to the enclosing paths, nearest first', () => {
    expect(anchorCandidates('parts.evenes.grantUse.years')).toEqual([
      'field-parts.evenes.grantUse.years',
      'field-parts.evenes.grantUse',
      'field-parts.evenes',
      'field-parts',
    ]);
  });

  it('reads the path back from the address', () => {
    expect(pathOfHash('#field-s5.uh.0.orgnr')).toBe('s5.uh.0.orgnr');
    expect(pathOfHash('#main')).toBeNull();
  });
});
