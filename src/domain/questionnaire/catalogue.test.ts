// The catalogue as data: the schema takes a valid catalogue (and the demo survey in reference-data), and the checks
// across questions refuse duplicate keys, conditions that do not point to an earlier choice or yes/no question, and
// empty options — with Norwegian messages at the place of the mistake.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error.ts';
import { renderIn, renderNb } from '../shared/message-catalogs.ts';
import { parseInput } from '../shared/parse.ts';
import { checkCatalogue, findQuestion, QUESTION_TYPES, questionsInOrder, ZCatalogueShape, ZQuestionnaireCatalogue, type TCatalogue } from './catalogue.ts';
import { testCatalogue } from './test-catalogue.ts';

const DEMO = path.resolve(import.meta.dirname, '../../../reference-data/questionnaires/kartlegging-demo.json');

function problemsOf(input: unknown): { field: string; message: string }[] {
  try {
    parseInput(ZQuestionnaireCatalogue, input);
  } catch (e) {
    if (e instanceof AppError) return e.fieldErrors;
    throw e;
  }
  return [];
}

/** The test catalogue with its sections' questions changed by `edit`. */
function edited(edit: (c: ReturnType<typeof testCatalogue>) => void) {
  const c = structuredClone(testCatalogue());
  edit(c);
  return c;
}

