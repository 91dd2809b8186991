// A submitted behovsmelding as plain JSON for other systems (archive, statistics): the metadata, every field of
// sections 1–5 with its question, and per part both budget tables line by line with what the applicant stated next
// to what the line computes, so a receiver can check the arithmetic without our code. A versioned format: a change
// that breaks readers gets a new number.
import type { TApplicationSnapshot } from '../../domain/behovsmelding/application-snapshot.ts';
import { APPLICATION_FIELDS, type TFixedFieldKey } from '../../domain/behovsmelding/application-fields.ts';
import type { TBudgetIssue } from '../../domain/behovsmelding/budget-issue.ts';
import type { TAmounts, TYearAmounts } from '../../domain/behovsmelding/parts.ts';
import { SECTION_NUMBERS, SECTION_TITLES } from '../../domain/behovsmelding/validate-application.ts';
import { renderNb } from '../../domain/shared/message-catalogs.ts';
import { budgetTableView, type TBudgetLineView, type TBudgetTableView, type TFactorView } from './budget-view.ts';
import { partHeaders, partName, partResultOf, partValue } from './snapshot-values.ts';

export const JSON_EXPORT_FORMAT = 'kompetanseloft.behovsmelding-export/1';

export type TJsonWarning = { code: string; message: string; path: string; differenceKr: number | null };

export type TJsonBudgetLine = {
  kind: TBudgetLineView['kind'];
  description: string;
  factors: TFactorView[];
  unitPrice: number | null;
  percent: number | null;
  baseLineIds: string[] | null;
  stated: number | null;
  computed: number | null;
  /** stated − computed; null when nothing was stated. */
  difference: number | null;
  factorsTimesPrice: number | null;
  base: number | null;
  details: TJsonBudgetTable | null;
  warnings: TJsonWarning[];
};

export type TJsonBudgetTable = {
  title: string | null;
  lines: TJsonBudgetLine[];
  stated: number | null;
  computed: number | null;
  difference: number | null;
  warnings: TJsonWarning[];
};

type TStatedAmounts = { owner: number | null; uh: number | null; total: number | null };

export type TApplicationJsonExport = {
  format: typeof JSON_EXPORT_FORMAT;
  metadata: {
    applicationId: string;
    documentNumber: string;
    sequence: number;
    submittedAt: string;
    submittedByName: string;
    onExtension: boolean;
    round: TApplicationSnapshot['round'];
    partnership: TApplicationSnapshot['partnership'];
    attachments: TApplicationSnapshot['attachments'];
  };
  sections: { number: number; title: string; fields: { key: string; label: string; value: unknown }[] }[];
  parts: {
    id: string;
    name: string;
    otherOfficeId: string | null;
    countsTowardsOffice: boolean;
    budgetYear: number | null;
    unitCounts: unknown;
    grantUse: unknown;
    owner: TJsonBudgetTable | null;
    uh: TJsonBudgetTable | null;
    /** The tables' totals as the applicant wrote them. */
    stated: TStatedAmounts;
    /** The tables' totals as their lines compute. */
    computed: TAmounts | null;
  }[];
  totals: { office: TAmounts; allParts: TAmounts; grantUseByYear: TYearAmounts[] } | null;
  warnings: (TJsonWarning & { severity: string; section: number; fieldKey: string })[];
};

export function applicationJsonExport(snapshot: TApplicationSnapshot): TApplicationJsonExport {
  const { values } = snapshot;
  return {
    format: JSON_EXPORT_FORMAT,
    metadata: {
      applicationId: snapshot.applicationId,
      documentNumber: snapshot.documentNumber,
      sequence: snapshot.sequence,
      submittedAt: snapshot.submittedAt,
      submittedByName: snapshot.submittedByName,
      onExtension: snapshot.onExtension,
      round: snapshot.round,
      partnership: snapshot.partnership,
      attachments: snapshot.attachments,
    },
    sections: SECTION_NUMBERS.map((number) => ({
      number,
      title: SECTION_TITLES[number],
      fields: (Object.keys(APPLICATION_FIELDS) as TFixedFieldKey[])
        .filter((key) => key !== 'parts' && APPLICATION_FIELDS[key].section === number)
        .map((key) => ({ key, label: APPLICATION_FIELDS[key].label, value: values[key] ?? null })),
    })),
    parts: partHeaders(values).map((part, index) => {
      const result = partResultOf(snapshot, part, index);
      const owner = budgetTableView(partValue(values, part.id, 'ownerBudget'), result?.owner ?? null);
      const uh = budgetTableView(partValue(values, part.id, 'uhBudget'), result?.uh ?? null);
      return {
        id: part.id,
        name: partName(part, index),
        otherOfficeId: part.otherOfficeId ?? null,
        countsTowardsOffice: !part.otherOfficeId,
        budgetYear: part.budgetYear ?? null,
        unitCounts: partValue(values, part.id, 'unitCounts') ?? null,
        grantUse: partValue(values, part.id, 'grantUse') ?? null,
        owner: owner && tableJson(owner),
        uh: uh && tableJson(uh),
        stated: statedAmounts(owner?.stated ?? null, uh?.stated ?? null),
        computed: result?.amounts ?? null,
      };
    }),
    totals: snapshot.totals && { office: snapshot.totals.office, allParts: snapshot.totals.allParts, grantUseByYear: snapshot.totals.grantUseByYear },
    warnings: snapshot.warnings.map((w) => ({ ...warningJson(w), severity: w.severity, section: w.section, fieldKey: w.fieldKey })),
  };
}

function tableJson(table: TBudgetTableView): TJsonBudgetTable {
  return {
    title: table.title,
    lines: table.lines.map(lineJson),
    stated: table.stated,
    computed: table.computed,
    difference: table.difference,
    warnings: table.totalIssues.map(warningJson),
  };
}

function lineJson(line: TBudgetLineView): TJsonBudgetLine {
  const { issues, details, ...rest } = line;
  return { ...rest, details: details && tableJson(details), warnings: issues.map(warningJson) };
}

const warningJson = (issue: TBudgetIssue): TJsonWarning => ({ code: issue.code, message: renderNb(issue.message), path: issue.path, differenceKr: issue.differenceKr ?? null });

function statedAmounts(owner: number | null, uh: number | null): TStatedAmounts {
  return { owner, uh, total: owner === null && uh === null ? null : (owner ?? 0) + (uh ?? 0) };
}
