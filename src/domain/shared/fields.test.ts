import { describe, expect, it } from 'vitest';
import { ZEmail, ZKontonr, ZOrgnr, ZPhone } from './fields.ts';
import { renderIn, renderNb } from './message-catalogs.ts';

/** The first issue's message as a Bokmål reader sees it (messages are tokens, ADR 019). */
const said = (r: { error?: { issues: { message: string }[] } }) => renderNb(r.error?.issues[0]?.message ?? '');

describe('field schemas', () => {
  it('accepts the orgnr and kontonr of Harstad kommune from the real behovsmelding', () => {
    expect(ZOrgnr.parse('972 417 971')).toBe('972417971');
    expect(ZKontonr.parse('8109 10 69555')).toBe('81091069555');
  });
  it('refuses a wrong check digit with a Norwegian message', () => {
    const orgnr = ZOrgnr.safeParse('972417972');
    expect(orgnr.success).toBe(false);
    expect(said(orgnr)).toMatch(/Organisasjonsnummeret er ikke gyldig/);
    expect(said(ZKontonr.safeParse('81091069556'))).toMatch(/Kontonummeret er ikke gyldig/);
    expect(said(ZOrgnr.safeParse('12345'))).toBe('Organisasjonsnummer må ha 9 siffer');
  });
  it('normalises Norwegian phone numbers and refuses foreign ones', () => {
    expect(ZPhone.parse('+47 400 00 123')).toBe('40000123');
    expect(ZPhone.safeParse('12345678').success).toBe(false);
    expect(ZPhone.safeParse('4000012').success).toBe(false);
  });
  it('lower-cases e-mail and refuses invalid ones', () => {
    expect(ZEmail.parse(' Kari@Example.org ')).toBe('kari@example.org');
    expect(said(ZEmail.safeParse('kari@'))).toBe('E-postadressen er ikke gyldig');
  });
  it('says the same messages in Nynorsk and English', () => {
    const orgnr = ZOrgnr.safeParse('12345').error?.issues[0]?.message ?? '';
    expect(renderIn('nn', orgnr)).toBe('Organisasjonsnummer må ha 9 siffer');
    expect(renderIn('en', orgnr)).toBe('Organisation number must have 9 digits');
    const email = ZEmail.safeParse('kari@').error?.issues[0]?.message ?? '';
    expect(renderIn('nn', email)).toBe('E-postadressa er ikkje gyldig');
    expect(renderIn('en', email)).toBe('The email address is not valid');
  });
});
