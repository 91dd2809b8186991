// Section 5, the partnership: the responsible owner, the other owners, the UH institutions, the counts of
// participating units per part with their breakdown per municipality (5.4–5.10), and the services taking part.
import { APPLICATION_FIELDS, OWNER_KINDS, type TOtherOwner, type TOwnerKind, type TUhInstitution } from '../../domain/behovsmelding/application-fields.ts';
import { UNIT_COUNT_KEYS, UNIT_COUNT_LABELS } from '../../domain/behovsmelding/unit-counts.ts';
import type { TFieldValues } from '../../domain/behovsmelding/validate-application.ts';
import type { TDocBlock, TTableColumn } from '../blocks/document-blocks.ts';
import { fieldBlocks, sectionFieldKeys } from './form-section-blocks.ts';
import { otherOfficeNote } from './office-names.ts';
import type { TApplicationSnapshot } from '../../domain/behovsmelding/application-snapshot.ts';
import { numberOf, partHeaders, partName, partValue, rowsOf, textOf } from './snapshot-values.ts';

const OWNER_KIND_LABELS: Record<TOwnerKind, string> = {
  kommunal: 'Kommunal',
  fylkeskommunal: 'Fylkeskommunal',
  'privat-barnehage': 'Privat barnehage',
  'privat-skole': 'Privat skole',
  statlig: 'Statlig',
  annen: 'Annen',
};

const COUNT_COLUMNS: TTableColumn[] = [
  { header: 'Punkt', weight: 0.8 },
  { header: 'Enheter', weight: 3 },
  { header: 'Antall', weight: 0.8, align: 'right' },
  { header: 'Fordelt på kommuner', weight: 4 },
];

/** `snapshot`: its values, and its round for the names of other offices a part is applied for at. */
export function partnershipBlocks(snapshot: Pick<TApplicationSnapshot, 'round' | 'values'>): TDocBlock[] {
  const { values } = snapshot;
  return sectionFieldKeys(5).flatMap((key) => {
    if (key === 's5.andreEiere') return otherOwnerBlocks(values);
    // 5.4–5.10 come after the UH institutions (5.3), as in the form.
    if (key === 's5.uh') return [...uhBlocks(values), ...unitCountBlocks(snapshot)];
    return fieldBlocks(key, values);
  });
}

function otherOwnerBlocks(values: TFieldValues): TDocBlock[] {
  const label = APPLICATION_FIELDS['s5.andreEiere'].label;
  const owners = rowsOf<Partial<TOtherOwner>>(values['s5.andreEiere']);
  if (owners.length === 0) return [{ kind: 'field', label, answer: null }];
  const kind = (k: unknown) => (OWNER_KINDS.find((o) => o === k) ? OWNER_KIND_LABELS[k as TOwnerKind] : '');
  return [
    { kind: 'heading', level: 3, text: label },
    {
      kind: 'table',
      caption: null,
      columns: [
        { header: 'Navn', weight: 3 },
        { header: 'Type eier', weight: 1.5 },
        { header: 'Kontaktperson', weight: 3 },
      ],
      rows: owners.map((o) => ({ kind: 'cells', cells: [textOf(o.navn) ?? '', kind(o.art), textOf(o.kontaktperson) ?? ''] })),
    },
  ];
}

function uhBlocks(values: TFieldValues): TDocBlock[] {
  const label = APPLICATION_FIELDS['s5.uh'].label;
  const institutions = rowsOf<Partial<TUhInstitution>>(values['s5.uh']);
  if (institutions.length === 0) return [{ kind: 'field', label, answer: null }];
  const facts = (u: Partial<TUhInstitution>): TDocBlock => ({
    kind: 'facts',
    rows: [
      ['Navn', u.navn],
      ['Kontaktperson', u.kontaktperson],
      ['E-post', u.epost],
      ['Organisasjonsnummer', u.orgnr],
      ['Kontonummer', u.kontonr],
      ['Hva utbetalingen skal merkes med', u.betalingsreferanse],
    ].map(([l, v]) => ({ label: String(l), value: textOf(v) ?? '' })),
  });
  return [{ kind: 'heading', level: 3, text: label }, ...institutions.map(facts)];
}

function unitCountBlocks(snapshot: Pick<TApplicationSnapshot, 'round' | 'values'>): TDocBlock[] {
  const { values } = snapshot;
  const parts = partHeaders(values);
  if (parts.length === 0) return [];
  return [
    { kind: 'heading', level: 3, text: '5.4–5.10 Hvor mange enheter skal delta i kompetanseutviklingsarbeidet?' },
    ...parts.map((part, index): TDocBlock => {
      const counts = partValue(values, part.id, 'unitCounts');
      const record = typeof counts === 'object' && counts !== null ? (counts as Record<string, unknown>) : {};
      const name = partName(part, index);
      return {
        kind: 'table',
        caption: part.otherOfficeId ? `${name} (${otherOfficeNote(snapshot, part.otherOfficeId)})` : name,
        columns: COUNT_COLUMNS,
        rows: UNIT_COUNT_KEYS.map((key, i) => {
          const count = (record[key] ?? {}) as { total?: unknown; byMunicipality?: unknown };
          const total = numberOf(count.total);
          const breakdown = rowsOf<{ municipality?: unknown; count?: unknown }>(count.byMunicipality)
            .map((m) => `${textOf(m.municipality) ?? '?'} ${numberOf(m.count) ?? '?'}`)
            .join(', ');
          return { kind: 'cells', cells: [`5.${i + 4}`, capitalise(UNIT_COUNT_LABELS[key]), total === null ? '' : String(total), breakdown] };
        }),
      };
    }),
  ];
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
