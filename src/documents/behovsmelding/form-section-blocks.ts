// Sections 1–4 of the behovsmelding as blocks, in the order of the field catalogue: each question with its answer,
// and the fields that are not plain text the way the paper form shows them (the activity table, the areas of 1.5
// as checkboxes, numbered sub-goals, the tiltak table per period, 4.3 as Ja/Nei boxes). Walking the catalogue means
// a text field added to it appears in the documents without a change here.
import {
  APPLICATION_FIELDS,
  AREA_KEYS,
  AREA_LABELS,
  type TFixedFieldKey,
} from '../../domain/behovsmelding/application-fields.ts';
import type { TFieldValues, TSectionNumber } from '../../domain/behovsmelding/validate-application.ts';
import type { TDocBlock, TTableColumn } from '../blocks/document-blocks.ts';
import { activityRows, subGoals, textOf, tiltakPeriods } from './snapshot-values.ts';

type TFieldRenderer = (values: TFieldValues, label: string) => TDocBlock[];

const ACTIVITY_COLUMNS: TTableColumn[] = [
  { header: 'Uke', weight: 1 },
  { header: 'Aktivitet', weight: 3 },
  { header: 'Hvem', weight: 2 },
];

export const TILTAK_COLUMNS: TTableColumn[] = [
  { header: 'Tiltak', weight: 0.9 },
  { header: 'Hva', weight: 2.2 },
  { header: 'Hvordan', weight: 2.6 },
  { header: 'Målgruppe', weight: 2 },
  { header: 'Når', weight: 1.6 },
  { header: 'Ansvar', weight: 1.8 },
];

const cell = (v: unknown) => textOf(v) ?? '';

const SPECIAL_FIELDS: Partial<Record<TFixedFieldKey, TFieldRenderer>> = {
  's1.aktivitetsplan': (values, label) => {
    const rows = activityRows(values);
    if (rows.length === 0) return [{ kind: 'field', label, answer: null }];
    return [
      { kind: 'heading', level: 3, text: label },
      { kind: 'table', caption: null, columns: ACTIVITY_COLUMNS, rows: rows.map((r) => ({ kind: 'cells', cells: [cell(r.uke), cell(r.aktivitet), cell(r.hvem)] })) },
    ];
  },
  's1.omrader': (values, label) => {
    const chosen = Array.isArray(values['s1.omrader']) ? (values['s1.omrader'] as unknown[]) : [];
    return [{ kind: 'checkboxes', label, items: AREA_KEYS.map((key) => ({ text: AREA_LABELS[key].nb, checked: chosen.includes(key) })) }];
  },
  's2.delmal': (values, label) => {
    const goals = subGoals(values);
    if (goals.length === 0) return [{ kind: 'field', label, answer: null }];
    const items = goals.flatMap((goal, i) => [
      { marker: `${i + 1})`, text: cell(goal.text), level: 0 },
      ...(Array.isArray(goal.points) ? goal.points : []).map((point, j) => ({ marker: `${j + 1}.`, text: cell(point?.text), level: 1 })),
    ]);
    return [{ kind: 'heading', level: 3, text: label }, { kind: 'list', items }];
  },
  's2.tiltak': (values, label) => {
    const periods = tiltakPeriods(values);
    if (periods.length === 0) return [{ kind: 'field', label, answer: null }];
    return [
      { kind: 'heading', level: 3, text: label },
      ...periods.map(
        (period, i): TDocBlock => ({
          kind: 'table',
          caption: period.periode ?? `Periode ${i + 1}`,
          columns: TILTAK_COLUMNS,
          rows: period.rader.map((r) => ({ kind: 'cells', cells: [cell(r.nummer), cell(r.hva), cell(r.hvordan), cell(r.malgruppe), cell(r.nar), cell(r.ansvar)] })),
        }),
      ),
    ];
  },
  's4.lagetIPartnerskap': (values, label) => {
    const answer = values['s4.lagetIPartnerskap'];
    return [
      {
        kind: 'checkboxes',
        label: `${label}.`,
        items: [
          { text: 'Ja', checked: answer === true },
          { text: 'Nei', checked: answer === false },
        ],
      },
    ];
  },
};

/** Fields shown elsewhere: the parts are the subject of sections 5 and 6. */
const SHOWN_ELSEWHERE = new Set<string>(['parts']);

/** Said before the four 3.1 answers, as the form asks it. */
const LEAD_INS: Partial<Record<TFixedFieldKey, string>> = {
  's3.rekomp': '3.1 Deltar skole-/barnehageeier i Rekomp, Dekomp, Læringsmiljøprosjektet og/eller Oppfølgingsordningen?',
};

/** The blocks of one catalogue field: its own renderer, or the question with its text answer. */
export function fieldBlocks(key: TFixedFieldKey, values: TFieldValues): TDocBlock[] {
  const label = APPLICATION_FIELDS[key].label;
  const leadIn = LEAD_INS[key];
  const lead: TDocBlock[] = leadIn ? [{ kind: 'heading', level: 3, text: leadIn }] : [];
  const special = SPECIAL_FIELDS[key];
  const answer: TDocBlock[] = special ? special(values, label) : [{ kind: 'field', label, answer: textOf(values[key]) }];
  return [...lead, ...answer];
}

export const sectionFieldKeys = (section: TSectionNumber): TFixedFieldKey[] =>
  (Object.keys(APPLICATION_FIELDS) as TFixedFieldKey[]).filter((k) => APPLICATION_FIELDS[k].section === section && !SHOWN_ELSEWHERE.has(k));

/** Sections 1–4: every field of the section in catalogue order. */
export function plainSectionBlocks(section: TSectionNumber, values: TFieldValues): TDocBlock[] {
  return sectionFieldKeys(section).flatMap((key) => fieldBlocks(key, values));
}
