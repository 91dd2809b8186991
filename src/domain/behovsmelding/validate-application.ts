// Validates a whole behovsmelding from its saved fields: required fields, the field rules (orgnr, kontonr, e-mail,
// phone, "laget i partnerskap" = ja), the round's rules (coordinator allowed?) and every budget rule of
// validate-budget.ts over its parts. Gives the issues (errors block submitting, warnings are for the office), the
// status of each form section for the step list, and the totals computed from the budget lines.
import { z } from 'zod';
import { ZEmail, ZKontonr, ZOrgnr, ZPhone } from '../shared/fields.ts';
import { formatKrSuffix } from '../shared/money.ts';
import { msg } from '../shared/message-keys.ts';
import {
  APPLICATION_FIELDS,
  PART_FIELD_NAMES,
  PART_FIELDS,
  fieldKeysInOrder,
  fieldNameMsg,
  isFilled,
  partFieldKey,
  type TFieldDef,
  type TFixedFieldKey,
  type TPartHeader,
} from './application-fields.ts';
import { budgetIssue, errorsOf, hasErrors, type TBudgetIssue } from './budget-issue.ts';
import { validateApplicationBudget } from './validate-budget.ts';
import type { TApplicationTotals } from './parts.ts';

export type TFieldValues = Readonly<Record<string, unknown>>;

export type TRoundRules = {
  /** Whether the round allows money for a coordinator (6.8). */
  coordinatorAllowed: boolean;
};

export const SECTION_NUMBERS = [1, 2, 3, 4, 5, 6] as const;
export type TSectionNumber = (typeof SECTION_NUMBERS)[number];
export const SECTION_TITLES: Record<TSectionNumber, string> = {
  1: 'Vurdering av kompetansebehov',
  2: 'Mål, gjennomføring og måloppnåelse',
  3: 'Tilleggsinformasjon',
  4: 'Kontaktinformasjon og bekreftelse',
  5: 'Partnerskapet som samarbeider om kompetanseutviklingen',
  6: 'Bruk av tilskuddsmidler og budsjett',
};

export type TSectionStatus = 'tom' | 'påbegynt' | 'fullført' | 'har-feil';

export type TApplicationIssue = TBudgetIssue & { fieldKey: string; section: TSectionNumber };

export type TApplicationValidation = {
  issues: TApplicationIssue[];
  sections: { section: TSectionNumber; title: string; status: TSectionStatus; errors: number; warnings: number }[];
  /** Null when the budget does not parse (its errors are in `issues`). */
  totals: TApplicationTotals | null;
  canSubmit: boolean;
};

/** The parts as saved (the `parts` field), tolerating a missing field. */
export function partHeadersOf(values: TFieldValues): TPartHeader[] {
  const parts = values['parts'];
  return Array.isArray(parts) ? (parts as TPartHeader[]) : [];
}

/** The strict budget schema's input from the saved fields: one entry per part, keyed by the part's id. */
export function budgetInputOf(values: TFieldValues) {
  return {
    parts: partHeadersOf(values).map((p) => ({
      key: p.id,
      name: p.name ?? '',
      otherOfficeId: p.otherOfficeId,
      budgetYear: p.budgetYear,
      ownerBudget: values[partFieldKey(p.id, 'ownerBudget')] ?? null,
      uhBudget: values[partFieldKey(p.id, 'uhBudget')] ?? null,
      grantUse: values[partFieldKey(p.id, 'grantUse')] ?? null,
      unitCounts: values[partFieldKey(p.id, 'unitCounts')] ?? {},
    })),
  };
}

/** A stored value that does not validate under today's catalogue (field-value-check.ts): left out of `values` and
 * reported at its field instead of as "must be filled". */
export type TInvalidStoredField = { key: string; message: string };

