// The tilsagn module's API, part "templates" (issue 14, point 3): an office's letter templates per scheme, kind
// (tilsagn, avslag) and language — the default in code until the office edits one; a Sámi translation marked
// reviewed or draft (only a reviewed one is sent). Read by the office's people, edited by its case officers.
import { z } from 'zod';
import { endpoint, zInstant } from '../shared/endpoint.ts';
import { LETTER_LANGUAGES } from './letter-input.ts';
import { LETTER_FIELD_NAMES, LETTER_KINDS, TEMPLATE_STATUSES, ZLetterTemplateInput } from './letter-template.ts';
import { TILSAGN_VERBS } from './policy.ts';

const ZSection = z.strictObject({ key: z.string(), heading: z.string(), body: z.string() });

/** One template as the list shows it: where it comes from and its state, without its text. */
export const ZLetterTemplateSummary = z.strictObject({
  schemeId: z.string(),
  kind: z.enum(LETTER_KINDS),
  language: z.enum(LETTER_LANGUAGES),
  /** 'office': the office edited it; 'default': the text in code; 'none': no template in this language yet. */
  source: z.enum(['office', 'default', 'none']),
  /** 'reviewed' for Norwegian; a translation's review state; null when there is none. */
  status: z.enum(TEMPLATE_STATUSES).nullable(),
  /** 0 while the default (or none) is used: the first save starts from it. */
  version: z.number(),
  updatedByName: z.string().nullable(),
  updatedAt: zInstant.nullable(),
});

export const ZLetterTemplate = ZLetterTemplateSummary.extend({ sections: z.array(ZSection) });
export type LetterTemplateOut = z.output<typeof ZLetterTemplate>;

export const ZLetterTemplateList = z.strictObject({
  officeId: z.string(),
  /** The verbs this actor has on the office's tilsagn: the page offers editing with `edit-templates`. */
  allowed: z.array(z.enum(TILSAGN_VERBS)),
  schemes: z.array(z.strictObject({ schemeId: z.string(), schemeName: z.object({ nb: z.string() }).catchall(z.string()), templates: z.array(ZLetterTemplateSummary) })),
});

const ZTemplateAnswer = z.strictObject({
  template: ZLetterTemplate,
  /** The field names a body may use ({purpose} …). */
  fields: z.array(z.enum(LETTER_FIELD_NAMES)),
  allowed: z.array(z.enum(TILSAGN_VERBS)),
});

const ZOfficeParams = z.strictObject({ officeId: z.string() });
/** Kind and language stay text here: the use case words the complaint about an unknown one. */
const ZTemplateParams = z.strictObject({ officeId: z.string(), schemeId: z.string(), kind: z.string(), language: z.string() });

export const templatesContract = {
  listLetterTemplates: endpoint({
    method: 'GET',
    path: '/api/tilsagn/offices/:officeId/letter-templates',
    summary: 'Embetets brevmaler for tilsagn og avslag per ordning og språk',
    access: 'saksbehandler, budsjettdisponent, samarbeidsforum og lesere i embetet',
    params: ZOfficeParams,
    response: ZLetterTemplateList,
  }),
  getLetterTemplate: endpoint({
    method: 'GET',
    path: '/api/tilsagn/offices/:officeId/letter-templates/:schemeId/:kind/:language',
    summary: 'Én brevmal med tekst og felt (embetets egen eller standardmalen)',
    access: 'saksbehandler, budsjettdisponent, samarbeidsforum og lesere i embetet',
    params: ZTemplateParams,
    response: ZTemplateAnswer,
  }),
  updateLetterTemplate: endpoint({
    method: 'PUT',
    path: '/api/tilsagn/offices/:officeId/letter-templates/:schemeId/:kind/:language',
    summary: 'Lagrer embetets brevmal; en samisk oversettelse merkes som gjennomgått eller utkast',
    access: 'saksbehandler i embetet',
    params: ZTemplateParams,
    body: ZLetterTemplateInput,
    response: z.strictObject({ template: ZLetterTemplate }),
  }),
} as const;
