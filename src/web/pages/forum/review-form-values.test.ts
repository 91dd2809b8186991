import { describe, expect, it } from 'vitest';
import { formatScore, meetingTimeParts, missingScoreErrors, reviewBody, reviewValues } from './review-form-values.ts';

const criteria = [
  { id: 'a', position: 1, title: 'Forankret i lokale behov', description: null },
  { id: 'b', position: 2, title: 'Samiske perspektiver', description: null },
];

describe('the review form’s values', () => {
  it('starts empty without a saved review and round-trips a saved one', () => {
    expect(reviewValues(criteria, null)).toEqual({ comment: '', scores: { a: { score: '', comment: '' }, b: { score: '', comment: '' } } });
    const saved = reviewValues(criteria, {
      memberId: 'm',
      memberName: 'Frode',
      organisationName: 'Utdanningsforbundet',
      writtenByName: 'Frode',
      byDeputy: false,
      comment: 'Samlet',
      scores: [{ criterionId: 'b', score: 4, comment: 'God' }],
      submittedAt: null,
      version: 2,
    });
    expect(saved.scores.b).toEqual({ score: '4', comment: 'God' });
    expect(reviewBody(criteria, saved, 2)).toEqual({
      comment: 'Samlet',
      scores: [
        { criterionId: 'a', score: null, comment: '' },
        { criterionId: 'b', score: 4, comment: 'God' },
      ],
      baseVersion: 2,
    });
  });

  it('names each criterion without a score, with the field its radios have', () => {
    const errors = missingScoreErrors(criteria, { scores: [{ criterionId: 'b', score: 3 }] });
    expect(errors.map((e) => e.field)).toEqual(['scores.a']);
  });

  it('writes the mean and the meeting time the Norwegian way', () => {
    expect(formatScore(3.7)).toBe('3,7');
    expect(formatScore(4)).toBe('4');
    expect(formatScore(null)).toBe('–');
    expect(meetingTimeParts('2031-01-15T10:00:00')).toEqual({ date: '15.01.2031', time: '10:00' });
  });
});