export function validateApplication(values: TFieldValues, rules: TRoundRules, invalidStored: readonly TInvalidStoredField[] = []): TApplicationValidation {
  const parts = partHeadersOf(values);
  const invalidKeys = new Set(invalidStored.map((f) => f.key));
  const raw: TBudgetIssue[] = [
    ...invalidStored.map((f) => budgetIssue('INVALID', f.key, msg('behovsmelding.storedInvalid', { message: f.message }))),
    ...[...checkFixedFields(values), ...checkPartsPresent(values, parts)].filter((i) => !(i.code === 'REQUIRED' && invalidKeys.has(i.path))),
  ];

  // Without parts there is no budget to check: "at least one part" is said once, by checkPartsPresent, as required.
  const budget = validateApplicationBudget(budgetInputOf(values));
  if (parts.length > 0) raw.push(...budget.issues.map((i) => ({ ...i, path: partIndexToId(i.path, parts) })));
  if (budget.ok && !rules.coordinatorAllowed) raw.push(...coordinatorNotAllowed(budget.application.parts));

  const issues = dedupe(raw).map((i) => withField(i, parts));
  const sections = SECTION_NUMBERS.map((section) => {
    const own = issues.filter((i) => i.section === section);
    const keys = fieldKeysInOrder(parts).filter((k) => sectionOf(k) === section);
    const filled = keys.some((k) => k !== 'parts' && isFilled(values[k]));
    const errors = errorsOf(own);
    const status: TSectionStatus = errors.some((e) => e.code !== 'REQUIRED')
      ? 'har-feil'
      : !filled
        ? 'tom'
        : errors.length > 0
          ? 'påbegynt'
          : 'fullført';
    return { section, title: SECTION_TITLES[section], status, errors: errors.length, warnings: own.length - errors.length };
  });
  return { issues, sections, totals: budget.ok ? budget.totals : null, canSubmit: !hasErrors(issues) };
}

// ---- Sections 1–5 ----------------------------------------------------------------------------------------------

type Check = (value: unknown, key: TFixedFieldKey) => TBudgetIssue[];

// The question is named by a token the form says in the reader's language (Bokmål in documents and logs).
const required = (key: string) => budgetIssue('REQUIRED', key, msg('shared.required', { label: fieldNameMsg(key) }));

const zodCheck =
  (schema: z.ZodType, label: string): Check =>
  (value, key) => {
    if (typeof value !== 'string' || value.trim() === '') return [];
    const result = schema.safeParse(value);
    return result.success ? [] : [budgetIssue('INVALID', key, msg('behovsmelding.fieldMessage', { label, message: result.error.issues[0]?.message ?? msg('behovsmelding.invalidValue') }))];
  };

const FIELD_CHECKS: Partial<Record<TFixedFieldKey, Check>> = {
  's4.kontaktEpost': zodCheck(ZEmail, msg('behovsmelding.label.contactEmail')),
  's4.kontaktTelefon': zodCheck(ZPhone, msg('behovsmelding.label.contactPhone')),
  's5.ansvarligEier.orgnr': zodCheck(ZOrgnr, msg('behovsmelding.label.responsibleOwner')),
  's5.ansvarligEier.kontonr': zodCheck(ZKontonr, msg('behovsmelding.label.responsibleOwner')),
  's4.lagetIPartnerskap': (value, key) =>
    value === false
      ? [budgetIssue('INVALID', key, msg('behovsmelding.mustBeInPartnership'))]
      : [],
  's2.delmal': (value, key) =>
    Array.isArray(value) && !value.some((g: { text?: string | null }) => isFilled(g?.text))
      ? [budgetIssue('REQUIRED', key, msg('behovsmelding.atLeastOneSubGoal'))]
      : [],
  's2.tiltak': (value, key) => {
    const periods = Array.isArray(value) ? (value as { periode: string | null; rader: { hva: string | null }[] }[]) : [];
    const issues: TBudgetIssue[] = [];
    if (!periods.some((p) => p.rader?.some((r) => isFilled(r.hva)))) issues.push(budgetIssue('REQUIRED', key, msg('behovsmelding.atLeastOneTiltak')));
    periods.forEach((p, pi) =>
      p.rader?.forEach((r, ri) => {
        if (!isFilled(r.hva)) {
          const message = p.periode ? msg('behovsmelding.tiltakWhatRequiredInPeriod', { n: ri + 1, period: p.periode }) : msg('behovsmelding.tiltakWhatRequired', { n: ri + 1 });
          issues.push(budgetIssue('REQUIRED', `${key}.${pi}.rader.${ri}.hva`, message));
        }
      }),
    );
    return issues;
  },
  's5.uh': (value, key) => {
    const rows = Array.isArray(value) ? (value as { navn: string | null; orgnr: string | null; kontonr: string | null }[]) : [];
    const issues: TBudgetIssue[] = [];
    rows.forEach((row, i) => {
      const name = row.navn?.trim() || msg('behovsmelding.uhNumbered', { n: i + 1 });
      if (!isFilled(row.navn)) issues.push(budgetIssue('REQUIRED', `${key}.${i}.navn`, msg('behovsmelding.uhNameRequired', { n: i + 1 })));
      for (const [field, schema] of [
        ['orgnr', ZOrgnr],
        ['kontonr', ZKontonr],
      ] as const) {
        const v = row[field];
        if (!isFilled(v)) issues.push(budgetIssue('REQUIRED', `${key}.${i}.${field}`, msg(field === 'orgnr' ? 'behovsmelding.uhOrgnrRequired' : 'behovsmelding.uhKontonrRequired', { name })));
        else {
          const r = schema.safeParse(v);
          if (!r.success) issues.push(budgetIssue('INVALID', `${key}.${i}.${field}`, msg('behovsmelding.fieldMessage', { label: name, message: r.error.issues[0]?.message ?? msg('behovsmelding.invalidValue') })));
        }
      }
    });
    return issues;
  },
};

