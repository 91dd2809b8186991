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
import { msg } from '../shared/message-catalogs.ts';

const MAX_TEXT = 20_000;
const MAX_SHORT = 500;

const zDraftText = (max = MAX_TEXT) =>
  z
    .string({ error: msg('shared.mustBeText', { label: msg('behovsmelding.label.field') }) })
    .max(max, { message: msg('shared.tooLong', { label: msg('behovsmelding.label.text'), max }) })
    .nullable();

const NOT_NUMBER = msg('behovsmelding.notNumber', { label: msg('behovsmelding.label.field') });
const zDraftNumber = z.number({ error: NOT_NUMBER }).finite({ message: NOT_NUMBER }).nullable();

const zRows = <T extends z.ZodType>(row: T, max = 200) =>
  z.array(row, { error: msg('behovsmelding.mustBeTable') }).max(max, { message: msg('behovsmelding.maxRows', { max }) });

// ---- Section 1 -------------------------------------------------------------------------------------------------

export const AREA_KEYS = ['spesialpedagogikk', 'inkludering', 'tverrfaglig', 'ledelse'] as const;
export type TAreaKey = (typeof AREA_KEYS)[number];
export const AREA_LABELS: Record<TAreaKey, string> = {
  spesialpedagogikk: 'Spesialpedagogiske områder',
  inkludering: 'Inkludering',
  tverrfaglig: 'Tverrfaglig samhandling og organisering',
  ledelse: 'Ledelse og organisasjonsutvikling',
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
  description: zDraftText(500),
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

export type TFieldDef = {
  /** Form section 1–6 (the step it is edited in). */
  section: 1 | 2 | 3 | 4 | 5 | 6;
  /** The question as the form asks it (used in messages, history and documents): content in Bokmål, not a message key. */
  label: string;
  schema: z.ZodType;
  /** Must be filled to submit. */
  required: boolean;
  /** Text fields: the most characters the server takes; the form shows it (maxlength and a counter). */
  maxLength?: number;
};

const text = (section: TFieldDef['section'], label: string, required = true, max = MAX_TEXT): TFieldDef => ({
  section,
  label,
  schema: zDraftText(max),
  required,
  maxLength: max,
});

/** A link shown to the office as a link: only web addresses, never `javascript:` or `data:`. */
const link = (section: TFieldDef['section'], label: string, required = false, max = MAX_SHORT): TFieldDef => ({
  section,
  label,
  schema: zDraftText(max).refine((v) => v === null || v.trim() === '' || isWebAddress(v.trim()), {
    message: msg('behovsmelding.linkWebAddress'),
  }),
  required,
  maxLength: max,
});

export function isWebAddress(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export const APPLICATION_FIELDS = {
  's1.tema': text(1, '1.1 Hva er tema for kompetansetiltaket?'),
  's1.begrunnelse': text(1, '1.2 Hvorfor er temaet valgt?'),
  's1.kartleggingLenke': link(1, '1.2 Lenke til resultater fra kartleggingen'),
  's1.medvirkning': text(1, '1.3 Hvordan har de ansatte medvirket?'),
  's1.aktivitetsplan': { section: 1, label: '1.3 Aktiviteter (uke, aktivitet, hvem)', schema: zRows(ZActivityRow, 100), required: false },
  's1.samiskePerspektiver': text(1, '1.4 Hvordan er samiske perspektiver ivaretatt i de lokale prioriteringene av kompetansebehov?'),
  's1.omrader': {
    section: 1,
    label: '1.5 Hvilket område tilhører tiltaket?',
    schema: z.array(z.enum(AREA_KEYS, { error: msg('behovsmelding.unknownArea') })).max(AREA_KEYS.length),
    required: true,
  },
  's2.overordnetMal': text(2, '2.1 Overordnet langsiktig mål'),
  's2.langsiktigeMal': text(2, '2.1 Langsiktige mål', false),
  's2.delmal': { section: 2, label: '2.1 Delmål', schema: zRows(ZSubGoal, 30), required: true },
  's2.tiltak': { section: 2, label: '2.2 Tiltak', schema: zRows(ZTiltakPeriod, 10), required: true },
  's2.ppt': text(2, '2.3 Hvordan er PPT engasjert i tiltaket eller de ulike tiltakene?'),
  's2.kollektiveProsesser': text(2, '2.4 Hvordan bidrar tiltaket til kollektive prosesser for profesjonsutvikling?'),
  's2.malgrupper': text(2, '2.5 Hvem er målgruppen(e) for tiltakene?'),
  's2.start': text(2, '2.6 Oppstartstidspunkt for kompetansetiltakene', true, 200),
  's2.slutt': text(2, '2.7 Planlagt sluttidspunkt for kompetansetiltakene', true, 200),
  's2.uhErfaringer': text(2, '2.8 Hvordan skal universitet/høgskole bruke erfaringene til å videreutvikle lærerutdanningen?'),
  's2.evaluering': text(2, '2.9 Hvordan vurderes måloppnåelsen underveis og ved tiltakets slutt?'),
  's3.rekomp': text(3, '3.1 Rekomp', false, 4000),
  's3.dekomp': text(3, '3.1 Dekomp', false, 4000),
  's3.laeringsmiljo': text(3, '3.1 Læringsmiljøprosjektet', false, 4000),
  's3.oppfolging': text(3, '3.1 Oppfølgingsordningen', false, 4000),
  's4.kontaktNavn': text(4, '4.1 Kontaktpersonens navn', true, 200),
  's4.kontaktArbeidssted': text(4, '4.1 Kontaktpersonens arbeidssted', true, 300),
  's4.kontaktEpost': text(4, '4.2 Kontaktpersonens e-postadresse', true, 254),
  's4.kontaktTelefon': text(4, '4.2.1 Kontaktpersonens telefonnummer', true, 30),
  's4.lagetIPartnerskap': {
    section: 4,
    label: '4.3 Behovsmeldingen er laget i partnerskap med eiere og UH-institusjoner som inngår i partnerskapet',
    schema: z.boolean({ error: msg('behovsmelding.chooseYesNo') }).nullable(),
    required: true,
  },
  's5.ansvarligEier.navn': text(5, '5.1 Ansvarlig eier', true, 300),
  's5.ansvarligEier.kontaktperson': text(5, '5.1 Kontaktperson hos ansvarlig eier', true, 1000),
  's5.ansvarligEier.forvaltning': text(5, '5.1 Hvem forvalter midlene', false, 1000),
  's5.ansvarligEier.orgnr': text(5, '5.1 Organisasjonsnummer (ansvarlig eier)', true, 20),
  's5.ansvarligEier.kontonr': text(5, '5.1 Kontonummer (ansvarlig eier)', true, 20),
  's5.ansvarligEier.betalingsreferanse': text(5, '5.1 Hva utbetalingen skal merkes med (ansvarlig eier)', true, 300),
  's5.andreEiere': { section: 5, label: '5.2 Andre deltakende eiere', schema: zRows(ZOtherOwner, 100), required: false },
  's5.andreEiereMerknad': text(5, '5.2 Merknad om eierne', false, 4000),
  's5.uh': { section: 5, label: '5.3 Deltakende universitet og/eller høgskole', schema: zRows(ZUhInstitution, 10), required: true },
  's5.pptKontorer': text(5, '5.11 Hvilke PPT-kontorer skal delta, og på hvilken måte?'),
  's5.barnevern': text(5, '5.12 Hvilke barnevernskontor skal delta?', false),
  's5.helsestasjoner': text(5, '5.13 Hvilke helsestasjoner skal delta?', false),
  's5.andre': text(5, '5.14 Er det andre som skal delta?', false),
  's5.statped': text(5, '5.15 Dersom Statped skal være involvert, beskriv hvordan', false),
  's5.samarbeid': text(5, '5.16 Hvordan skal eier(e) og universitet/høgskole samarbeide i de ulike fasene?'),
  parts: { section: 6, label: 'Deler av behovsmeldingen', schema: zRows(ZPartHeader, 20), required: true },
} satisfies Record<string, TFieldDef>;

export type TFixedFieldKey = keyof typeof APPLICATION_FIELDS;

export const PART_FIELDS = {
  unitCounts: { section: 5, label: '5.4–5.10 Antall enheter som deltar', schema: ZDraftUnitCounts, required: true },
  grantUse: { section: 6, label: '6 Bruk av tilskuddsmidler', schema: ZDraftGrantUse.nullable(), required: true },
  ownerBudget: { section: 6, label: 'Budsjett eier', schema: ZDraftBudgetTable.nullable(), required: false },
  uhBudget: { section: 6, label: 'Budsjett UH', schema: ZDraftBudgetTable.nullable(), required: false },
} satisfies Record<string, TFieldDef>;

export type TPartFieldName = keyof typeof PART_FIELDS;
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
