// The behovsmelding form as a catalogue of fields. Co-editing saves one field at a time with its version, so two
// people editing different fields never collide and a same-field race is detected (save-field use case). A field
// is a text, a choice, or a whole table (the tiltak table, a budget table): a table is one field.
//
// Keys: fixed keys for sections 1–5 (`s1.tema`, `s5.ansvarligEier.orgnr`), the list of parts (`parts`), and
// per-part keys `parts.<partId>.<name>` for section 5's counts, section 6 and the two budget tables.
//
// Drafts are lenient: a field's draft schema checks only its shape and length (a half-typed budget line is kept);
// completeness and the rules are checked when the whole application is validated (validate-application.ts).
import { z } from 'zod';
import { msg } from '../shared/message-keys.ts';
import { clientCatalogue, type TCatalogue, type TQuestion } from '../questionnaire/catalogue.ts';
import type { LocalizedText } from '../shared/localized-text.ts';
import { BEHOVSMELDING_CATALOGUE_DATA } from './catalogue-data.ts';
import { MAX_LINE_DESCRIPTION } from './budget-line.ts';

const MAX_TEXT = 20_000;

/** `label`: the input as the form names it, when the field has several ("Beskrivelse" of a budget line). */
const zDraftText = (max = MAX_TEXT, label = msg('behovsmelding.label.text')) =>
  z
    .string({ error: msg('shared.mustBeText', { label: msg('behovsmelding.label.field') }) })
    .max(max, { message: msg('shared.tooLong', { label, max }) })
    .nullable();

const NOT_NUMBER = msg('behovsmelding.notNumber', { label: msg('behovsmelding.label.field') });
const zDraftNumber = z.number({ error: NOT_NUMBER }).finite({ message: NOT_NUMBER }).nullable();

const zRows = <T extends z.ZodType>(row: T, max = 200) =>
  z.array(row, { error: msg('behovsmelding.mustBeTable') }).max(max, { message: msg('behovsmelding.maxRows', { max }) });

// ---- Section 1 -------------------------------------------------------------------------------------------------

export const AREA_KEYS = ['spesialpedagogikk', 'inkludering', 'tverrfaglig', 'ledelse'] as const;
export type TAreaKey = (typeof AREA_KEYS)[number];
/** The areas of 1.5 as content texts, like the catalogue's: the form shows the reader's language, documents `nb`. */
export const AREA_LABELS: Record<TAreaKey, LocalizedText> = {
  spesialpedagogikk: { nb: 'Spesialpedagogiske områder', nn: 'Spesialpedagogiske område', en: 'Special needs education', se: 'Erenoamášpedagogalaš suorggit' },
  inkludering: { nb: 'Inkludering', nn: 'Inkludering', en: 'Inclusion', se: 'Searvadeapmi' },
  tverrfaglig: {
    nb: 'Tverrfaglig samhandling og organisering',
    nn: 'Tverrfagleg samhandling og organisering',
    en: 'Interdisciplinary cooperation and organisation',
    se: 'Fágaidrasttideaddji ovttasdoaibma ja organiseren',
  },
  ledelse: { nb: 'Ledelse og organisasjonsutvikling', nn: 'Leiing og organisasjonsutvikling', en: 'Leadership and organisational development', se: 'Jođiheapmi ja organisašuvdnaovdáneapmi' },
};

export const ZActivityRow = z.object({ uke: zDraftText(100), aktivitet: zDraftText(2000), hvem: zDraftText(500) });
export type TActivityRow = z.output<typeof ZActivityRow>;

// ---- Section 2 -------------------------------------------------------------------------------------------------

/** Numbered sub-goals, each with numbered sub-points ("2) … 1. … 2. …"). */
export const ZSubGoal = z.object({
  text: zDraftText(4000),
  points: zRows(z.object({ text: zDraftText(4000) }), 30),
});
export type TSubGoal = z.output<typeof ZSubGoal>;

/** One row of the tiltak table: "Tiltak 3" may have several rows (3.1 Fagfokus, 3.2 fordypningsdag). */
export const ZTiltakRow = z.object({
  /** "Tiltak 3", "3.2": as the applicant numbers it. */
  nummer: zDraftText(50),
  hva: zDraftText(2000),
  hvordan: zDraftText(4000),
  malgruppe: zDraftText(2000),
  nar: zDraftText(500),
  ansvar: zDraftText(2000),
});
export type TTiltakRow = z.output<typeof ZTiltakRow>;

