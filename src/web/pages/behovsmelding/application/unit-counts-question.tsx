// 5.4–5.10 for one part: how many schools, kindergartens … take part, each a total with an optional breakdown per
// municipality (18 = Kvæfjord 2 + Harstad 11 + …). Validation checks the breakdown sums to the total.
import { Fieldset, Paragraph, Table } from '@digdir/designsystemet-react';
import { partFieldKey } from '../../../../domain/behovsmelding/application-fields.ts';
import { UNIT_COUNT_KEYS, type TUnitCountKey } from '../../../../domain/behovsmelding/unit-counts.ts';
import { TableScroll } from '../../../components/table-scroll.tsx';
import type { MessageKey } from '../../../i18n/catalogs.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import { blankUnitCount, type DraftMunicipalityCount, type DraftUnitCount } from './draft-types.ts';
import { fieldAnchorId } from './field-anchor.ts';
import { FieldShell } from './field-shell.tsx';
import { unitCountsOf } from './field-values.ts';
import { errorText, issuesAt, remainingIssues } from './issues.ts';
import { NumberField } from './number-field.tsx';
import { RowsEditor, rowInputPaths, type RowColumn } from './rows-editor.tsx';
import { useField } from './use-field.ts';

const COUNT_LABEL: Record<TUnitCountKey, MessageKey> = {
  kommunaleGrunnskoler: 'bm.count.kommunaleGrunnskoler',
  privateGrunnskoler: 'bm.count.privateGrunnskoler',
  fylkeskommunaleVgs: 'bm.count.fylkeskommunaleVgs',
  privateVgs: 'bm.count.privateVgs',
  laerebedrifter: 'bm.count.laerebedrifter',
  kommunaleBarnehager: 'bm.count.kommunaleBarnehager',
  privateBarnehager: 'bm.count.privateBarnehager',
};

const breakdownText = (c: DraftUnitCount | undefined) =>
  (c?.byMunicipality ?? []).map((m) => `${m.municipality ?? ''} ${m.count ?? ''}`.trim()).join(', ');

export function UnitCountsQuestion({ partId, partName }: { partId: string; partName: string }) {
  const t = useT();
  const field = useField(partFieldKey(partId, 'unitCounts'));
  const key = field.key;
  const counts = unitCountsOf(field.value);
  const columns: RowColumn<DraftMunicipalityCount>[] = [
    { name: 'municipality', label: t('field.municipality'), required: true },
    { name: 'count', label: t('bm.count.number'), kind: 'integer', required: true },
  ];

  if (!field.editable)
    return (
      <div id={fieldAnchorId(key)}>
        <TableScroll>
          <Table zebra className="kl-table" data-size="sm">
            <caption>{t('bm.count.caption', { part: partName })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('bm.count.kind')}</Table.HeaderCell>
                <Table.HeaderCell>{t('bm.count.total')}</Table.HeaderCell>
                <Table.HeaderCell>{t('bm.count.breakdown')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {UNIT_COUNT_KEYS.map((ck) => (
                <Table.Row key={ck}>
                  <Table.HeaderCell scope="row">{t(COUNT_LABEL[ck])}</Table.HeaderCell>
                  <Table.Cell>{counts[ck]?.total ?? ''}</Table.Cell>
                  <Table.Cell>{breakdownText(counts[ck])}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      </div>
    );

  const setCount = (ck: TUnitCountKey, c: DraftUnitCount) => field.set({ ...counts, [ck]: c });
  const shown = UNIT_COUNT_KEYS.flatMap((ck) => [`${key}.${ck}.total`, ...rowInputPaths(`${key}.${ck}.byMunicipality`, counts[ck]?.byMunicipality.length ?? 0, columns)]);

  return (
    <FieldShell field={field} rest={remainingIssues(field.issues, key, shown)}>
      <Fieldset id={fieldAnchorId(key)} className="bm-rows">
        <Fieldset.Legend>{t('bm.count.legend', { part: partName })}</Fieldset.Legend>
        {UNIT_COUNT_KEYS.map((ck) => {
          const c = { ...blankUnitCount(), ...counts[ck] };
          const rows = Array.isArray(c.byMunicipality) ? c.byMunicipality : [];
          const sum = rows.reduce((s, r) => s + (r.count ?? 0), 0);
          return (
            <Fieldset key={ck} className="bm-row" id={fieldAnchorId(`${key}.${ck}`)}>
              <Fieldset.Legend>{t(COUNT_LABEL[ck])}</Fieldset.Legend>
              <NumberField
                id={fieldAnchorId(`${key}.${ck}.total`)}
                label={t('bm.count.totalOf', { kind: t(COUNT_LABEL[ck]) })}
                kind="integer"
                narrow
                value={c.total}
                error={errorText(issuesAt(field.issues, `${key}.${ck}.total`))}
                onChange={(total) => setCount(ck, { ...c, byMunicipality: rows, total })}
                onBlur={field.commit}
              />
              <RowsEditor
                path={`${key}.${ck}.byMunicipality`}
                legend={t('bm.count.breakdownOf', { kind: t(COUNT_LABEL[ck]) })}
                rows={rows}
                columns={columns}
                blank={() => ({ municipality: null, count: null })}
                rowLabel={(i) => t('bm.count.municipalityRow', { n: i + 1 })}
                addLabel={t('bm.count.addMunicipality', { kind: t(COUNT_LABEL[ck]) })}
                issues={field.issues}
                onChange={(byMunicipality) => setCount(ck, { ...c, byMunicipality })}
                onBlur={field.commit}
              />
              {rows.length > 0 && <Paragraph data-size="sm">{t('bm.count.sum', { sum })}</Paragraph>}
            </Fieldset>
          );
        })}
      </Fieldset>
    </FieldShell>
  );
}
