// Issue 12, point 11: the form asked its questions in Bokmål whatever the reader's language, and its messages named
// the field in Bokmål inside a Sámi sentence ("Hva er tema for kompetansetiltaket ferte deavdojuvvot"). The form now
// labels a question in the reader's language and says a message's field the same way.
import { describe, expect, it } from 'vitest';
import { fieldNameMsg } from '../../../../domain/behovsmelding/application-fields.ts';
import { validateApplication } from '../../../../domain/behovsmelding/validate-application.ts';
import { msg, renderNb } from '../../../../domain/shared/message-catalogs.ts';
import { catalogs } from '../../../i18n/catalogs.ts';
import { localizeText } from '../../../i18n/content-text.ts';
import { translateMessage } from '../../../i18n/translate.ts';
import { questionLabel } from './field-names.ts';

const ctx = (language: string, translatorMode = false) => ({ catalogs, language, translatorMode });
const localize = (language: string, translatorMode = false) => (text: Parameters<typeof localizeText>[0]) => localizeText(text, ctx(language, translatorMode));
/** A message as the form says it (application-frame.tsx). */
const say = (language: string, text: string, translatorMode = false) => translateMessage(ctx(language, translatorMode), text);

describe('the form in the reader’s language', () => {
  it('the form’s label of question 1.1 in Northern Sámi is the Sámi one, not Bokmål', () => {
    expect(questionLabel('s1.tema', localize('se'))).toBe('1.1 Mii lea gelbbolašvuođadoaibmabiju fáddá?');
    expect(questionLabel('s1.tema', localize('se', true))).not.toMatch(/⟦/);
    expect(questionLabel('s4.kontaktNavn', localize('nn'))).toBe('4.1 Namnet til kontaktpersonen');
    expect(questionLabel('parts.a1.grantUse', localize('en'))).toBe('6 Use of grant funds');
    expect(questionLabel('s1.tema', localize('nb'))).toBe('1.1 Hva er tema for kompetansetiltaket?');
  });

  it('a required field’s message in Northern Sámi names the field in Sámi, not in Bokmål', () => {
    const issue = validateApplication({}, { coordinatorAllowed: true }).issues.find((i) => i.fieldKey === 's1.tema' && i.code === 'REQUIRED');
    expect(issue).toBeDefined();
    const text = say('se', issue!.message, true);
    expect(text).toContain('Mii lea gelbbolašvuođadoaibmabiju fáddá');
    expect(text).not.toContain('Hva er tema');
    expect(text).not.toMatch(/⟦/);
    // The sentence around it is the catalog's Sámi one.
    expect(text).toContain(translateMessage(ctx('se'), msg('shared.required', { label: '' })).trim());
    expect(say('nb', issue!.message)).toBe(renderNb(issue!.message));
  });

  it('a field named deeper inside a message is said in the reader’s language too; other params stay as they are', () => {
    const nested = msg('behovsmelding.fieldMessage', { label: fieldNameMsg('s4.kontaktEpost'), message: msg('shared.required', { label: 'Ola' }) });
    expect(say('en', nested)).toBe(`Contact person's e-mail address: ${translateMessage(ctx('en'), msg('shared.required', { label: 'Ola' }))}`);
  });
});
