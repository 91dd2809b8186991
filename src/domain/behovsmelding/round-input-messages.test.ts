// What the round form says about bad input (issue 12, point 10): each message says what is wrong with what was typed.
import { describe, expect, it } from 'vitest';
import { renderNb } from '../shared/message-catalogs.ts';
import { ZRoundInput } from './round.ts';

const valid = {
  officeId: 'troms-og-finnmark',
  schemeId: 'kompetanseloftet',
  year: 2027,
  title: 'Behovsmeldinger 2027',
  opensAtLocal: '2026-10-01T08:00:00',
  deadlineLocal: '2026-12-01T23:59:59',
  coordinatorAllowed: false,
  caseNumbers: [{ countyNumber: '55', caseNumber: '2026/8245' }],
};

function messagesAt(body: Record<string, unknown>, path: string): string[] {
  const parsed = ZRoundInput.safeParse(body);
  expect(parsed.success).toBe(false);
  return (parsed.error?.issues ?? []).filter((i) => i.path.join('.') === path).map((i) => renderNb(i.message));
}

describe('the messages of the round form', () => {
  it('the round form does not say "År må fylles ut" for "tjuesju"', () => {
    expect(messagesAt({ ...valid, year: 'tjuesju' }, 'year')).toEqual(['År må være et årstall']);
    expect(messagesAt({ ...valid, year: undefined }, 'year')).toEqual(['År må fylles ut']);
  });

  // The budget frame moved from the round to the office's frames (issue 13); its "too large" message is tested with
  // the frame's schema (src/domain/forum/frame.test.ts).

  it('the round form says an empty county must be filled in, not "Fylkesnummer må ha 2 siffer"', () => {
    expect(messagesAt({ ...valid, caseNumbers: [{ countyNumber: '', caseNumber: '2026/8245' }] }, 'caseNumbers.0.countyNumber')).toEqual(['Fylkesnummer må fylles ut']);
    expect(messagesAt({ ...valid, caseNumbers: [{ countyNumber: '5', caseNumber: '2026/8245' }] }, 'caseNumbers.0.countyNumber')).toEqual(['Fylkesnummer må ha 2 siffer']);
  });
});
