import { describe, expect, it } from 'vitest';
import { officeName, otherOfficeNote } from './office-names.ts';

describe('office names in exports (issue 12, point 10)', () => {
  const round = (officeNames?: Record<string, string>) => ({ round: { officeNames } }) as never;

  it('exports show a part at another office by the office name, not its id ("søkes hos nordland")', () => {
    expect(otherOfficeNote(round({ nordland: 'Statsforvalteren i Nordland' }), 'nordland')).toBe('søkes hos Statsforvalteren i Nordland');
  });

  it('a snapshot from before the names were frozen is named from the reference list; an unknown id stays as it is', () => {
    expect(officeName(round(), 'nordland')).toBe('Statsforvalteren i Nordland');
    expect(officeName(round({}), 'atlantis')).toBe('atlantis');
    expect(officeName(round({}), 'constructor')).toBe('constructor');
  });
});
