// The fictional demo applications: each belongs to a partnership of demo.json, fits the field catalogue, and is in
// the state the seed expects — Nord-Troms can be submitted, the Evenes draft lacks only a few fields, and the Dekomp
// one has exactly its deliberate errors.
import { describe, expect, it } from 'vitest';
import { fieldDef } from '../../domain/behovsmelding/application-fields.ts';
import { errorsOf, warningsOf } from '../../domain/behovsmelding/budget-issue.ts';
import { validateApplication } from '../../domain/behovsmelding/validate-application.ts';
import { readReferenceJson } from '../../db/reference-files.ts';
import { FICTIONAL_APPLICATIONS, dekompTromsFk2024Values, evenesNordland2024DraftValues, nordTroms2024Values } from './fictional.ts';

const validate = (values: Record<string, unknown>) => validateApplication(values, { coordinatorAllowed: true });
const codesAt = (issues: { code: string; path: string }[]) => issues.map((i) => `${i.code} ${i.path}`);

describe('fictional demo applications', () => {
  it('each belongs to a partnership of demo.json in the office and scheme of its round', () => {
    const { partnerships } = readReferenceJson<{ partnerships: { name: string; office: string; scheme: string }[] }>('demo.json');
    for (const app of FICTIONAL_APPLICATIONS) {
      const partnership = partnerships.find((p) => p.name === app.partnershipName);
      expect(partnership, app.key).toBeDefined();
      expect([partnership?.office, partnership?.scheme]).toEqual([app.round.officeId, app.round.schemeId]);
    }
    expect(new Set(FICTIONAL_APPLICATIONS.map((a) => a.partnershipName)).size).toBe(FICTIONAL_APPLICATIONS.length);
  });

  it('use only fields of the catalogue, each value in its draft shape, and only example.org addresses', () => {
    for (const app of FICTIONAL_APPLICATIONS) {
      const values = app.values();
      for (const [key, value] of Object.entries(values)) {
        const parsed = fieldDef(key)?.schema.safeParse(value);
        expect(parsed?.success, `${app.key} ${key}`).toBe(true);
      }
      for (const email of JSON.stringify(values).match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? []) expect(email).toMatch(/@example\.org$/);
    }
  });

  it('Nord-Troms is complete: no errors, no warnings', () => {
    const validation = validate(nordTroms2024Values());
    expect(validation.issues).toEqual([]);
    expect(validation.totals?.office).toEqual({ owner: 375_000, uh: 552_000, total: 927_000 });
    expect(FICTIONAL_APPLICATIONS.filter((a) => a.intent === 'submit').map((a) => a.key)).toEqual(['nord-troms-2024']);
  });

  it('the Evenes draft lacks 2.9, the phone number and Nord universitet’s payment details, nothing else', () => {
    const validation = validate(evenesNordland2024DraftValues());
    expect(codesAt(validation.issues)).toEqual(['REQUIRED s2.evaluering', 'REQUIRED s4.kontaktTelefon', 'REQUIRED s5.uh.0.orgnr', 'REQUIRED s5.uh.0.kontonr']);
    expect(validation.totals?.office).toEqual({ owner: 36_600, uh: 48_000, total: 84_600 });
  });

  it('the Dekomp application has exactly its deliberate errors and one warning', () => {
    const validation = validate(dekompTromsFk2024Values());
    expect(codesAt(errorsOf(validation.issues))).toEqual([
      'REQUIRED s2.tiltak.0.rader.1.hva',
      'INVALID s5.ansvarligEier.kontonr',
      'SHARES_NOT_100 parts.troms-fk.grantUse.years.0.shares',
      'BREAKDOWN_MISMATCH parts.troms-fk.unitCounts.fylkeskommunaleVgs.total',
    ]);
    expect(codesAt(warningsOf(validation.issues))).toEqual(['STATED_DIFFERS parts.troms-fk.ownerBudget.lines.0.statedAmount']);
    expect(validation.sections.find((s) => s.section === 6)?.status).toBe('har-feil');
  });
});
