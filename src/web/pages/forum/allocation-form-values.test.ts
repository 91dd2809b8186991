import { describe, expect, it } from 'vitest';
import { zodFieldErrors } from '../../forms/use-form.ts';
import {
  amountCells,
  applicationFormBody,
  applicationFormSchema,
  applicationValues,
  changedChoice,
  changedLines,
  ownerKey,
  uhKey,
  type AllocationApplication,
} from './allocation-form-values.ts';

const UIT = 'uit';
const SAMI = 'samas';

/** Nord-Troms as the demo has it: one part of this office asking in 2027 and 2028, one of another office. */
const app: AllocationApplication = {
  id: 'a1',
  partnershipId: 'p1',
  partnershipName: 'Kompetanseløftet Nord-Troms',
  status: 'sendt',
  documentNumber: '2026/9145-1',
  previousId: null,
  priority: null,
  reason: null,
  reasonNeeded: null,
  noIndividualEducation: null,
  uhRecipients: [
    { orgId: UIT, name: 'UiT Norges arktiske universitet', named: true },
    { orgId: SAMI, name: 'Sámi allaskuvla / Samisk høgskole', named: false },
  ],
  unmatchedUhNames: [],
  consumesReservations: [],
  parts: [
    {
      key: 'nord-troms',
      name: 'Nord-Troms',
      ownOffice: true,
      otherOfficeId: null,
      otherOfficeName: null,
      years: [
        { year: 2027, asked: { ownerKr: 375_000, uhKr: 552_000, coFundingKr: 0 }, proposed: { ownerKr: 375_000, uhKr: 552_000, uh: [{ orgId: UIT, amountKr: 552_000 }] } },
        { year: 2030, asked: { ownerKr: 1, uhKr: 0, coFundingKr: 0 }, proposed: { ownerKr: 0, uhKr: 0, uh: [] } },
      ],
    },
    {
      key: 'evenes',
      name: 'Evenes',
      ownOffice: false,
      otherOfficeId: 'nordland',
      otherOfficeName: 'Statsforvalteren i Nordland',
      years: [{ year: 2027, asked: { ownerKr: 59_000, uhKr: 145_767, coFundingKr: 0 }, proposed: null }],
    },
  ],
  years: [],
  cofunding: null,
};
const YEARS = [2027, 2028, 2029];

describe('the allocation form of one application', () => {
  it('offers an owner input and one per UH institution, for this office’s parts in the scenario’s years only', () => {
    expect(amountCells(app, YEARS).map((c) => c.key)).toEqual([ownerKey('nord-troms', 2027), uhKey('nord-troms', 2027, UIT), uhKey('nord-troms', 2027, SAMI)]);
    expect(applicationValues(app, YEARS)).toEqual({
      amounts: { 'nord-troms|2027|owner': '375\u00a0000', 'nord-troms|2027|uh|uit': '552\u00a0000', 'nord-troms|2027|uh|samas': '0' },
      priority: '',
      reason: '',
      education: '',
    });
  });

  it('sends only the lines that changed: a UH amount split between two institutions', () => {
    const values = applicationValues(app, YEARS);
    const body = applicationFormBody({ ...values, amounts: { ...values.amounts, 'nord-troms|2027|uh|uit': '352 000', 'nord-troms|2027|uh|samas': 'kr 200 000' } });
    expect(changedLines(app, YEARS, body)).toEqual([
      { applicationId: 'a1', partKey: 'nord-troms', year: 2027, recipient: 'uh', orgId: UIT, amountKr: 352_000 },
      { applicationId: 'a1', partKey: 'nord-troms', year: 2027, recipient: 'uh', orgId: SAMI, amountKr: 200_000 },
    ]);
    expect(changedChoice(app, body, false)).toBeNull();
  });

  it('an emptied amount removes the line (0), and a bad amount is refused with a label naming where it goes', () => {
    const values = applicationValues(app, YEARS);
    const emptied = applicationFormBody({ ...values, amounts: { ...values.amounts, 'nord-troms|2027|owner': ' ' } });
    expect(changedLines(app, YEARS, emptied)).toEqual([{ applicationId: 'a1', partKey: 'nord-troms', year: 2027, recipient: 'owner', orgId: null, amountKr: 0 }]);

    const bad = applicationFormBody({ ...values, amounts: { ...values.amounts, 'nord-troms|2027|owner': '12,5 mill' } });
    const schema = applicationFormSchema(Object.keys(values.amounts), (k) => `Foreslått ${k}`);
    const result = schema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(zodFieldErrors(result.error!).map((e) => e.field)).toEqual(['amounts.nord-troms|2027|owner']);
  });

  it('a priority, a reason and the checklist answer are sent when changed; the answer only where the scheme asks it', () => {
    const body = applicationFormBody({ ...applicationValues(app, YEARS), priority: ' 2 ', reason: 'Redusert: rammen strekker ikke til.', education: 'yes' });
    expect(changedChoice(app, body, true)).toEqual({ priority: 2, reason: 'Redusert: rammen strekker ikke til.', noIndividualEducation: true });
    expect(changedChoice(app, body, false)).toEqual({ priority: 2, reason: 'Redusert: rammen strekker ikke til.' });
    expect(applicationFormBody({ ...applicationValues(app, YEARS), priority: '' }).priority).toBeNull();
  });
});
