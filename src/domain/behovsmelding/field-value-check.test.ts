// The limits of the field catalogue, as the server checks them and the form shows them: every text field's
// maximum is the one its schema enforces, and depth is measured without recursion.
import { describe, expect, it } from 'vitest';
import { APPLICATION_FIELDS } from './application-fields.ts';
import { checkFieldValue, jsonDepthExceeds, keyBelongsTo } from './field-value-check.ts';
import { renderNb } from '../shared/message-catalogs.ts';

describe('field value checks', () => {
  it('Finding 6: every text field states a maximum, and its schema takes exactly that many characters', () => {
    const texts = Object.entries(APPLICATION_FIELDS).filter(([, def]) => 'maxLength' in def);
    expect(texts.length).toBeGreaterThan(30);
    for (const [key, def] of texts) {
      const max = (def as { maxLength: number }).maxLength;
      const fill = key === 's1.kartleggingLenke' ? 'https://example.org/' + 'a'.repeat(max - 20) : 'a'.repeat(max);
      expect(checkFieldValue(key, fill).ok, key).toBe(true);
      expect(checkFieldValue(key, fill + 'a').ok, key).toBe(false);
    }
  });

  it('measures depth without recursion, far beyond any stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(jsonDepthExceeds(deep, 24)).toBe(true);
    expect(jsonDepthExceeds({ a: [{ b: [1] }] }, 4)).toBe(false);
    expect(jsonDepthExceeds({ a: [{ b: [1] }] }, 3)).toBe(true);
    const refused = checkFieldValue('s1.aktivitetsplan', deep);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && renderNb(refused.message)).toContain('nestet for dypt');
  });

  it('knows which keys belong to an application', () => {
    const parts = new Set(['hoved']);
    expect(keyBelongsTo('s1.tema', parts)).toBe(true);
    expect(keyBelongsTo('parts.hoved.grantUse', parts)).toBe(true);
    expect(keyBelongsTo('parts.annen.grantUse', parts)).toBe(false);
    expect(keyBelongsTo('parts.hoved.ukjent', parts)).toBe(false);
    expect(keyBelongsTo('__proto__', parts)).toBe(false);
  });
});

describe('limits the form reads from the schemas', () => {
  it('Finding 6: a table column and a text field give the maximum their schema enforces', async () => {
    const { columnMaxLength, textMaxLength, ZTiltakRow, ZUhInstitution, APPLICATION_FIELDS: F } = await import('./application-fields.ts');
    expect(columnMaxLength(ZTiltakRow, 'hva')).toBe(2000);
    expect(columnMaxLength(ZUhInstitution, 'epost')).toBe(254);
    expect(textMaxLength(F['s4.kontaktTelefon'].schema)).toBe(30);
    expect(textMaxLength(F['s1.omrader'].schema)).toBeUndefined();
  });
});

describe('a budget with one over-long line description (issue 12, point 8)', () => {
  const budget = (description: string) => ({
    title: null,
    lines: [
      { kind: 'item', description: 'Dialogkonferanser', factors: [], unitPrice: 610, statedAmount: null },
      { kind: 'item', description, factors: [], unitPrice: 1000, statedAmount: null },
    ],
    statedTotal: null,
  });

  it('the message names the line by number and the field as the form shows it, never an internal path like lines.1.description', () => {
    const refused = checkFieldValue('parts.hoved.ownerBudget', budget('x'.repeat(10_000)));
    expect(refused.ok).toBe(false);
    const text = !refused.ok ? renderNb(refused.message) : '';
    expect(text).toBe('Budsjett eier, linje 2: Beskrivelse kan ikke være lengre enn 500 tegn');
    expect(text).not.toMatch(/lines\.|description/);
  });

  it('a description as long as the form lets one type is saved', () => {
    expect(checkFieldValue('parts.hoved.ownerBudget', budget('x'.repeat(500))).ok).toBe(true);
  });

  it('a row of another table is named as a row', () => {
    const refused = checkFieldValue('s1.aktivitetsplan', [{ uke: '1', aktivitet: 'a', hvem: 'b' }, { uke: 'x'.repeat(101), aktivitet: null, hvem: null }]);
    expect(!refused.ok && renderNb(refused.message)).toMatch(/, rad 2: /);
  });
});
