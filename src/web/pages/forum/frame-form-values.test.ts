import { describe, expect, it } from 'vitest';
import type { Frame } from '../../../domain/forum/frames-contract.ts';
import { renderNb } from '../../../domain/shared/message-catalogs.ts';
import { zodFieldErrors } from '../../forms/use-form.ts';
import { emptyFrameValues, frameFormBody, frameValues, ZFrameForm } from './frame-form-values.ts';

const stored: Frame = { schemeId: 'kompetanseloftet', year: 2027, amountKr: 14_500_000, confirmed: false, source: 'Anslag', version: 3, updatedAt: '2026-01-01T00:00:00.000Z', roundId: null, deletable: true, reservedProvisionalKr: 0, reservedBindingKr: 0, remainingKr: 14_500_000 };

describe('the frame form', () => {
  it('turns a new year into a body with no version, the amount as typed into kroner', () => {
    const body = frameFormBody({ ...emptyFrameValues('dekomp', ' 2028 '), amount: 'kr 6 000 000', confirmed: true }, [stored]);
    expect(body).toEqual({ schemeId: 'dekomp', year: '2028', amountKr: 6_000_000, confirmed: true, source: '', expectedVersion: null });
    expect(ZFrameForm.parse(body)).toEqual({ schemeId: 'dekomp', year: 2028, amountKr: 6_000_000, confirmed: true, source: null, expectedVersion: null });
  });

  it('corrects a stored year from the version the page shows', () => {
    const values = frameValues(stored);
    expect(values).toEqual({ schemeId: 'kompetanseloftet', year: '2027', amount: '14\u00a0500\u00a0000', confirmed: false, source: 'Anslag' });
    expect(frameFormBody({ ...values, amount: '15 000 000' }, [stored])).toMatchObject({ amountKr: 15_000_000, expectedVersion: 3 });
  });

  it('leaves what it cannot read for the schema to word', () => {
    const body = frameFormBody({ ...emptyFrameValues('kompetanseloftet', 'neste år'), amount: '12,5 mill' }, []);
    const errors = zodFieldErrors(ZFrameForm.safeParse(body).error!).map((e) => `${e.field}: ${renderNb(e.message)}`);
    expect(errors).toEqual(['year: Året må være et årstall mellom 2000 og 2100', 'amountKr: Rammebeløpet må være et beløp i hele kroner']);
    expect(zodFieldErrors(ZFrameForm.safeParse(frameFormBody(emptyFrameValues('kompetanseloftet', '2027'), [])).error!).map((e) => renderNb(e.message))).toEqual(['Rammebeløpet må fylles ut']);
  });
});
