// A questionnaire's catalogue as data (issue 10, point 2; ADR 020): the questions of a form, in sections, as a JSON
// document with an id and a version, checked by this schema before it is published. It plays the part that
// src/domain/behovsmelding/application-fields.ts plays for the behovsmelding, but as data: a new form is a JSON file,
// not code. A published version never changes (a changed form is a new version), so an answer saved under a version
// is always read under the questions it was given for.
//
// Question types: text (max length), longText, number (min/max, integer), choice (options), multiChoice, yesNo, date
// and table (columns of the simple types, max rows). Each has a `key` (unique in the catalogue: the field the answer
// is saved under), a `label`, an optional `help`, `required`, and an optional `condition` ({ key, equals } or
// { key, in: [...] } on an earlier choice or yes/no question): the question applies only when it holds. Texts are
// content texts with one text per language, Bokmål required (src/domain/shared/localized-text.ts).
//
// A client of the engine whose form has parts no generic type can draw (the behovsmelding's budget tables, its list
// of parts) declares them as `custom` questions naming a `component` the client supplies — with its own answer
// schema and editor. Such a catalogue is checked with the client's component names (`checkCatalogue(c, { customComponents })`);
// a catalogue published through the API may have none. A custom question with `repeatFor` is asked once per row of
// an earlier custom or table question (rows with an `id`), its answer saved under `<repeatFor>.<rowId>.<key>`.
// Optional `heading` draws a sub-heading before a question; a text question's `inputType` and `autoComplete` tell
// the browser what it holds (e-mail, phone, web address), as the HTML attributes do.
import { z } from 'zod';
import { msg } from '../shared/message-keys.ts';
import { resolveText, zLocalizedText, type LocalizedText } from '../shared/localized-text.ts';

// ---- Limits ------------------------------------------------------------------------------------------------------

export const MAX_TEXT_LENGTH = 2_000;
export const MAX_LONG_TEXT_LENGTH = 20_000;
export const MAX_CELL_TEXT_LENGTH = 1_000;
export const MAX_TABLE_ROWS = 200;
export const MAX_TABLE_COLUMNS = 12;
export const MAX_OPTIONS = 100;
export const MAX_QUESTIONS_PER_SECTION = 200;
export const MAX_SECTIONS = 50;

/** How a questionnaire's answers are stored (ADR 020): filled in together, with versioned fields, history and a
 * frozen submission; or anonymously, one row per answer at submit, linked to no one. */
export const STORAGE_KINDS = ['co-edited', 'anonymous'] as const;
export type TStorageKind = (typeof STORAGE_KINDS)[number];

/** The types the engine draws, validates and stores itself; beside them a client's `custom` questions. */
export const QUESTION_TYPES = ['text', 'longText', 'number', 'choice', 'multiChoice', 'yesNo', 'date', 'table'] as const;
export const TEXT_INPUT_TYPES = ['text', 'email', 'tel', 'url'] as const;
export type TQuestionType = (typeof QUESTION_TYPES)[number] | 'custom';

// ---- Building blocks ---------------------------------------------------------------------------------------------

const KEY = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/;
const ID = /^[a-z0-9][a-z0-9-]{0,59}$/;

/** A question's key may have dotted segments ("s5.ansvarligEier.navn"), each starting with a letter, so a row number
 * in an issue's path ("key.3.column") is never taken for part of a key. */
const QUESTION_KEY = /^(?=.{1,60}$)[A-Za-z][A-Za-z0-9_-]*(\.[A-Za-z][A-Za-z0-9_-]*)*$/;

