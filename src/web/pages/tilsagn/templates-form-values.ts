// Form state of one letter template (issue 14 point 3) and its conversion to the body of PUT …/letter-templates/
// :schemeId/:kind/:language (ZLetterTemplateInput). A section's key is the template's structure and stays as it is;
// its heading and body are edited. Only a Sámi translation carries a review state: a Norwegian template is the
// decision's own text and always used, so its body sends none.
import { SAMI_LETTER_LANGUAGES, type TLetterLanguage } from '../../../domain/tilsagn/letter-input.ts';
import type { LetterTemplateOut } from '../../../domain/tilsagn/templates-contract.ts';

export type TemplateSectionValues = { key: string; heading: string; body: string };
export type TemplateFormValues = { sections: TemplateSectionValues[]; reviewed: boolean };

export const isSamiLanguage = (language: string) => (SAMI_LETTER_LANGUAGES as readonly string[]).includes(language);

/**
 * The template in the form. `start`: the sections to begin from when the template has none in its language yet
 * (a Lule or South Sámi translation starts from the Bokmål text); its review state starts as a draft.
 */
export function templateValues(template: LetterTemplateOut, start?: readonly TemplateSectionValues[]): TemplateFormValues {
  const sections = template.sections.length > 0 ? template.sections : (start ?? []);
  return { sections: sections.map(({ key, heading, body }) => ({ key, heading, body })), reviewed: template.status === 'reviewed' };
}

export function templateFormBody(v: TemplateFormValues, template: { language: TLetterLanguage | string; version: number }) {
  return {
    sections: v.sections.map(({ key, heading, body }) => ({ key, heading, body })),
    ...(isSamiLanguage(template.language) ? { status: v.reviewed ? ('reviewed' as const) : ('draft' as const) } : {}),
    expectedVersion: template.version,
  };
}

/** The template a page shows, from its address (`?ordning=…&brev=…&sprak=…`); null until all three are given. */
export type TemplateChoice = { schemeId: string; kind: string; language: string };
export function templateChoiceOf(search: URLSearchParams): TemplateChoice | null {
  const schemeId = search.get('ordning');
  const kind = search.get('brev');
  const language = search.get('sprak');
  return schemeId && kind && language ? { schemeId, kind, language } : null;
}

/** The address of a choice, keeping the office: `?embete=…&ordning=…&brev=…&sprak=…`. */
export function templateSearch(officeId: string | null, choice: TemplateChoice): string {
  const params = new URLSearchParams();
  if (officeId) params.set('embete', officeId);
  params.set('ordning', choice.schemeId);
  params.set('brev', choice.kind);
  params.set('sprak', choice.language);
  return `?${params.toString()}`;
}
