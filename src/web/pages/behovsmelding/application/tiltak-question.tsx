// 2.2 Tiltak: one table per period ("HØST 24-VÅR 25"); periods and rows are added and removed with buttons, each row
// a fieldset (no wide table to scroll on a phone). Read-only: a captioned table per period.
import { Button, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useT } from '../../../i18n/i18n-context.tsx';
import { blankTiltakPeriod, blankTiltakRow, type TTiltakPeriod } from './draft-types.ts';
import { fieldAnchorId } from './field-anchor.ts';
import { FieldShell } from './field-shell.tsx';
import { removeAt, replaceAt, rowsOf, textOf } from './field-values.ts';
import { errorText, issuesAt, remainingIssues } from './issues.ts';
import { QuestionLabel } from '../../../forms/question-label.tsx';
import { ReadOnlyValue } from './read-only-value.tsx';
import { RowsEditor, rowInputPaths } from './rows-editor.tsx';
import { columnMaxLength, ZTiltakPeriod, ZTiltakRow } from '../../../../domain/behovsmelding/application-fields.ts';
import { useCounter } from './use-counter.ts';
import { RowsTable } from './rows-table.tsx';
import { tiltakColumns } from './tiltak-columns.ts';
import { useField } from './use-field.ts';
import { useFocusAfterRender } from './use-focus-after-render.ts';

export function TiltakQuestion() {
  const t = useT();
  const field = useField('s2.tiltak');
  const periodCounter = useCounter(columnMaxLength(ZTiltakPeriod, 'periode'));
  const focusLater = useFocusAfterRender();
  const key = field.key;
  const columns = tiltakColumns(t);
  const periods = rowsOf<TTiltakPeriod>(field.value, blankTiltakPeriod).map((p) => ({ ...p, rader: rowsOf(p.rader, blankTiltakRow) }));
  const periodName = (p: TTiltakPeriod, i: number) => (p.periode?.trim() ? p.periode : t('bm.tiltak.period', { n: i + 1 }));

  if (!field.editable)
    return (
      <ReadOnlyValue path={key} label={field.label}>
        {periods.map((p, i) => (
          <RowsTable key={i} path={`${key}.${i}.rader`} caption={t('bm.tiltak.caption', { period: periodName(p, i) })} rows={p.rader} columns={columns} />
        ))}
      </ReadOnlyValue>
    );

  const setPeriod = (i: number, p: TTiltakPeriod) => field.set(replaceAt(periods, i, p));
  const shown = periods.flatMap((p, i) => [`${key}.${i}.periode`, ...rowInputPaths(`${key}.${i}.rader`, p.rader.length, columns)]);

  return (
    <FieldShell field={field} rest={remainingIssues(field.issues, key, shown)}>
      <Fieldset id={fieldAnchorId(key)} className="bm-rows">
        <Fieldset.Legend>
          <QuestionLabel label={field.label} required={field.required} />
        </Fieldset.Legend>
        <Fieldset.Description>{t('bm.tiltak.help')}</Fieldset.Description>
        {periods.map((period, i) => (
          <div key={i} className="bm-period" id={fieldAnchorId(`${key}.${i}`)}>
            <Textfield
              id={fieldAnchorId(`${key}.${i}.periode`)}
              name={`${key}.${i}.periode`}
              className="bm-number"
              label={t('bm.tiltak.periodName', { n: i + 1 })}
              value={textOf(period.periode)}
              error={errorText(issuesAt(field.issues, `${key}.${i}.periode`))}
              onChange={(e) => setPeriod(i, { ...period, periode: e.target.value === '' ? null : e.target.value })}
              onBlur={field.commit}
              {...periodCounter}
            />
            <RowsEditor
              path={`${key}.${i}.rader`}
              legend={t('bm.tiltak.caption', { period: periodName(period, i) })}
              rows={period.rader}
              columns={columns}
              blank={blankTiltakRow}
              rowLabel={(r) => t('bm.tiltak.row', { n: r + 1, period: periodName(period, i) })}
              addLabel={t('bm.tiltak.addRow', { period: periodName(period, i) })}
              issues={field.issues}
              onChange={(rader) => setPeriod(i, { ...period, rader })}
              onBlur={field.commit}
              rowSchema={ZTiltakRow}
            />
            <Button
              type="button"
              variant="tertiary"
              data-size="sm"
              onClick={() => {
                field.set(removeAt(periods, i));
                focusLater(fieldAnchorId(key));
              }}
            >
              {t('bm.tiltak.removePeriod', { period: periodName(period, i) })}
            </Button>
          </div>
        ))}
        <div>
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() => {
              field.set([...periods, blankTiltakPeriod()]);
              focusLater(fieldAnchorId(`${key}.${periods.length}.periode`));
            }}
          >
            {t('bm.tiltak.addPeriod')}
          </Button>
        </div>
      </Fieldset>
    </FieldShell>
  );
}
