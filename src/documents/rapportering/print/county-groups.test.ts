import { describe, expect, it } from 'vitest';
import { countyGroups, titleCased } from './county-groups.ts';

describe('the municipalities question grouped by county', () => {
  it('title-cases a county as the portal printed it', () => {
    expect(titleCased('Troms og Finnmark')).toBe('Troms Og Finnmark');
    expect(titleCased('Møre og Romsdal')).toBe('Møre Og Romsdal');
    expect(titleCased('Nordfjell')).toBe('Nordfjell');
  });

  it('places names by the reference data, else in the title\'s county, in the order the groups first come', () => {
    const countyOf = (name: string) => ({ Narvik: 'Nordland', Tromsø: 'Troms og Finnmark' })[name];
    expect(countyGroups(['Tromsø', 'Narvik', 'Fiktivvik', 'Guovdageaidnu - Kautokeino'], 'Troms og Finnmark', countyOf)).toEqual([
      { county: 'Troms Og Finnmark', names: ['Tromsø', 'Fiktivvik', 'Guovdageaidnu - Kautokeino'] },
      { county: 'Nordland', names: ['Narvik'] },
    ]);
  });

  it('prints a county picked as a whole alone, as given', () => {
    expect(countyGroups(['Troms Og Finnmark'], 'Troms og Finnmark')).toEqual([{ county: 'Troms Og Finnmark', names: null }]);
    expect(countyGroups(['Nordland'], 'Troms og Finnmark', (name) => (name === 'Nordland' ? 'Nordland' : null))).toEqual([{ county: 'Nordland', names: null }]);
  });
});
