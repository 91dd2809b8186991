// Section 6 of the behovsmelding per part: funds held over, the years table (what owner and UH ask for, the total,
// the shares kartlegging / planlegging / gjennomføring and the coordinator amounts), why a coordinator is needed,
// then the part's two budget tables. A part applied for at another office is shown in full but marked, and the
// closing table says which parts count towards this office's sum.
import type { TApplicationSnapshot } from '../../domain/behovsmelding/application-snapshot.ts';
import { partFieldKey, type TPartHeader } from '../../domain/behovsmelding/application-fields.ts';
import type { TGrantYear } from '../../domain/behovsmelding/grant-use.ts';
import { formatAmount, formatKr, formatNumber } from '../../domain/shared/money.ts';
import { budgetTableBlock, warningText } from './budget-blocks.ts';
import { budgetTableView } from './budget-view.ts';
import type { TDocBlock, TTableRow } from '../blocks/document-blocks.ts';
import { otherOfficeNote } from './office-names.ts';
import { numberOf, partHeaders, partName, partResultOf, partValue, rowsOf, textOf } from './snapshot-values.ts';

type TDraftYear = { [K in keyof TGrantYear]?: unknown };
type TDraftGrantUse = { heldOverOwnerKr?: unknown; heldOverUhKr?: unknown; years?: unknown; coordinatorJustification?: { owner?: unknown; uh?: unknown }; derived?: unknown };

export function grantUseSectionBlocks(snapshot: TApplicationSnapshot): TDocBlock[] {
  const parts = partHeaders(snapshot.values);
  if (parts.length === 0) return [{ kind: 'paragraph', text: 'Behovsmeldingen har ingen deler med budsjett.', tone: 'muted' }];
  return [...parts.flatMap((part, index) => partBlocks(snapshot, part, index)), ...summaryBlocks(snapshot)];
}

function partBlocks(snapshot: TApplicationSnapshot, part: TPartHeader, index: number): TDocBlock[] {
  const name = partName(part, index);
  const result = partResultOf(snapshot, part, index);
  const blocks: TDocBlock[] = [{ kind: 'heading', level: 2, text: part.otherOfficeId ? `${name} (${otherOfficeNote(snapshot, part.otherOfficeId)})` : name }];
  if (part.otherOfficeId) {
    blocks.push({ kind: 'paragraph', text: `Denne delen ${otherOfficeNote(snapshot, part.otherOfficeId)} og teller ikke med i summen for ${snapshot.round.officeName}.`, tone: 'muted' });
  }
  blocks.push(...grantUseBlocks(partValue(snapshot.values, part.id, 'grantUse')));
  const ownKeys: string[] = [partFieldKey(part.id, 'grantUse'), partFieldKey(part.id, 'unitCounts')];
  for (const issue of snapshot.warnings.filter((w) => ownKeys.includes(w.fieldKey))) {
    blocks.push({ kind: 'paragraph', text: warningText(issue), tone: 'warning' });
  }
  for (const [who, field, table] of [
    ['eier', 'ownerBudget', result?.owner ?? null],
    ['UH', 'uhBudget', result?.uh ?? null],
  ] as const) {
    const view = budgetTableView(partValue(snapshot.values, part.id, field), table);
    blocks.push({ kind: 'heading', level: 3, text: `Budsjett ${who}${view?.title ? `: ${view.title}` : ''}` });
    blocks.push(view ? budgetTableBlock(`Budsjett ${who}, ${name}`, view) : { kind: 'paragraph', text: `Ingen budsjettabell for ${who}.`, tone: 'muted' });
  }
  if (result) {
    const { owner, uh, total } = result.amounts;
    blocks.push({ kind: 'paragraph', text: `Sum for ${name}: eier ${formatKr(owner)}, UH ${formatKr(uh)}, totalt ${formatKr(total)}.` });
  }
  return blocks;
}

