// The pure rules of what a new behovsmelding starts with (issue 12, point 6); the use case on a real database is
// tested in usecases/behovsmelding/create-application-prefill.test.ts.
import { describe, expect, it } from 'vitest';
import { prefillValues, unitCountsOf, type TPrefillFacts } from './application-prefill.ts';

const facts = (over: Partial<TPrefillFacts> = {}): TPrefillFacts => ({
  partnershipName: 'Kompetanseløftet Nord-Troms',
  roundYear: 2031,
  responsibleOwner: { name: 'Nordreisa kommune', kind: 'kommune', orgnr: null, kontonr: '10000000014' },
  coordinator: { name: 'Nils Elvebakk', email: 'nils.nordreisa@example.org', phone: null, title: 'Oppvekstleder', organisationName: 'Nordreisa kommune' },
  otherOwners: [],
  uh: [],
  units: [],
  starter: { name: 'Nils Elvebakk', email: 'nils.nordreisa@example.org', phone: '41234568', title: null, organisationName: 'Nordreisa kommune' },
  ...over,
});

describe('what a new behovsmelding starts with', () => {
  it('a copied group is kept whole: the partnership’s contact never fills the gaps of a copied one', () => {
    const values = prefillValues({ 's4.kontaktNavn': 'Tone Eide', 's1.tema': 'Tema' }, facts());
    expect(values['s4.kontaktNavn']).toBe('Tone Eide');
    expect(values['s4.kontaktTelefon']).toBeUndefined();
    // An unknown fact is left unset, not stored empty: the owner's orgnr is missing, its account is not.
    expect([values['s5.ansvarligEier.navn'], values['s5.ansvarligEier.orgnr'], values['s5.ansvarligEier.kontonr']]).toEqual(['Nordreisa kommune', undefined, '10000000014']);
    expect(values['s5.ansvarligEier.kontaktperson']).toBe('Nils Elvebakk, oppvekstleder');
  });

  it('counts units by kind and owner; a breakdown only when every unit has a municipality, so it adds up', () => {
    expect(
      unitCountsOf([
        { kind: 'skole', ownerKind: null, municipalityName: 'Nordreisa' },
        { kind: 'skole', ownerKind: 'privat-skoleeier', municipalityName: 'Nordreisa' },
        { kind: 'barnehage', ownerKind: 'kommune', municipalityName: 'Lyngen' },
        { kind: 'barnehage', ownerKind: 'kommune', municipalityName: null },
        { kind: 'videregaende', ownerKind: 'fylkeskommune', municipalityName: 'Nordreisa' },
        { kind: 'sfo', ownerKind: 'kommune', municipalityName: 'Nordreisa' },
      ]),
    ).toEqual({
      kommunaleGrunnskoler: { total: 1, byMunicipality: [{ municipality: 'Nordreisa', count: 1 }] },
      privateGrunnskoler: { total: 1, byMunicipality: [{ municipality: 'Nordreisa', count: 1 }] },
      kommunaleBarnehager: { total: 2, byMunicipality: [] },
      fylkeskommunaleVgs: { total: 1, byMunicipality: [{ municipality: 'Nordreisa', count: 1 }] },
    });
  });

  it('a copied application with parts keeps its own: the partnership’s units are not put in a part of their own', () => {
    const copiedParts = [{ id: 'del-a', name: 'Del A', otherOfficeId: null, budgetYear: 2030 }];
    const values = prefillValues({ parts: copiedParts }, facts({ units: [{ kind: 'skole', ownerKind: 'kommune', municipalityName: 'Nordreisa' }] }));
    expect(values['parts']).toEqual(copiedParts);
    expect(values['parts.hoved.unitCounts']).toBeUndefined();
  });
});
