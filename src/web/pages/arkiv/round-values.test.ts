import { describe, expect, it } from 'vitest';
import { ZJournalpostNumberInput } from '../../../domain/arkiv/journal-contract.ts';
import { entryName, entryNames, journalpostBody, localDate, partyText, screeningText } from './round-values.ts';

describe('the archive page helpers', () => {
  it('shows Oslo dates as dd.mm.yyyy', () => {
    expect(localDate('2024-03-07')).toBe('07.03.2024');
    expect(localDate('snart')).toBe('snart');
  });

  it('says a party with its organisation number when it has one', () => {
    const label = (n: string) => `org.nr. ${n}`;
    expect(partyText({ name: 'Harstad kommune', orgnr: '940237819' }, label)).toBe('Harstad kommune (org.nr. 940237819)');
    expect(partyText({ name: 'Ola Nordmann', orgnr: null }, label)).toBe('Ola Nordmann');
  });

  it('joins the access code and its legal basis, empty for an open document', () => {
    expect(screeningText({ tilgangskode: 'U', hjemmel: 'Offl. § 13' })).toBe('U – Offl. § 13');
    expect(screeningText({ tilgangskode: null, hjemmel: null })).toBe('');
  });

  it('sends the number trimmed and an empty field as a removal the server accepts', () => {
    expect(ZJournalpostNumberInput.parse(journalpostBody(' 2024/8245-7 '))).toEqual({ journalpostnummer: '2024/8245-7' });
    expect(ZJournalpostNumberInput.parse(journalpostBody('   '))).toEqual({ journalpostnummer: null });
  });

  const sak = (n: string) => `sak ${n}`;

  it('names an entry by its document number, by its title and case before it has one', () => {
    expect(entryName({ dokumentnummer: '2024/8245-3', tittel: 'Vedtak', saksnummer: '2024/8245' }, sak)).toBe('2024/8245-3');
    expect(entryName({ dokumentnummer: null, tittel: 'Innstilling', saksnummer: '2023/8244' }, sak)).toBe('Innstilling, sak 2023/8244');
    expect(entryName({ dokumentnummer: null, tittel: 'Klage', saksnummer: null }, sak)).toBe('Klage');
  });

  it('keeps every name on the page apart', () => {
    const entry = (id: string, tittel: string, saksnummer: string | null) => ({ kind: 'klage' as const, id, dokumentnummer: null, tittel, saksnummer });
    const names = entryNames([entry('a', 'Klage – Nord', null), entry('b', 'Klage – Nord', null), entry('c', 'Innstilling', '2023/1'), entry('d', 'Innstilling', '2023/2')], sak);
    expect([...names.values()]).toEqual(['Klage – Nord (1)', 'Klage – Nord (2)', 'Innstilling, sak 2023/1', 'Innstilling, sak 2023/2']);
    expect(names.get('klage:b')).toBe('Klage – Nord (2)');
  });
});