/** The tiltak table per period ("HØST 24-VÅR 25"). */
export const ZTiltakPeriod = z.object({ periode: zDraftText(200), rader: zRows(ZTiltakRow, 100) });
export type TTiltakPeriod = z.output<typeof ZTiltakPeriod>;

// ---- Section 5 -------------------------------------------------------------------------------------------------

export const OWNER_KINDS = ['kommunal', 'fylkeskommunal', 'privat-barnehage', 'privat-skole', 'statlig', 'annen'] as const;
export type TOwnerKind = (typeof OWNER_KINDS)[number];

export const ZOtherOwner = z.object({
  navn: zDraftText(300),
  art: z.enum(OWNER_KINDS, { error: msg('behovsmelding.chooseOwnerKind') }).nullable(),
  kontaktperson: zDraftText(500),
});
export type TOtherOwner = z.output<typeof ZOtherOwner>;

export const ZUhInstitution = z.object({
  navn: zDraftText(300),
  kontaktperson: zDraftText(300),
  epost: zDraftText(254),
  orgnr: zDraftText(20),
  kontonr: zDraftText(20),
  betalingsreferanse: zDraftText(300),
});
export type TUhInstitution = z.output<typeof ZUhInstitution>;

// ---- Parts -----------------------------------------------------------------------------------------------------

export const ZPartId = z.string().regex(/^[a-z0-9-]{1,40}$/, { message: msg('behovsmelding.invalidPartId') });

export const ZPartHeader = z.object({
  id: ZPartId,
  name: zDraftText(200),
  /** The other office a part is applied for at (Evenes → `nordland`); null = this application's office. */
  otherOfficeId: z.string().max(50).nullable(),
  budgetYear: zDraftNumber,
});
export type TPartHeader = z.output<typeof ZPartHeader>;

// Drafts of the budget tables, section 6 and the counts: the shape of budget-line.ts, grant-use.ts and
// unit-counts.ts with every value optional. A line being typed (no description yet, a factor without a price) is
// kept; validate-application.ts runs the strict schemas.
const ZDraftFactor = z.object({ value: zDraftNumber, label: zDraftText(100).optional(), terms: z.array(z.number()).max(50).nullable().optional() });

/** How deep detail tables may nest (a line's details, a detail line's details, …). Real budgets use one level; the
 * schema is built to this depth instead of recursing, so no stored value can be deeper than the form allows. */
export const MAX_BUDGET_DETAIL_DEPTH = 3;

const ZDraftBudgetLineBase = z.object({
  kind: z.enum(['item', 'percentage', 'subtotal'], { error: msg('behovsmelding.chooseLineKind') }),
  id: z.string().max(50).nullable().optional(),
  description: zDraftText(MAX_LINE_DESCRIPTION, msg('shared.label.description')),
  factors: z.array(ZDraftFactor).max(10).optional(),
  unitPrice: zDraftNumber.optional(),
  statedAmount: zDraftNumber.optional(),
  percent: zDraftNumber.optional(),
  baseLineIds: z.array(z.string().max(50)).max(100).nullable().optional(),
});
type TDraftBudgetTable = {
  title?: string | null | undefined;
  lines: (z.output<typeof ZDraftBudgetLineBase> & { details?: TDraftBudgetTable | null | undefined })[];
  statedTotal?: number | null | undefined;
};

function draftBudgetTable(detailDepth: number): z.ZodType<TDraftBudgetTable> {
  const details =
    detailDepth > 0
      ? draftBudgetTable(detailDepth - 1).nullable().optional()
      : z.null({ error: msg('behovsmelding.detailsTooDeep', { max: MAX_BUDGET_DETAIL_DEPTH }) }).optional();
  return z.object({
    title: zDraftText(200).optional(),
    lines: zRows(ZDraftBudgetLineBase.extend({ details }), 500),
    statedTotal: zDraftNumber.optional(),
  });
}
export const ZDraftBudgetTable = draftBudgetTable(MAX_BUDGET_DETAIL_DEPTH);