const zKey = z.string({ error: msg('questionnaire.catalogue.keyInvalid') }).regex(KEY, { message: msg('questionnaire.catalogue.keyInvalid') });
const zQuestionKey = z.string({ error: msg('questionnaire.catalogue.keyInvalid') }).regex(QUESTION_KEY, { message: msg('questionnaire.catalogue.keyInvalid') });
const zId = z.string({ error: msg('questionnaire.catalogue.idInvalid') }).regex(ID, { message: msg('questionnaire.catalogue.idInvalid') });
const zFlag = z.boolean({ error: msg('questionnaire.catalogue.mustBeBoolean') });
const zLimit = z.number({ error: msg('questionnaire.catalogue.mustBeNumber') }).finite({ message: msg('questionnaire.catalogue.mustBeNumber') });

const zMaxLength = (max: number, fallback: number) =>
  z
    .number({ error: msg('questionnaire.catalogue.maxLengthInvalid', { max }) })
    .int({ message: msg('questionnaire.catalogue.maxLengthInvalid', { max }) })
    .min(1, { message: msg('questionnaire.catalogue.maxLengthInvalid', { max }) })
    .max(max, { message: msg('questionnaire.catalogue.maxLengthInvalid', { max }) })
    .default(fallback);

const zList = <T extends z.ZodType>(item: T, max: number, emptyMessage: string) =>
  z.array(item).min(1, { message: emptyMessage }).max(max, { message: msg('questionnaire.catalogue.tooMany', { max }) });

