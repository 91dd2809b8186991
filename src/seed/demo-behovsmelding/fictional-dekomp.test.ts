// The demo's Dekomp applications for the round awaiting the forum: each fits the field catalogue, is complete (the
// seed submits them), and Troms fylkeskommune declares too little co-funding in the first year, so the allocation
// screen has a Dekomp shortfall to flag.
import { describe, expect, it } from 'vitest';
import { fieldDef } from '../../domain/behovsmelding/application-fields.ts';
import { validateApplication } from '../../domain/behovsmelding/validate-application.ts';
import { requiredCofunding } from '../../domain/forum/cofunding.ts';
import { DEKOMP_APPLICATIONS, dekompTromsFkValues } from './fictional-dekomp.ts';

describe('the fictional Dekomp applications', () => {
  it('fit the catalogue, use only example.org addresses, and are complete: no errors, no warnings', () => {
    for (const app of DEKOMP_APPLICATIONS) {
      const values = app.values(2031);
      for (const [key, value] of Object.entries(values)) expect(fieldDef(key)?.schema.safeParse(value).success, `${app.key} ${key}`).toBe(true);
      for (const email of JSON.stringify(values).match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? []) expect(email).toMatch(/@example\.org$/);
      expect(validateApplication(values, { coordinatorAllowed: true }).issues, app.key).toEqual([]);
    }
  });

  it('Troms fylkeskommune declares 15 000 too little co-funding in its first year, enough in its second', () => {
    const grantUse = dekompTromsFkValues(2031)['parts.troms-fk.grantUse'] as { years: { year: number; ownerKr: number; coFundingKr: number }[] };
    expect(grantUse.years.map((y) => [y.year, requiredCofunding(30, y.ownerKr) - y.coFundingKr])).toEqual([
      [2031, 15_000],
      [2032, -5_000],
    ]);
  });
});
