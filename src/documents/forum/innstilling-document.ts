// The samarbeidsforum's innstilling as format-neutral blocks (ADR 024; the model is
// src/documents/behovsmelding/application-document.ts): the PDF and the Word document only translate them, so they
// cannot say different things. Built from the same content the API answers (src/domain/forum/innstilling-content.ts).
//
// What the mandate asks of an innstilling, in this order: the prioritised measures — who takes part and for how long,
// how each meets the criteria (the forum's assessment), which owners and UH cooperate, and the money per actor and
// year (later years "innstilt (foreløpig)": a promise, reserved, not yet granted); then every application not
// prioritised or reduced with its reason in plain words; then how each item was adopted, with dissent and recusals.
import type { TInnstillingContent, TPrioritised } from '../../domain/forum/innstilling-content.ts';
import { formatAmount } from '../../domain/shared/money.ts';
import { formatOsloDateTime } from '../../domain/shared/oslo-time.ts';
import type { TDocBlock, TTableRow } from '../blocks/document-blocks.ts';

/** How a later year's amount is marked everywhere. */
export const PROVISIONAL = 'innstilt (foreløpig)';

export const innstillingTitle = (c: TInnstillingContent) => `Innstilling ${c.roundYear} – ${c.roundTitle}`;

const yearLabel = (year: number, provisional: boolean) => (provisional ? `${year} ${PROVISIONAL}` : `${year} innstilt`);

function state(c: TInnstillingContent): string {
  if (c.state !== 'vedtatt') return 'Utkast – ikke vedtatt';
  const when = c.adoptedAt ? formatOsloDateTime(new Date(c.adoptedAt)) : '';
  return `Vedtatt ${when}${c.meeting ? ` i ${c.meeting.title}` : ''}`.trim();
}

function splitTable(p: TPrioritised): TDocBlock {
  const rows: TTableRow[] = [];
  for (const y of p.split) {
    rows.push({ kind: 'cells', cells: [`Eier: ${p.payeeName}`, yearLabel(y.year, y.provisional), formatAmount(y.ownerKr)] });
    for (const u of y.uh) rows.push({ kind: 'cells', cells: [`UH: ${u.name}`, yearLabel(y.year, y.provisional), formatAmount(u.amountKr)] });
    rows.push({ kind: 'cells', cells: [`Sum ${y.year}`, yearLabel(y.year, y.provisional), formatAmount(y.totalKr)], emphasis: true });
  }
  return {
    kind: 'table',
    caption: `Fordeling per aktør og år – ${p.partnershipName}`,
    columns: [
      { header: 'Mottaker', weight: 5 },
      { header: 'År', weight: 3 },
      { header: 'Beløp (kr)', weight: 2, align: 'right' },
    ],
    rows,
  };
}

function measureBlocks(p: TPrioritised): TDocBlock[] {
  const units = p.units.map((u) => `${u.count} ${u.label}`).join(', ');
  const years = p.years.length === 0 ? '' : p.years.length === 1 ? `${p.years[0]}` : `${p.years[0]}–${p.years[p.years.length - 1]}`;
  return [
    { kind: 'heading', level: 2, text: `${p.priority}. ${p.partnershipName}` },
    {
      kind: 'facts',
      rows: [
        { label: 'Eiere', value: p.owners.join(', ') },
        { label: 'Ansvarlig eier (mottar eiers midler)', value: p.payeeName },
        { label: 'Universitet/høgskole', value: p.uh.join(', ') },
        { label: 'Deltakere', value: units },
        { label: 'Varighet', value: p.durationYears > 0 ? `${p.durationYears} år (${years})` : '' },
        { label: 'Innstilt i alt', value: `kr ${formatAmount(p.totalKr)} (omsøkt kr ${formatAmount(p.askedKr)})` },
      ].filter((r) => r.value !== ''),
    },
    { kind: 'heading', level: 3, text: 'Hvordan tiltaket oppfyller kriteriene' },
    { kind: 'paragraph', text: p.assessment ?? 'Forumets vurdering er ikke skrevet.', tone: p.assessment ? 'normal' : 'muted' },
    ...(p.reduced
      ? ([
          { kind: 'heading', level: 3, text: 'Hvorfor lavere enn omsøkt' },
          { kind: 'paragraph', text: p.reason ?? 'Begrunnelsen er ikke skrevet.', tone: p.reason ? 'normal' : 'muted' },
        ] as const)
      : []),
    splitTable(p),
  ];
}