const ZDraftGrantYear = z.object({
  year: zDraftNumber,
  ownerKr: zDraftNumber,
  uhKr: zDraftNumber,
  statedTotalKr: zDraftNumber.optional(),
  coFundingKr: zDraftNumber.optional(),
  coFundingPurpose: zDraftText(2000).optional(),
  shares: z.object({ kartlegging: zDraftNumber, planlegging: zDraftNumber, gjennomforing: zDraftNumber }),
  coordinatorOwnerKr: zDraftNumber.optional(),
  coordinatorUhKr: zDraftNumber.optional(),
  coordinatorNote: zDraftText(500).optional(),
});
export const ZDraftGrantUse = z.object({
  heldOverOwnerKr: zDraftNumber,
  heldOverUhKr: zDraftNumber,
  years: zRows(ZDraftGrantYear, 3),
  coordinatorJustification: z.object({ owner: zDraftText(4000), uh: zDraftText(4000) }),
  derived: z.boolean().optional(),
});

const ZDraftUnitCount = z.object({
  total: zDraftNumber,
  byMunicipality: zRows(z.object({ municipality: zDraftText(100), count: zDraftNumber }), 100),
});
export const ZDraftUnitCounts = z.record(z.string().max(40), ZDraftUnitCount);

// ---- The catalogue ---------------------------------------------------------------------------------------------
// The questions are data (catalogue-data.ts, in the questionnaire engine's format); what is code here is each
// question's draft schema: text by its length (a web address refined to http(s)), yes/no, and the schema of each
// custom component.

export type TFieldDef = {
  /** Form section 1–6 (the step it is edited in). */
  section: 1 | 2 | 3 | 4 | 5 | 6;
  /** The question in Bokmål, as documents and history (the archived record's language) and logs show it. */
  label: string;
  /** The question in every language of the catalogue: what the form shows, in the reader's language. */
  labels: LocalizedText;
  schema: z.ZodType;
  /** Must be filled to submit. */
  required: boolean;
  /** Text fields: the most characters the server takes; the form shows it (maxlength and a counter). */
  maxLength?: number;
};