describe('the catalogue schema', () => {
  it('takes a valid catalogue and fills in the defaults', () => {
    const c = parseInput(ZQuestionnaireCatalogue, testCatalogue());
    expect(c.sections.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(findQuestion(c, 'beskrivelse')?.question).toMatchObject({ type: 'longText', required: false, maxLength: 4000 });
    expect(findQuestion(c, 'tiltak')?.section.id).toBe('c');
    expect(questionsInOrder(c).map((p) => p.question.type)).toEqual(expect.arrayContaining([...QUESTION_TYPES]));
  });

  it('takes the demo survey (kartlegging av kompetansebehov): three sections, every type, a condition and a table', () => {
    const c: TCatalogue = parseInput(ZQuestionnaireCatalogue, JSON.parse(fs.readFileSync(DEMO, 'utf8')));
    expect(c.title.nb).toBe('Kartlegging av kompetansebehov');
    expect(c.sections).toHaveLength(3);
    const questions = questionsInOrder(c).map((p) => p.question);
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
    expect(questions.filter((q) => q.condition).length).toBeGreaterThanOrEqual(1);
    expect(questions.length).toBeGreaterThanOrEqual(10);
  });

  it('refuses unknown properties, types and a missing Bokmål text, naming the place', () => {
    const typo = edited((c) => Object.assign(c.sections[0]!.questions[0]!, { requried: true }));
    expect(problemsOf(typo)).toEqual([{ field: 'sections.0.questions.0', message: 'Ukjent egenskap: requried' }]);

    const unknownType = edited((c) => Object.assign(c.sections[0]!.questions[0]!, { type: 'slider' }));
    expect(problemsOf(unknownType)[0]).toMatchObject({ field: 'sections.0.questions.0.type', message: expect.stringContaining('Ukjent spørsmålstype') });

    const noBokmal = edited((c) => Object.assign(c.sections[1]!.questions[0]!, { label: { nn: 'Har plan?' } }));
    expect(problemsOf(noBokmal)).toEqual([{ field: 'sections.1.questions.0.label.nb', message: 'Spørsmålet må ha tekst på bokmål' }]);

    expect(problemsOf({ ...testCatalogue(), storage: 'papir' })[0]?.message).toContain('Lagringen må være');
    expect(problemsOf('tekst')[0]?.message).toContain('JSON-objekt');
  });

  it('checks lengths, rows and columns against the engine’s limits', () => {
    const long = edited((c) => Object.assign(c.sections[0]!.questions[0]!, { maxLength: 5000 }));
    expect(problemsOf(long)).toEqual([{ field: 'sections.0.questions.0.maxLength', message: 'Største lengde må være et helt tall fra 1 til 2000' }]);
    const rows = edited((c) => Object.assign(c.sections[2]!.questions[0]!, { maxRows: 1000, columns: [] }));
    expect(problemsOf(rows).map((p) => p.field).sort()).toEqual(['sections.2.questions.0.columns', 'sections.2.questions.0.maxRows']);
  });
});

describe('checkCatalogue', () => {
  const checked = (edit: (c: ReturnType<typeof testCatalogue>) => void) =>
    checkCatalogue(ZCatalogueShape.parse(edited(edit))).map((p) => ({ path: p.path.join('.'), message: renderNb(p.message) }));

  it('finds nothing wrong in a valid catalogue', () => {
    expect(checkCatalogue(ZCatalogueShape.parse(testCatalogue()))).toEqual([]);
  });

  it('refuses a key used twice, in another section too, and a column key used twice in a table', () => {
    expect(checked((c) => Object.assign(c.sections[1]!.questions[2]!, { key: 'navn' }))).toEqual([
      { path: 'sections.1.questions.2.key', message: 'Nøkkelen «navn» er allerede brukt i skjemaet' },
    ]);
    expect(
      checked((c) => {
        const table = c.sections[2]!.questions[0]! as { columns: { key: string }[] };
        table.columns[1]!.key = 'hva';
      }),
    ).toEqual([{ path: 'sections.2.questions.0.columns.1.key', message: 'Kolonnen «hva» finnes allerede i tabellen' }]);
    expect(checked((c) => Object.assign(c.sections[1]!, { id: 'a' }))).toEqual([{ path: 'sections.1.id', message: 'Delen «a» finnes allerede i skjemaet' }]);
  });

  it('refuses a condition on a later, unknown or non-choice question, or on an answer the question cannot have', () => {
    expect(checked((c) => Object.assign(c.sections[0]!.questions[0]!, { condition: { key: 'harPlan', equals: true } }))).toEqual([
      { path: 'sections.0.questions.0.condition.key', message: 'Vilkåret viser til «harPlan», som ikke er et spørsmål foran dette' },
    ]);
    expect(checked((c) => Object.assign(c.sections[1]!.questions[2]!, { condition: { key: 'finnesIkke', equals: 'x' } }))[0]?.message).toContain('«finnesIkke»');
    expect(checked((c) => Object.assign(c.sections[1]!.questions[2]!, { condition: { key: 'navn', equals: 'x' } }))).toEqual([
      { path: 'sections.1.questions.2.condition.key', message: 'Vilkåret viser til «navn», men et vilkår kan bare bygge på et valg- eller ja/nei-spørsmål' },
    ]);
    expect(checked((c) => Object.assign(c.sections[0]!.questions[2]!, { condition: { key: 'type', in: ['skole', 'barnehage'] } }))).toEqual([
      { path: 'sections.0.questions.2.condition.in.1', message: 'Vilkåret viser til «barnehage», som ikke er et mulig svar på «type»' },
    ]);
    expect(checked((c) => Object.assign(c.sections[1]!.questions[1]!, { condition: { key: 'harPlan', equals: 'ja' } }))[0]?.path).toBe('sections.1.questions.1.condition.equals');
    expect(checked((c) => Object.assign(c.sections[0]!.questions[1]!, { condition: { key: 'type', equals: 'skole' } }))[0]?.message).toContain('ikke er et spørsmål foran dette');
  });

  it('refuses empty and duplicate options, and min above max', () => {
    expect(problemsOf(edited((c) => Object.assign(c.sections[0]!.questions[1]!, { options: [] })))).toEqual([
      { field: 'sections.0.questions.1.options', message: 'Spørsmålet må ha minst ett alternativ' },
    ]);
    expect(
      checked((c) =>
        Object.assign(c.sections[1]!.questions[3]!, {
          options: [
            { value: 'lesing', label: { nb: 'Lesing' } },
            { value: 'lesing', label: { nb: 'Lesing igjen' } },
          ],
        }),
      ),
    ).toEqual([{ path: 'sections.1.questions.3.options.1.value', message: 'Alternativet «lesing» finnes allerede i spørsmålet' }]);
    expect(checked((c) => Object.assign(c.sections[0]!.questions[3]!, { min: 10, max: 5 }))).toEqual([
      { path: 'sections.0.questions.3.min', message: 'Minste verdi (10) kan ikke være større enn største verdi (5)' },
    ]);
  });

  it('says its messages in the reader’s language (nynorsk and English as drafts)', () => {
    const [problem] = checkCatalogue(ZCatalogueShape.parse(edited((c) => Object.assign(c.sections[1]!.questions[2]!, { key: 'navn' }))));
    expect(renderIn('nn', problem!.message)).toBe('Nøkkelen «navn» er allereie brukt i skjemaet');
    expect(renderIn('en', problem!.message)).toBe('The key “navn” is already used in the form');
    expect(renderIn('se', problem!.message)).toBe('Čoavdda «navn» lea juo geavahuvvon skovis');
  });
});

describe('a client’s catalogue: custom questions, questions repeated per row, sub-headings and input types', () => {
  const custom = { type: 'custom', key: 'deler', label: { nb: 'Deler' }, component: 'parts' };
  const perPart = { type: 'custom', key: 'budsjett', label: { nb: 'Budsjett' }, component: 'budget', repeatFor: 'deler' };
  const withCustom = (...questions: object[]) => edited((c) => c.sections[2]!.questions.push(...(questions as never[])));
  const problems = (input: unknown, customComponents: string[] = []) =>
    checkCatalogue(ZCatalogueShape.parse(input), { customComponents }).map((p) => ({ path: p.path.join('.'), message: renderNb(p.message) }));

  it('refuses a custom component the form does not have — a catalogue published through the API has none', () => {
    expect(problems(withCustom(custom))).toEqual([{ path: 'sections.2.questions.1.component', message: 'Skjemaet bruker en egen komponent «parts» som dette skjemaet ikke har' }]);
    expect(problemsOf(withCustom(custom))[0]?.field).toBe('sections.2.questions.1.component');
    expect(problems(withCustom(custom), ['parts'])).toEqual([]);
  });

  it('repeats a question only for the rows of a custom or table question, wherever it is in the form', () => {
    expect(problems(withCustom(custom, perPart), ['parts', 'budget'])).toEqual([]);
    const beforeItsRows = edited((c) => {
      c.sections[0]!.questions.unshift(perPart as never);
      c.sections[2]!.questions.push(custom as never);
    });
    expect(problems(beforeItsRows, ['parts', 'budget'])).toEqual([]);
    expect(problems(withCustom({ ...perPart, repeatFor: 'navn' }), ['budget'])).toEqual([
      { path: 'sections.2.questions.1.repeatFor', message: 'Spørsmålet gjentas for radene i «navn», men det må være et tidligere tabell- eller egendefinert spørsmål' },
    ]);
    expect(problems(withCustom({ ...perPart, repeatFor: 'tiltak' }), ['budget'])).toEqual([]);
  });

  it('takes dotted keys, sub-headings and input types, and refuses a key segment that starts with a digit', () => {
    const c = ZCatalogueShape.parse(
      edited((cat) =>
        Object.assign(cat.sections[0]!.questions[0]!, { key: 's5.eier.epost', heading: { nb: '5.1 Ansvarlig eier' }, inputType: 'email', autoComplete: 'email' }),
      ),
    );
    expect(findQuestion(c, 's5.eier.epost')?.question).toMatchObject({ heading: { nb: '5.1 Ansvarlig eier' }, inputType: 'email', autoComplete: 'email' });
    expect(problemsOf(edited((cat) => Object.assign(cat.sections[0]!.questions[0]!, { key: 'tabell.3' })))[0]?.field).toBe('sections.0.questions.0.key');
    expect(problemsOf(edited((cat) => Object.assign(cat.sections[0]!.questions[0]!, { inputType: 'password' })))[0]?.message).toContain('Felttypen');
  });
});
