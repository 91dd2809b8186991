// Every field of the catalogue has an editor in the form: a question added to the catalogue (catalogue-data.ts)
// that the form cannot draw fails here, rather than being impossible to fill in. Text and yes/no questions are drawn
// generically (catalogue-section.tsx); a custom question needs its component among the form's editors.
import { describe, expect, it } from 'vitest';
import { APPLICATION_FIELDS, BEHOVSMELDING_CATALOGUE, PART_FIELD_NAMES } from '../../../../domain/behovsmelding/application-fields.ts';
import { findQuestion, type TQuestion } from '../../../../domain/questionnaire/catalogue.ts';
import { ONCE_EDITORS, PER_PART_EDITORS } from './custom-questions.tsx';

const GENERIC = new Set<TQuestion['type']>(['text', 'longText', 'yesNo']);

function hasEditor(key: string): boolean {
  const question = findQuestion(BEHOVSMELDING_CATALOGUE, key)?.question;
  if (!question) return false;
  if (GENERIC.has(question.type)) return true;
  if (question.type !== 'custom') return false;
  return Object.hasOwn(question.repeatFor === undefined ? ONCE_EDITORS : PER_PART_EDITORS, question.component);
}

describe('the form covers the field catalogue', () => {
  it.each(Object.keys(APPLICATION_FIELDS))('%s has an editor', (key) => expect(hasEditor(key)).toBe(true));
  it.each(PART_FIELD_NAMES)('the part field %s has an editor', (name) => expect(hasEditor(name)).toBe(true));
});