export function isWebAddress(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The draft schema of each custom component the behovsmelding's catalogue names (its editors are in the web form). */
const CUSTOM_SCHEMAS: Record<string, z.ZodType> = {
  activities: zRows(ZActivityRow, 100),
  areas: z.array(z.enum(AREA_KEYS, { error: msg('behovsmelding.unknownArea') })).max(AREA_KEYS.length),
  'sub-goals': zRows(ZSubGoal, 30),
  tiltak: zRows(ZTiltakPeriod, 10),
  'other-owners': zRows(ZOtherOwner, 100),
  'uh-institutions': zRows(ZUhInstitution, 10),
  parts: zRows(ZPartHeader, 20),
  'unit-counts': ZDraftUnitCounts,
  'grant-use': ZDraftGrantUse.nullable(),
  budget: ZDraftBudgetTable.nullable(),
};

/** The behovsmelding's catalogue, checked by the engine with the components above. */
export const BEHOVSMELDING_CATALOGUE: TCatalogue = clientCatalogue(BEHOVSMELDING_CATALOGUE_DATA, { customComponents: Object.keys(CUSTOM_SCHEMAS) });

function draftSchemaOf(question: TQuestion): z.ZodType {
  switch (question.type) {
    case 'text':
    case 'longText': {
      const text = zDraftText(question.maxLength);
      // A link is shown to the office as a link: only web addresses, never `javascript:` or `data:`.
      return question.type === 'text' && question.inputType === 'url'
        ? text.refine((v) => v === null || v.trim() === '' || isWebAddress(v.trim()), { message: msg('behovsmelding.linkWebAddress') })
        : text;
    }
    case 'yesNo':
      return z.boolean({ error: msg('behovsmelding.chooseYesNo') }).nullable();
    case 'custom': {
      const schema = CUSTOM_SCHEMAS[question.component];
      if (schema) return schema;
      break;
    }
  }
  throw new Error(`Behovsmeldingen har ingen skjemadefinisjon for spørsmålet ${question.key} (${question.type})`);
}

type TDataQuestion = (typeof BEHOVSMELDING_CATALOGUE_DATA)['sections'][number]['questions'][number];
type TRepeatedQuestion = Extract<TDataQuestion, { repeatFor: string }>;
export type TFixedFieldKey = Exclude<TDataQuestion, TRepeatedQuestion>['key'];
export type TPartFieldName = TRepeatedQuestion['key'];

function fieldDefs(repeated: boolean): Record<string, TFieldDef> {
  return Object.fromEntries(
    BEHOVSMELDING_CATALOGUE.sections.flatMap((section, i) =>
      section.questions
        .filter((q) => (q.type === 'custom' && q.repeatFor !== undefined) === repeated)
        .map((q): [string, TFieldDef] => [
          q.key,
          {
            section: (i + 1) as TFieldDef['section'],
            label: q.label.nb,
            labels: q.label,
            schema: draftSchemaOf(q),
            required: q.required,
            ...(q.type === 'text' || q.type === 'longText' ? { maxLength: q.maxLength } : {}),
          },
        ]),
    ),
  );
}

/** The fields asked once (sections 1–5 and the list of parts), in form order. */
export const APPLICATION_FIELDS = fieldDefs(false) as Record<TFixedFieldKey, TFieldDef>;
/** The fields asked once per part (`parts.<partId>.<name>`), in form order. */
export const PART_FIELDS = fieldDefs(true) as Record<TPartFieldName, TFieldDef>;
export const PART_FIELD_NAMES = Object.keys(PART_FIELDS) as TPartFieldName[];

export type TFieldKey = TFixedFieldKey | `parts.${string}.${TPartFieldName}`;

export type TParsedFieldKey = { kind: 'fixed'; key: TFixedFieldKey } | { kind: 'part'; partId: string; name: TPartFieldName };

export function parseFieldKey(key: string): TParsedFieldKey | null {
  if (Object.hasOwn(APPLICATION_FIELDS, key)) return { kind: 'fixed', key: key as TFixedFieldKey };
  const m = /^parts\.([a-z0-9-]{1,40})\.([A-Za-z]+)$/.exec(key);
  if (m && Object.hasOwn(PART_FIELDS, m[2]!)) return { kind: 'part', partId: m[1]!, name: m[2] as TPartFieldName };
  return null;
}

export function fieldDef(key: string): TFieldDef | null {
  const parsed = parseFieldKey(key);
  if (!parsed) return null;
  return parsed.kind === 'fixed' ? APPLICATION_FIELDS[parsed.key] : PART_FIELDS[parsed.name];
}

export const partFieldKey = (partId: string, name: TPartFieldName): TFieldKey => `parts.${partId}.${name}`;

/** "1.1 Hva er tema …?" → "Hva er tema …": a message names the question without its number (in any language). */
export function withoutNumber(label: string): string {
  return label.replace(/^[\d.–-]+\s+/, '').replace(/\?$/, '');
}

/** The message key whose token names a field of the form: its text is the `name` param, the question without its
 * number in every language the catalogue gives, said in the reader's language wherever the message is rendered (the
 * server's error answers, the form; Bokmål in documents and logs). */
export const FIELD_NAME_MESSAGE = 'behovsmelding.label.question';

/** A field's name for a message's `{label}`, in the reader's language: a Sámi sentence must not name the field in
 * Bokmål (issue 12, point 11). */
export function fieldNameMsg(key: string): string {
  const def = fieldDef(key);
  const names = def ? Object.fromEntries(Object.entries(def.labels).map(([language, label]) => [language, withoutNumber(label)])) : { nb: key };
  return msg(FIELD_NAME_MESSAGE, { key, name: names as { nb: string } });
}

/** Field keys in form order: sections 1–5, then each part's fields in the order of `parts`. */
export function fieldKeysInOrder(parts: readonly { id: string }[]): TFieldKey[] {
  const fixed = Object.keys(APPLICATION_FIELDS) as TFixedFieldKey[];
  return [...fixed, ...parts.flatMap((p) => PART_FIELD_NAMES.map((n) => partFieldKey(p.id, n)))];
}

/** The most characters a text schema takes (its zod maximum), for the form's maxlength and counter; a table
 * column's by its name in the row schema. The form reads the limit from the same schema the server checks. */
export function textMaxLength(schema: z.ZodType | undefined): number | undefined {
  let s: z.ZodType | undefined = schema;
  while (s instanceof z.ZodNullable || s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  return s instanceof z.ZodString ? (s.maxLength ?? undefined) : undefined;
}
/** The row schema of a table field of the catalogue (1.3 activities, 5.2 owners, 5.3 UH, parts). */
export function rowSchemaOf(key: string): z.ZodObject | undefined {
  let s: z.ZodType | undefined = fieldDef(key)?.schema;
  while (s instanceof z.ZodNullable || s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  const element: unknown = s instanceof z.ZodArray ? s.element : undefined;
  return element instanceof z.ZodObject ? element : undefined;
}
export function columnMaxLength(row: z.ZodObject, name: string): number | undefined {
  return textMaxLength(row.shape[name] as z.ZodType | undefined);
}

/** A value counts as filled when it has content: non-blank text, a non-empty list, a boolean, a number. */
export function isFilled(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}
