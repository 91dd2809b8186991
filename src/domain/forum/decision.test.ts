// Recording an item's adoption (issue 13, point 5): consensus needs its wording; a vote's counts come from the cast
// votes or are entered, and never exceed the voting members present; a decided item is locked.
import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error.ts';
import { assertVoteOpen, countVotes, decide } from './decision.ts';

const facts = { voters: 3, castVotes: [] as { option: string }[], alreadyDecided: false };
const fail = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('did not throw');
};

describe('decide', () => {
  it('records consensus with its wording and an optional dissent', () => {
    expect(decide({ kind: 'consensus', text: ' Innstilt med 350 000 kr ', dissent: '' }, facts)).toEqual({ kind: 'consensus', text: 'Innstilt med 350 000 kr', counts: null, dissent: null });
  });

  it('refuses consensus without wording', () => {
    const e = fail(() => decide({ kind: 'consensus', text: '  ' }, facts));
    expect(e.code).toBe('VALIDATION');
    expect(e.fieldErrors[0]!.field).toBe('text');
  });

  it('counts the cast votes when no counts are entered', () => {
    const castVotes = [{ option: 'for' }, { option: 'for' }, { option: 'mot' }];
    expect(decide({ kind: 'vote', dissent: 'Mot: budsjettet er urealistisk.' }, { ...facts, castVotes })).toEqual({
      kind: 'vote',
      text: null,
      counts: { for: 2, mot: 1, avstår: 0 },
      dissent: 'Mot: budsjettet er urealistisk.',
    });
  });

  it('takes counts entered by the secretariat when the forum voted by show of hands', () => {
    expect(decide({ kind: 'vote', counts: { for: 1, mot: 1, avstår: 1 } }, facts).counts).toEqual({ for: 1, mot: 1, avstår: 1 });
  });

  it('refuses counts that exceed the voting members present', () => {
    const e = fail(() => decide({ kind: 'vote', counts: { for: 3, mot: 1, avstår: 0 } }, facts));
    expect(e.code).toBe('VALIDATION');
    expect(e.fieldErrors[0]!.message).toContain('4 stemmer er flere enn de 3');
  });

  it('refuses a vote with no votes at all', () => {
    expect(fail(() => decide({ kind: 'vote' }, facts)).code).toBe('VALIDATION');
  });

  it('refuses negative or fractional counts and unknown kinds', () => {
    expect(fail(() => decide({ kind: 'vote', counts: { for: -1, mot: 0, avstår: 0 } }, facts)).code).toBe('VALIDATION');
    expect(fail(() => decide({ kind: 'vote', counts: { for: 1.5, mot: 0, avstår: 0 } }, facts)).code).toBe('VALIDATION');
    expect(fail(() => decide({ kind: 'loddtrekning' }, facts)).code).toBe('VALIDATION');
  });

  it('a decided item is locked: recording again is refused, saying so', () => {
    const e = fail(() => decide({ kind: 'consensus', text: 'Ny tekst' }, { ...facts, alreadyDecided: true }));
    expect(e.code).toBe('CONFLICT');
    expect(e.userMessage).toContain('allerede avgjort');
  });
});

describe('votes', () => {
  it('counts only the known options', () => {
    expect(countVotes([{ option: 'for' }, { option: 'avstår' }, { option: 'kanskje' }])).toEqual({ for: 1, mot: 0, avstår: 1 });
  });
  it('a vote cannot be changed once the item is decided', () => {
    expect(() => assertVoteOpen(false)).not.toThrow();
    expect(fail(() => assertVoteOpen(true)).code).toBe('CONFLICT');
  });
});