function grantUseBlocks(raw: unknown): TDocBlock[] {
  if (typeof raw !== 'object' || raw === null) return [{ kind: 'paragraph', text: 'Punkt 6 er ikke fylt ut for denne delen.', tone: 'muted' }];
  const grantUse = raw as TDraftGrantUse;
  const years = rowsOf<TDraftYear>(grantUse.years);
  const kr = (v: unknown) => {
    const n = numberOf(v);
    return n === null ? '' : formatAmount(n);
  };
  const share = (key: 'kartlegging' | 'planlegging' | 'gjennomforing') => (y: TDraftYear) => {
    const n = numberOf((y.shares as Record<string, unknown> | undefined)?.[key]);
    return n === null ? '' : `${formatNumber(n)}\u00a0%`;
  };
  const row = (label: string, value: (y: TDraftYear) => string, emphasis = false): TTableRow => ({ kind: 'cells', cells: [label, ...years.map(value)], emphasis });
  const rows: TTableRow[] = [
    row('6.3 Totalt tilskudd som eier(ne) ber om (kr)', (y) => kr(y.ownerKr)),
    row('6.4 Totalt tilskudd som universitet og/eller høgskole ber om (kr)', (y) => kr(y.uhKr)),
    row('Total sum det søkes om fra eier og UH-miljø (kr)', (y) => kr(numberOf(y.statedTotalKr) ?? (numberOf(y.ownerKr) ?? 0) + (numberOf(y.uhKr) ?? 0)), true),
  ];
  if (years.some((y) => numberOf(y.coFundingKr) !== null)) {
    rows.push(row('Egenfinansiering (kr)', (y) => kr(y.coFundingKr)), row('Hva egenfinansieringen dekker', (y) => textOf(y.coFundingPurpose) ?? ''));
  }
  rows.push(
    row('6.5 Andel til å kartlegge/vurdere kompetansebehov', share('kartlegging')),
    row('6.6 Andel til å planlegge og utvikle kompetansetiltaket', share('planlegging')),
    row('6.7 Andel til å gjennomføre kompetansetiltaket', share('gjennomforing')),
    row('6.8 Midler til koordinator, eier (kr)', (y) => kr(y.coordinatorOwnerKr)),
    row('6.8 Midler til koordinator, UH (kr)', (y) => kr(y.coordinatorUhKr)),
  );
  if (years.some((y) => textOf(y.coordinatorNote))) rows.push(row('6.8 Merknad om koordinator', (y) => textOf(y.coordinatorNote) ?? ''));

  const heldOver = (v: unknown) => {
    const n = numberOf(v);
    return n === null ? 'Ikke oppgitt' : formatKr(n);
  };
  return [
    {
      kind: 'facts',
      rows: [
        { label: '6.1 Ubenyttede midler på fond, eier', value: heldOver(grantUse.heldOverOwnerKr) },
        { label: '6.1 Ubenyttede midler på fond, UH', value: heldOver(grantUse.heldOverUhKr) },
      ],
    },
    {
      kind: 'table',
      caption: 'Tilskuddsbehov per år',
      columns: [{ header: 'Innhold', weight: 4 }, ...years.map((y) => ({ header: String(numberOf(y.year) ?? ''), weight: 1.3, align: 'right' as const }))],
      rows,
    },
    ...(grantUse.derived === true
      ? [{ kind: 'paragraph', text: 'Tallene i punkt 6 er avledet fra budsjettabellene, ikke skrevet inn av søkeren.', tone: 'muted' } as const]
      : []),
    { kind: 'field', label: '6.8.1 Hvorfor er det nødvendig med koordinator? (eier)', answer: textOf(grantUse.coordinatorJustification?.owner) },
    { kind: 'field', label: '6.8.1 Hvorfor er det nødvendig med koordinator? (UH)', answer: textOf(grantUse.coordinatorJustification?.uh) },
  ];
}

function summaryBlocks(snapshot: TApplicationSnapshot): TDocBlock[] {
  const totals = snapshot.totals;
  if (!totals) return [{ kind: 'paragraph', text: 'Summene kunne ikke beregnes: budsjettet er ikke fullstendig.', tone: 'warning' }];
  const office = snapshot.round.officeName;
  const money = (a: { owner: number; uh: number; total: number }) => [formatAmount(a.owner), formatAmount(a.uh), formatAmount(a.total)];
  const blocks: TDocBlock[] = [
    { kind: 'heading', level: 2, text: 'Sum for behovsmeldingen' },
    {
      kind: 'table',
      caption: null,
      columns: [
        { header: 'Del', weight: 3 },
        { header: 'Teller for', weight: 2.5 },
        { header: 'Eier (kr)', weight: 1.3, align: 'right' },
        { header: 'UH (kr)', weight: 1.3, align: 'right' },
        { header: 'Totalt (kr)', weight: 1.3, align: 'right' },
      ],
      rows: [
        ...totals.parts.map((p): TTableRow => ({ kind: 'cells', cells: [p.name, p.otherOfficeId ? otherOfficeNote(snapshot, p.otherOfficeId) : office, ...money(p.amounts)] })),
        { kind: 'cells', cells: [`Sum for ${office}`, '', ...money(totals.office)], emphasis: true },
        { kind: 'cells', cells: ['Alle deler', '', ...money(totals.allParts)], emphasis: true },
      ],
    },
  ];
  if (totals.grantUseByYear.length > 0) {
    blocks.push({
      kind: 'table',
      caption: `Punkt 6 per år for delene som søkes hos ${office}`,
      columns: [
        { header: 'År', weight: 1 },
        { header: 'Eier (kr)', weight: 1.3, align: 'right' },
        { header: 'UH (kr)', weight: 1.3, align: 'right' },
        { header: 'Totalt (kr)', weight: 1.3, align: 'right' },
      ],
      rows: totals.grantUseByYear.map((y) => ({ kind: 'cells', cells: [String(y.year), formatAmount(y.ownerKr), formatAmount(y.uhKr), formatAmount(y.totalKr)] })),
    });
  }
  return blocks;
}
