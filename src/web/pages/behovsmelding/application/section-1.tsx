// Section 1 "Vurdering av kompetansebehov": 1.1–1.5, with the activity plan as rows (uke, aktivitet, hvem).
import { useT } from '../../../i18n/i18n-context.tsx';
import { AreasQuestion } from './areas-question.tsx';
import { blankActivity, type TActivityRow } from './draft-types.ts';
import type { RowColumn } from './rows-editor.tsx';
import { TableQuestion } from './table-question.tsx';
import { TextQuestion } from './text-question.tsx';

export function Section1() {
  const t = useT();
  const columns: RowColumn<TActivityRow>[] = [
    { name: 'uke', label: t('bm.activity.week') },
    { name: 'aktivitet', label: t('bm.activity.activity'), kind: 'textarea' },
    { name: 'hvem', label: t('bm.activity.who') },
  ];
  return (
    <div className="bm-section">
      <TextQuestion fieldKey="s1.tema" />
      <TextQuestion fieldKey="s1.begrunnelse" />
      <TextQuestion fieldKey="s1.kartleggingLenke" short type="url" description={t('bm.hint.link')} />
      <TextQuestion fieldKey="s1.medvirkning" />
      <TableQuestion
        fieldKey="s1.aktivitetsplan"
        columns={columns}
        blank={blankActivity}
        rowLabel={(i) => t('bm.activity.row', { n: i + 1 })}
        addLabel={t('bm.activity.add')}
      />
      <TextQuestion fieldKey="s1.samiskePerspektiver" />
      <AreasQuestion />
    </div>
  );
}
