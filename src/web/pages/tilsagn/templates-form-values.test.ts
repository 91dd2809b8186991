import { describe, expect, it } from 'vitest';
import { renderNb } from '../../../domain/shared/message-catalogs.ts';
import { ZLetterTemplateInput } from '../../../domain/tilsagn/letter-template.ts';
import type { LetterTemplateOut } from '../../../domain/tilsagn/templates-contract.ts';
import { zodFieldErrors } from '../../forms/use-form.ts';
import { templateChoiceOf, templateFormBody, templateSearch, templateValues } from './templates-form-values.ts';

const base: LetterTemplateOut = {
  schemeId: 'kompetanseloftet',
  kind: 'tilsagn',
  language: 'nb',
  source: 'default',
  status: 'reviewed',
  version: 0,
  updatedByName: null,
  updatedAt: null,
  sections: [
    { key: 'vedtak', heading: 'Vedtak', body: '{officeName} gir tilsagn om {grantedTotal}.' },
    { key: 'klage', heading: 'Klage', body: 'Klagen sendes til {appealBody}.' },
  ],
};

describe('the letter template form', () => {
  it('saves a Norwegian template from the default (version 0) with no review state', () => {
    const values = templateValues(base);
    values.sections[1]!.body = 'Du kan klage til {appealBody} innen tre uker.';
    const body = templateFormBody(values, base);
    expect(body).toEqual({ sections: [base.sections[0], { key: 'klage', heading: 'Klage', body: 'Du kan klage til {appealBody} innen tre uker.' }], expectedVersion: 0 });
    expect(ZLetterTemplateInput.parse(body)).toEqual(body);
  });

  it('marks a Sámi translation reviewed only when the box is ticked', () => {
    const se = { ...base, language: 'se' as const, source: 'office' as const, status: 'draft' as const, version: 3 };
    const values = templateValues(se);
    expect(values.reviewed).toBe(false);
    expect(templateFormBody(values, se)).toMatchObject({ status: 'draft', expectedVersion: 3 });
    expect(templateFormBody({ ...values, reviewed: true }, se)).toMatchObject({ status: 'reviewed', expectedVersion: 3 });
  });

  it('starts a translation that does not exist yet from the sections given, as a draft', () => {
    const none = { ...base, language: 'smj' as const, source: 'none' as const, status: null, sections: [] };
    expect(templateValues(none, base.sections)).toEqual({ sections: base.sections, reviewed: false });
    expect(templateFormBody(templateValues(none, base.sections), none)).toMatchObject({ status: 'draft', expectedVersion: 0 });
  });

  it('names an empty body at its field, as the error summary links it', () => {
    const values = templateValues(base);
    values.sections[0]!.body = '  ';
    const errors = zodFieldErrors(ZLetterTemplateInput.safeParse(templateFormBody(values, base)).error!).map((e) => `${e.field}: ${renderNb(e.message)}`);
    expect(errors).toEqual(['sections.0.body: Teksten i hver del av brevmalen må fylles ut og kan ha høyst 10 000 tegn']);
  });

  it('reads and writes the chosen template in the address, keeping the office', () => {
    const choice = { schemeId: 'dekomp', kind: 'avslag', language: 'nn' };
    const search = templateSearch('troms-og-finnmark', choice);
    expect(search).toBe('?embete=troms-og-finnmark&ordning=dekomp&brev=avslag&sprak=nn');
    expect(templateChoiceOf(new URLSearchParams(search))).toEqual(choice);
    expect(templateChoiceOf(new URLSearchParams('?ordning=dekomp&brev=avslag'))).toBeNull();
  });
});
