// The behovsmelding's custom components (issue 10, point 2; ADR 021): the editors of the questions its catalogue
// declares `custom` (catalogue-data.ts), by component name. A question asked once gets its key; a question repeated
// per part gets the part. Every component the catalogue names must be here (catalogue-coverage.test.ts).
import type { ReactNode } from 'react';
import { OWNER_KINDS } from '../../../../domain/behovsmelding/application-fields.ts';
import type { MessageKey } from '../../../i18n/catalogs.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import type { Office } from '../../../types/reference.ts';
import { AreasQuestion } from './areas-question.tsx';
import { BudgetQuestion } from './budget-question.tsx';
import { blankActivity, blankOtherOwner, blankUh, type TActivityRow, type TOtherOwner, type TUhInstitution } from './draft-types.ts';
import { GrantUseQuestion } from './grant-use-question.tsx';
import { PartsQuestion } from './parts-question.tsx';
import type { RowColumn } from './rows-editor.tsx';
import { SubGoalsQuestion } from './sub-goals-question.tsx';
import { TableQuestion } from './table-question.tsx';
import { TiltakQuestion } from './tiltak-question.tsx';
import { UnitCountsQuestion } from './unit-counts-question.tsx';

/** What a custom question asked once is drawn with. */
export type OnceProps = { fieldKey: string; offices: Office[] };
/** What a custom question repeated per part is drawn with. */
export type PerPartProps = { questionKey: string; partId: string; partName: string; budgetYear: number | null };

export const ONCE_EDITORS: Readonly<Record<string, (props: OnceProps) => ReactNode>> = {
  activities: ({ fieldKey }) => <ActivitiesQuestion fieldKey={fieldKey} />,
  areas: () => <AreasQuestion />,
  'sub-goals': () => <SubGoalsQuestion />,
  tiltak: () => <TiltakQuestion />,
  'other-owners': ({ fieldKey }) => <OtherOwnersQuestion fieldKey={fieldKey} />,
  'uh-institutions': ({ fieldKey }) => <UhQuestion fieldKey={fieldKey} />,
  parts: ({ offices }) => <PartsQuestion offices={offices} />,
};

export const PER_PART_EDITORS: Readonly<Record<string, (props: PerPartProps) => ReactNode>> = {
  'unit-counts': ({ partId, partName }) => <UnitCountsQuestion partId={partId} partName={partName} />,
  'grant-use': ({ partId, partName, budgetYear }) => <GrantUseQuestion partId={partId} partName={partName} budgetYear={budgetYear} />,
  budget: ({ questionKey, partId, partName }) => (
    <BudgetQuestion partId={partId} which={questionKey === 'uhBudget' ? 'uhBudget' : 'ownerBudget'} partName={partName} />
  ),
};

function ActivitiesQuestion({ fieldKey }: { fieldKey: string }) {
  const t = useT();
  const columns: RowColumn<TActivityRow>[] = [
    { name: 'uke', label: t('bm.activity.week') },
    { name: 'aktivitet', label: t('bm.activity.activity'), kind: 'textarea' },
    { name: 'hvem', label: t('bm.activity.who') },
  ];
  return <TableQuestion fieldKey={fieldKey} columns={columns} blank={blankActivity} rowLabel={(i) => t('bm.activity.row', { n: i + 1 })} addLabel={t('bm.activity.add')} />;
}

const OWNER_KIND_LABEL: Record<(typeof OWNER_KINDS)[number], MessageKey> = {
  kommunal: 'bm.ownerKind.kommunal',
  fylkeskommunal: 'bm.ownerKind.fylkeskommunal',
  'privat-barnehage': 'bm.ownerKind.privatBarnehage',
  'privat-skole': 'bm.ownerKind.privatSkole',
  statlig: 'bm.ownerKind.statlig',
  annen: 'bm.ownerKind.annen',
};

function OtherOwnersQuestion({ fieldKey }: { fieldKey: string }) {
  const t = useT();
  const kindOptions = OWNER_KINDS.map((k) => ({ value: k, label: t(OWNER_KIND_LABEL[k]) }));
  const columns: RowColumn<TOtherOwner>[] = [
    { name: 'navn', label: t('field.name'), required: true },
    { name: 'art', label: t('bm.owner.kind'), kind: 'select', options: kindOptions, format: (v) => kindOptions.find((o) => o.value === v)?.label ?? '' },
    { name: 'kontaktperson', label: t('bm.owner.contact') },
  ];
  return <TableQuestion fieldKey={fieldKey} columns={columns} blank={blankOtherOwner} rowLabel={(i) => t('bm.owner.row', { n: i + 1 })} addLabel={t('bm.owner.add')} />;
}

function UhQuestion({ fieldKey }: { fieldKey: string }) {
  const t = useT();
  const columns: RowColumn<TUhInstitution>[] = [
    { name: 'navn', label: t('field.name'), required: true },
    { name: 'kontaktperson', label: t('bm.owner.contact') },
    { name: 'epost', label: t('field.email'), kind: 'email' },
    { name: 'orgnr', label: t('field.orgnr'), required: true },
    { name: 'kontonr', label: t('field.kontonr'), required: true },
    { name: 'betalingsreferanse', label: t('bm.owner.paymentReference') },
  ];
  return <TableQuestion fieldKey={fieldKey} columns={columns} blank={blankUh} rowLabel={(i) => t('bm.uh.row', { n: i + 1 })} addLabel={t('bm.uh.add')} />;
}
