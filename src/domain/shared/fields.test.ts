import { describe, expect, it } from 'vitest';
import { ZEmail, ZKontonr, ZOrgnr, ZPhone } from './fields.ts';

describe('field schemas', () => {
  it('accepts the orgnr and kontonr of Harstad kommune from the real behovsmelding', () => {
    expect(ZOrgnr.parse('972 417 971')).toBe('972417971');
    expect(ZKontonr.parse('8109 10 69555')).toBe('81091069555');
  });
  it('refuses a wrong check digit with a Norwegian message', () => {
    const orgnr = ZOrgnr.safeParse('972417972');
    expect(orgnr.success).toBe(false);
    expect(orgnr.error?.issues[0]?.message).toMatch(/Organisasjonsnummeret er ikke gyldig/);
    expect(ZKontonr.safeParse('81091069556').error?.issues[0]?.message).toMatch(/Kontonummeret er ikke gyldig/);
    expect(ZOrgnr.safeParse('12345').error?.issues[0]?.message).toBe('Organisasjonsnummer må ha 9 siffer');
  });
  it('normalises Norwegian phone numbers and refuses foreign ones', () => {
    expect(ZPhone.parse('+47 400 00 123')).toBe('40000123');
    expect(ZPhone.safeParse('12345678').success).toBe(false);
    expect(ZPhone.safeParse('4000012').success).toBe(false);
  });
  it('lower-cases e-mail and refuses invalid ones', () => {
    expect(ZEmail.parse(' Kari@Example.org ')).toBe('kari@example.org');
    expect(ZEmail.safeParse('kari@').error?.issues[0]?.message).toBe('E-postadressen er ikke gyldig');
  });
});