function checkFixedFields(values: TFieldValues): TBudgetIssue[] {
  return (Object.entries(APPLICATION_FIELDS) as [TFixedFieldKey, TFieldDef][]).flatMap(([key, def]) => {
    if (key === 'parts') return [];
    const value = values[key];
    if (def.required && !isFilled(value)) return [required(key)];
    return FIELD_CHECKS[key]?.(value, key) ?? [];
  });
}

// ---- Parts -----------------------------------------------------------------------------------------------------

function checkPartsPresent(values: TFieldValues, parts: TPartHeader[]): TBudgetIssue[] {
  if (parts.length === 0) return [budgetIssue('REQUIRED', 'parts', msg('behovsmelding.atLeastOnePart'))];
  return parts.flatMap((p, i) => {
    const name = p.name?.trim() || msg('behovsmelding.partNumbered', { n: i + 1 });
    const issues: TBudgetIssue[] = [];
    if (!isFilled(values[partFieldKey(p.id, 'grantUse')]))
      issues.push(budgetIssue('REQUIRED', partFieldKey(p.id, 'grantUse'), msg('behovsmelding.partGrantUseRequired', { name })));
    if (!isFilled(values[partFieldKey(p.id, 'ownerBudget')]) && !isFilled(values[partFieldKey(p.id, 'uhBudget')]))
      issues.push(budgetIssue('REQUIRED', partFieldKey(p.id, 'ownerBudget'), msg('behovsmelding.partBudgetRequired', { name })));
    return issues;
  });
}

function coordinatorNotAllowed(parts: { key: string | null; name: string; grantUse: { years: { year: number; coordinatorOwnerKr: number | null; coordinatorUhKr: number | null }[] } | null }[]): TBudgetIssue[] {
  return parts.flatMap((p) =>
    (p.grantUse?.years ?? []).flatMap((y, yi) => {
      const amount = (y.coordinatorOwnerKr ?? 0) + (y.coordinatorUhKr ?? 0);
      if (amount === 0) return [];
      return [
        budgetIssue(
          'INVALID',
          `parts.${p.key}.grantUse.years.${yi}.coordinatorOwnerKr`,
          msg('behovsmelding.coordinatorNotAllowed', { name: p.name, year: y.year, amount: formatKrSuffix(amount) }),
        ),
      ];
    }),
  );
}

/** Budget paths name parts by position when the part has no id; the form names them by id. */
function partIndexToId(path: string, parts: TPartHeader[]): string {
  return path.replace(/^parts\.(\d+)(?=\.|$)/, (all, index: string) => {
    const part = parts[Number(index)];
    return part ? `parts.${part.id}` : all;
  });
}

// ---- Issue → field --------------------------------------------------------------------------------------------

/** The saved field an issue belongs to: the longest field key its path starts with. */
export function fieldKeyOfPath(path: string, parts: readonly { id: string }[]): string {
  const partMatch = /^parts\.([a-z0-9-]+)\.([A-Za-z]+)/.exec(path);
  if (partMatch && parts.some((p) => p.id === partMatch[1]) && (PART_FIELD_NAMES as string[]).includes(partMatch[2]!)) {
    return `parts.${partMatch[1]}.${partMatch[2]}`;
  }
  if (path.startsWith('parts')) return 'parts';
  const keys = Object.keys(APPLICATION_FIELDS).filter((k) => path === k || path.startsWith(`${k}.`));
  return keys.sort((a, b) => b.length - a.length)[0] ?? path;
}

export function sectionOf(fieldKey: string): TSectionNumber {
  if (Object.hasOwn(APPLICATION_FIELDS, fieldKey)) return APPLICATION_FIELDS[fieldKey as TFixedFieldKey].section;
  const name = fieldKey.split('.')[2] as keyof typeof PART_FIELDS | undefined;
  return name && Object.hasOwn(PART_FIELDS, name) ? PART_FIELDS[name].section : 6;
}

function withField(issue: TBudgetIssue, parts: TPartHeader[]): TApplicationIssue {
  const fieldKey = fieldKeyOfPath(issue.path, parts);
  return { ...issue, fieldKey, section: sectionOf(fieldKey) };
}

/** A null part field is reported once as required (here), not again by the budget schema. */
function dedupe(issues: TBudgetIssue[]): TBudgetIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const id = `${i.severity}|${i.path}|${i.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