function itemBlocks(c: TInnstillingContent): TDocBlock[] {
  if (c.items.length === 0) return [{ kind: 'paragraph', text: 'Ingen saker er ført.', tone: 'muted' }];
  return c.items.flatMap((i): TDocBlock[] => {
    const decision =
      i.decisionKind === null
        ? 'Ikke avgjort.'
        : i.decisionKind === 'consensus'
          ? `Vedtatt ved konsensus${i.decisionText ? `: ${i.decisionText}` : '.'}`
          : `Vedtatt ved avstemning: ${i.voteCounts?.for ?? 0} for, ${i.voteCounts?.mot ?? 0} mot, ${i.voteCounts?.avstår ?? 0} avstår${i.decisionText ? `. ${i.decisionText}` : '.'}`;
    return [
      { kind: 'heading', level: 2, text: `Sak ${i.position}: ${i.title}` },
      { kind: 'paragraph', text: decision },
      ...(i.dissent ? [{ kind: 'field', label: 'Dissens', answer: i.dissent } as const] : []),
      ...(i.recusals.length > 0
        ? [
            {
              kind: 'list',
              items: i.recusals.map((r) => ({
                marker: '•',
                level: 0,
                text: `Inhabil: ${r.memberName} (${r.organisationName}) – ${r.reason}${r.deputyStepsIn ? '; vara trådte inn' : ''}. Deltok ikke i behandlingen.`,
              })),
            } as const,
          ]
        : []),
    ];
  });
}

export function innstillingDocument(c: TInnstillingContent): TDocBlock[] {
  const totalsRows: TTableRow[] = c.totals.map((t) => ({ kind: 'cells', cells: [yearLabel(t.year, t.provisional), formatAmount(t.totalKr)] }));
  return [
    { kind: 'title', text: innstillingTitle(c), subtitle: `Samarbeidsforumet – ${c.officeName}` },
    {
      kind: 'facts',
      rows: [
        { label: 'Status', value: state(c) },
        { label: 'Møte', value: c.meeting ? `${c.meeting.title} (${c.meeting.startsAtLocal.slice(0, 10)})` : '' },
        { label: 'Fordeling', value: c.scenario?.name ?? '' },
      ].filter((r) => r.value !== ''),
    },
    { kind: 'paragraph', text: `Beløp for år etter ${c.roundYear} er ${PROVISIONAL}: de er reservert, men ikke tildelt.`, tone: 'muted' },
    { kind: 'heading', level: 1, text: 'Prioriterte tiltak' },
    ...(c.prioritised.length === 0 ? [{ kind: 'paragraph', text: 'Ingen tiltak er prioritert.', tone: 'muted' } as const] : c.prioritised.flatMap(measureBlocks)),
    { kind: 'heading', level: 1, text: 'Sum per år' },
    { kind: 'table', caption: null, columns: [{ header: 'År', weight: 3 }, { header: 'Beløp (kr)', weight: 2, align: 'right' }], rows: totalsRows },
    { kind: 'heading', level: 1, text: 'Ikke prioritert' },
    ...(c.notPrioritised.length === 0
      ? [{ kind: 'paragraph', text: 'Alle behovsmeldinger er prioritert.', tone: 'muted' } as const]
      : c.notPrioritised.flatMap((n): TDocBlock[] => [
          { kind: 'heading', level: 2, text: n.partnershipName },
          { kind: 'field', label: 'Omsøkt', answer: `kr ${formatAmount(n.askedKr)}` },
          { kind: 'field', label: 'Begrunnelse', answer: n.reason },
          ...(n.assessment ? [{ kind: 'field', label: 'Forumets vurdering', answer: n.assessment } as const] : []),
        ])),
    { kind: 'heading', level: 1, text: 'Vedtak per sak' },
    ...itemBlocks(c),
  ];
}