/** Objects refuse keys they do not know: a misspelt `requried` is an error, not a silently optional question. */
const objectError = (issue: { code?: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys' ? msg('questionnaire.catalogue.unknownProperty', { keys: (issue.keys ?? []).join(', ') }) : undefined;
const strict = <T extends z.core.$ZodLooseShape>(shape: T) => z.strictObject(shape, { error: objectError });

const zQuestionLabel = zLocalizedText(msg('questionnaire.label.question'), 1_000);
const zHelp = zLocalizedText(msg('questionnaire.label.help'), 4_000).optional();

const ZOption = strict({ value: zKey, label: zLocalizedText(msg('questionnaire.label.option'), 500) });
const zOptions = zList(ZOption, MAX_OPTIONS, msg('questionnaire.catalogue.noOptions'));

const zConditionValue = z.union([z.string().max(60), z.boolean()]);
/** The question applies only when the earlier question `key` is answered `equals`, or one of `in`. */
export const ZCondition = z.union(
  [
    z.strictObject({ key: zQuestionKey, equals: zConditionValue }),
    z.strictObject({ key: zQuestionKey, in: z.array(zConditionValue).min(1).max(MAX_OPTIONS) }),
  ],
  { error: msg('questionnaire.catalogue.conditionInvalid') },
);
export type TCondition = z.output<typeof ZCondition>;

const questionBase = {
  key: zQuestionKey,
  label: zQuestionLabel,
  help: zHelp,
  required: zFlag.default(false),
  condition: ZCondition.optional(),
  heading: zLocalizedText(msg('questionnaire.label.heading'), 300).optional(),
};

const textInput = {
  inputType: z.enum(TEXT_INPUT_TYPES, { error: msg('questionnaire.catalogue.inputTypeInvalid') }).optional(),
  /** An HTML autocomplete token ("name", "email", "organization"). */
  autoComplete: z.string().regex(/^[a-z][a-z -]{0,59}$/, { message: msg('questionnaire.catalogue.autoCompleteInvalid') }).optional(),
};

const numberLimits = { min: zLimit.optional(), max: zLimit.optional(), integer: zFlag.default(false) };

// ---- Table columns -----------------------------------------------------------------------------------------------

const columnBase = { key: zKey, label: zLocalizedText(msg('questionnaire.label.column'), 300), required: zFlag.default(false) };

export const ZColumn = z.discriminatedUnion(
  'type',
  [
    strict({ type: z.literal('text'), ...columnBase, maxLength: zMaxLength(MAX_CELL_TEXT_LENGTH, 200) }),
    strict({ type: z.literal('number'), ...columnBase, ...numberLimits }),
    strict({ type: z.literal('choice'), ...columnBase, options: zOptions }),
    strict({ type: z.literal('yesNo'), ...columnBase }),
    strict({ type: z.literal('date'), ...columnBase }),
  ],
  { error: msg('questionnaire.catalogue.columnTypeInvalid') },
);
export type TColumn = z.output<typeof ZColumn>;

// ---- Questions ---------------------------------------------------------------------------------------------------

export const ZQuestion = z.discriminatedUnion(
  'type',
  [
    strict({ type: z.literal('text'), ...questionBase, ...textInput, maxLength: zMaxLength(MAX_TEXT_LENGTH, 500) }),
    strict({ type: z.literal('longText'), ...questionBase, maxLength: zMaxLength(MAX_LONG_TEXT_LENGTH, 4_000) }),
    strict({ type: z.literal('number'), ...questionBase, ...numberLimits }),
    strict({ type: z.literal('choice'), ...questionBase, options: zOptions }),
    strict({ type: z.literal('multiChoice'), ...questionBase, options: zOptions }),
    strict({ type: z.literal('yesNo'), ...questionBase }),
    strict({ type: z.literal('date'), ...questionBase }),
    strict({
      type: z.literal('table'),
      ...questionBase,
      columns: zList(ZColumn, MAX_TABLE_COLUMNS, msg('questionnaire.catalogue.noColumns')),
      maxRows: z
        .number({ error: msg('questionnaire.catalogue.maxRowsInvalid', { max: MAX_TABLE_ROWS }) })
        .int({ message: msg('questionnaire.catalogue.maxRowsInvalid', { max: MAX_TABLE_ROWS }) })
        .min(1, { message: msg('questionnaire.catalogue.maxRowsInvalid', { max: MAX_TABLE_ROWS }) })
        .max(MAX_TABLE_ROWS, { message: msg('questionnaire.catalogue.maxRowsInvalid', { max: MAX_TABLE_ROWS }) })
        .default(50),
    }),
    strict({ type: z.literal('custom'), ...questionBase, component: zKey, repeatFor: zQuestionKey.optional() }),
  ],
  { error: msg('questionnaire.catalogue.typeInvalid') },
);
export type TQuestion = z.output<typeof ZQuestion>;
export type TQuestionOf<T extends TQuestionType> = Extract<TQuestion, { type: T }>;
export type TOption = z.output<typeof ZOption>;

export const ZSection = strict({
  id: zKey,
  title: zLocalizedText(msg('questionnaire.label.sectionTitle'), 300),
  description: zLocalizedText(msg('questionnaire.label.description'), 4_000).optional(),
  questions: zList(ZQuestion, MAX_QUESTIONS_PER_SECTION, msg('questionnaire.catalogue.noQuestions')),
});
export type TSection = z.output<typeof ZSection>;

/** The catalogue's shape, without the checks across questions (see `checkCatalogue`). */
export const ZCatalogueShape = z.strictObject(
  {
    id: zId,
    version: z
      .number({ error: msg('questionnaire.catalogue.versionInvalid') })
      .int({ message: msg('questionnaire.catalogue.versionInvalid') })
      .min(1, { message: msg('questionnaire.catalogue.versionInvalid') })
      .max(1_000_000, { message: msg('questionnaire.catalogue.versionInvalid') }),
    storage: z.enum(STORAGE_KINDS, { error: msg('questionnaire.catalogue.storageInvalid') }),
    title: zLocalizedText(msg('questionnaire.label.title'), 300),
    description: zLocalizedText(msg('questionnaire.label.description'), 4_000).optional(),
    sections: zList(ZSection, MAX_SECTIONS, msg('questionnaire.catalogue.noSections')),
  },
  { error: (issue) => (issue.code === 'invalid_type' ? msg('questionnaire.catalogue.mustBeObject') : objectError(issue)) },
);
export type TCatalogue = z.output<typeof ZCatalogueShape>;
/** A catalogue as written in JSON (defaults not yet filled in). */
export type TCatalogueInput = z.input<typeof ZCatalogueShape>;

// ---- Checks across questions -------------------------------------------------------------------------------------

export type TCatalogueProblem = { path: (string | number)[]; message: string };

/**
 * What the schema cannot see question by question: section ids and question keys are unique (a key is the field an
 * answer is saved under), a table's column keys are unique, options are there and unique, min ≤ max, and a condition
 * points to an earlier choice or yes/no question and to an answer that question can have. Messages are tokens.
 */
export type TCatalogueCheckOptions = {
  /** The custom components the form's client supplies; a custom question naming another is a problem. */
  customComponents?: readonly string[];
};

export function checkCatalogue(catalogue: TCatalogue, options: TCatalogueCheckOptions = {}): TCatalogueProblem[] {
  const customComponents = new Set(options.customComponents ?? []);
  // A question may repeat for the rows of a question anywhere in the form (rows are a list, not an earlier answer).
  const allQuestions = new Map(questionsInOrder(catalogue).map((p) => [p.question.key, p.question] as const));
  const problems: TCatalogueProblem[] = [];
  const sectionIds = new Set<string>();
  const earlier = new Map<string, TQuestion>();
  const keysSeen = new Set<string>();

  catalogue.sections.forEach((section, s) => {
    const at = (...rest: (string | number)[]) => ['sections', s, ...rest];
    if (sectionIds.has(section.id)) problems.push({ path: at('id'), message: msg('questionnaire.catalogue.duplicateSection', { id: section.id }) });
    sectionIds.add(section.id);
    if (section.questions.length === 0) problems.push({ path: at('questions'), message: msg('questionnaire.catalogue.noQuestions') });

    section.questions.forEach((question, q) => {
      const here = (...rest: (string | number)[]) => at('questions', q, ...rest);
      if (keysSeen.has(question.key)) problems.push({ path: here('key'), message: msg('questionnaire.catalogue.duplicateKey', { key: question.key }) });
      keysSeen.add(question.key);

      if (question.condition) problems.push(...conditionProblems(question.condition, earlier, here('condition')));
      if (question.type === 'choice' || question.type === 'multiChoice') problems.push(...optionProblems(question.options, here('options')));
      if (question.type === 'number') problems.push(...limitProblems(question, here()));
      if (question.type === 'custom') problems.push(...customProblems(question, customComponents, allQuestions, here));
      if (question.type === 'table') {
        if (question.columns.length === 0) problems.push({ path: here('columns'), message: msg('questionnaire.catalogue.noColumns') });
        const columnKeys = new Set<string>();
        question.columns.forEach((column, c) => {
          const col = (...rest: (string | number)[]) => here('columns', c, ...rest);
          if (columnKeys.has(column.key)) problems.push({ path: col('key'), message: msg('questionnaire.catalogue.duplicateColumn', { key: column.key }) });
          columnKeys.add(column.key);
          if (column.type === 'choice') problems.push(...optionProblems(column.options, col('options')));
          if (column.type === 'number') problems.push(...limitProblems(column, col()));
        });
      }
      // Only questions before this one may be named by a later condition (and not this one by itself).
      if (!earlier.has(question.key)) earlier.set(question.key, question);
    });
  });
  return problems;
}

function customProblems(
  question: TQuestionOf<'custom'>,
  components: ReadonlySet<string>,
  questions: ReadonlyMap<string, TQuestion>,
  here: (...rest: (string | number)[]) => (string | number)[],
): TCatalogueProblem[] {
  const problems: TCatalogueProblem[] = [];
  if (!components.has(question.component))
    problems.push({ path: here('component'), message: msg('questionnaire.catalogue.customUnknown', { component: question.component }) });
  if (question.repeatFor !== undefined) {
    const rows = questions.get(question.repeatFor);
    if (!rows || (rows.type !== 'custom' && rows.type !== 'table') || (rows.type === 'custom' && rows.repeatFor !== undefined))
      problems.push({ path: here('repeatFor'), message: msg('questionnaire.catalogue.repeatForInvalid', { key: question.repeatFor }) });
  }
  return problems;
}

function optionProblems(options: readonly TOption[], path: (string | number)[]): TCatalogueProblem[] {
  if (options.length === 0) return [{ path, message: msg('questionnaire.catalogue.noOptions') }];
  const seen = new Set<string>();
  return options.flatMap((option, i) => {
    const duplicate = seen.has(option.value);
    seen.add(option.value);
    return duplicate ? [{ path: [...path, i, 'value'], message: msg('questionnaire.catalogue.duplicateOption', { value: option.value }) }] : [];
  });
}

function limitProblems(limits: { min?: number | undefined; max?: number | undefined }, path: (string | number)[]): TCatalogueProblem[] {
  return limits.min !== undefined && limits.max !== undefined && limits.min > limits.max
    ? [{ path: [...path, 'min'], message: msg('questionnaire.catalogue.minAboveMax', { min: limits.min, max: limits.max }) }]
    : [];
}

function conditionProblems(condition: TCondition, earlier: ReadonlyMap<string, TQuestion>, path: (string | number)[]): TCatalogueProblem[] {
  const target = earlier.get(condition.key);
  if (!target) return [{ path: [...path, 'key'], message: msg('questionnaire.catalogue.conditionUnknown', { key: condition.key }) }];
  if (target.type !== 'choice' && target.type !== 'yesNo')
    return [{ path: [...path, 'key'], message: msg('questionnaire.catalogue.conditionNotChoice', { key: condition.key }) }];
  const possible: (string | boolean)[] = target.type === 'yesNo' ? [true, false] : target.options.map((o) => o.value);
  const values = 'equals' in condition ? [condition.equals] : condition.in;
  return values.flatMap((value, i) =>
    possible.includes(value)
      ? []
      : [{ path: [...path, 'equals' in condition ? 'equals' : 'in', ...('equals' in condition ? [] : [i])], message: msg('questionnaire.catalogue.conditionValue', { value: String(value), key: condition.key }) }],
  );
}

/** The catalogue schema with the checks across questions: what a catalogue must pass to be published. The checks
 * run only on a catalogue whose shape is right (a transform is skipped after an issue), so a mistake is told once. */
export const ZQuestionnaireCatalogue = ZCatalogueShape.transform((catalogue, ctx) => {
  for (const problem of checkCatalogue(catalogue)) ctx.issues.push({ code: 'custom', path: problem.path, message: problem.message, input: catalogue });
  return catalogue;
});

/** A catalogue a client of the engine declares in code (as data), checked as a published one would be, with the
 * client's custom components. Throws on a problem: a broken catalogue is a programming error, found by any test. */
export function clientCatalogue(input: unknown, options: TCatalogueCheckOptions): TCatalogue {
  const catalogue = ZCatalogueShape.parse(input);
  const problems = checkCatalogue(catalogue, options);
  if (problems.length > 0) throw new Error(`Skjemaet ${catalogue.id} har feil: ${problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; ')}`);
  return catalogue;
}

// ---- Reading a catalogue -----------------------------------------------------------------------------------------

export type TPlacedQuestion = { question: TQuestion; section: TSection };

/** Every question in the order the form asks them, with its section. */
export function questionsInOrder(catalogue: TCatalogue): TPlacedQuestion[] {
  return catalogue.sections.flatMap((section) => section.questions.map((question) => ({ question, section })));
}

/** The question saved under `key`, or undefined. */
export function findQuestion(catalogue: TCatalogue, key: string): TPlacedQuestion | undefined {
  return questionsInOrder(catalogue).find((p) => p.question.key === key);
}

/** A content text in the reader's language (Bokmål when it has none). */
export const textIn = (text: LocalizedText, language: string): string => resolveText(text, language).text;
