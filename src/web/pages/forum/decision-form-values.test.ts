// The decision form's body and checks (issue 13, point 5): consensus needs its wording; a vote sends the entered counts,
// or none so the server counts the cast votes; a count must be a whole number, and not every count may be 0.
import { describe, expect, it } from 'vitest';
import { renderNb } from '../../../domain/shared/message-catalogs.ts';
import { decisionBody, decisionErrors, emptyDecision, withCastCounts, type DecisionFormValues } from './decision-form-values.ts';

const notWhole = (o: string) => `not whole: ${o}`;
const vote = (patch: Partial<DecisionFormValues>): DecisionFormValues => ({ ...emptyDecision(), kind: 'vote', ...patch });

describe('the decision form', () => {
  it('sends consensus with its wording and a dissent only when written', () => {
    expect(decisionBody({ ...emptyDecision(), text: ' Innstilt som omsøkt ' })).toEqual({ kind: 'consensus', text: 'Innstilt som omsøkt', dissent: null });
  });

  it('refuses consensus without its wording', () => {
    expect(decisionErrors(emptyDecision(), notWhole).map((e) => [e.field, renderNb(e.message)])).toEqual([['text', 'Skriv vedtaket forumet ble enige om']]);
  });

  it('sends entered counts (blank as 0) with the dissent', () => {
    const v = vote({ counts: { for: '4', mot: ' 1 ', avstår: '' }, dissent: 'Utdanningsforbundet er uenig.' });
    expect(decisionErrors(v, notWhole)).toEqual([]);
    expect(decisionBody(v)).toEqual({ kind: 'vote', text: null, counts: { for: 4, mot: 1, avstår: 0 }, dissent: 'Utdanningsforbundet er uenig.' });
  });

  it('lets the server count the cast votes when asked to', () => {
    expect(decisionBody(vote({ countsFrom: 'cast' }))).toMatchObject({ kind: 'vote', counts: null });
    expect(decisionErrors(vote({ countsFrom: 'cast' }), notWhole)).toEqual([]);
  });

  it('names each count that is not a whole number, and refuses all zero', () => {
    expect(decisionErrors(vote({ counts: { for: '2,5', mot: 'to', avstår: '0' } }), notWhole)).toEqual([
      { field: 'counts.for', message: 'not whole: for' },
      { field: 'counts.mot', message: 'not whole: mot' },
    ]);
    expect(decisionErrors(vote({ counts: { for: '0', mot: '', avstår: '' } }), notWhole).map((e) => [e.field, renderNb(e.message)])).toEqual([['counts', 'Ingen stemmer er avgitt eller ført inn']]);
  });

  it('pre-fills a vote’s empty counts from the votes cast, never over counts typed, never on consensus', () => {
    const cast = { for: 2, mot: 1, avstår: 0 };
    expect(withCastCounts(vote({}), cast).counts).toEqual({ for: '2', mot: '1', avstår: '0' });
    const typed = vote({ counts: { for: '', mot: '3', avstår: '' } });
    expect(withCastCounts(typed, cast)).toBe(typed);
    const consensus = emptyDecision();
    expect(withCastCounts(consensus, cast)).toBe(consensus);
    const none = vote({});
    expect(withCastCounts(none, { for: 0, mot: 0, avstår: 0 })).toBe(none);
    expect(withCastCounts(none, undefined)).toBe(none);
  });
});
