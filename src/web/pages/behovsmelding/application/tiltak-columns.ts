// The columns of the 2.2 tiltak table, as the form asks them.
import type { TFunction } from '../../../i18n/i18n-context.tsx';
import type { TTiltakRow } from './draft-types.ts';
import type { RowColumn } from './rows-editor.tsx';

export function tiltakColumns(t: TFunction): RowColumn<TTiltakRow>[] {
  return [
    { name: 'nummer', label: t('bm.tiltak.number') },
    { name: 'hva', label: t('bm.tiltak.what'), kind: 'textarea', required: true },
    { name: 'hvordan', label: t('bm.tiltak.how'), kind: 'textarea' },
    { name: 'malgruppe', label: t('bm.tiltak.target'), kind: 'textarea' },
    { name: 'nar', label: t('bm.tiltak.when') },
    { name: 'ansvar', label: t('bm.tiltak.responsible'), kind: 'textarea' },
  ];
}
