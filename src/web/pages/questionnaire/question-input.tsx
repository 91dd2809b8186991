// One question of any catalogue, drawn from its data with Designsystemet fields: text and long text, number, one
// choice (radios), several (checkboxes), yes/no (radios), date, and a table with a row per entry (add and remove).
// The value is what validate.ts checks: text as a string (empty: null), a number, a string, string[], a boolean,
// 'yyyy-mm-dd' and an array of row objects.
import { Button, Checkbox, Field, Fieldset, Label, Radio, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { TColumn, TOption, TQuestion } from '../../../domain/questionnaire/catalogue.ts';
import { useLocalize, useT } from '../../i18n/i18n-context.tsx';
import { fieldId } from './field-id.ts';
import { QuestionLabel } from '../../forms/question-label.tsx';

export type QuestionInputProps = {
  question: TQuestion;
  value: unknown;
  onChange: (value: unknown) => void;
  onCommit: () => void;
  /** The error of each path (`key`, `key.0.column`), already in the UI language. */
  errorAt: (path: string) => string | undefined;
  readOnly?: boolean | undefined;
};

const textOf = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const textValue = (s: string): string | null => (s === '' ? null : s);

/** A number as typed: a number when it reads as one (comma or point), else the text, for validation to refuse. */
export function numberValue(s: string): number | string | null {
  const trimmed = s.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  const n = Number(trimmed.replace(',', '.'));
  return Number.isFinite(n) ? n : s;
}

function NumberInput({ id, label, value, required, error, onChange, onCommit, readOnly }: {
  id: string; label: string; value: unknown; required: boolean; error: string | undefined; onChange: (v: unknown) => void; onCommit: () => void; readOnly?: boolean | undefined;
}) {
  const [text, setText] = useState(textOf(value));
  const shown = numberValue(text) === value || (value === null && text.trim() === '') ? text : textOf(value);
  return (
    <Textfield
      id={id}
      label={<QuestionLabel label={label} required={required} />}
      inputMode="decimal"
      value={shown}
      readOnly={readOnly}
      error={error}
      onChange={(e) => {
        setText(e.target.value);
        onChange(numberValue(e.target.value));
      }}
      onBlur={onCommit}
    />
  );
}

function Choices({ name, options, value, invalid, onPick, readOnly }: { name: string; options: TOption[]; value: unknown; invalid: boolean; onPick: (v: string) => void; readOnly?: boolean | undefined }) {
  const localize = useLocalize();
  return options.map((o) => (
    <Radio
      key={o.value}
      name={name}
      value={o.value}
      label={localize(o.label)}
      checked={value === o.value}
      aria-invalid={invalid || undefined}
      readOnly={readOnly}
      onChange={() => onPick(o.value)}
    />
  ));
}

export function QuestionInput({ question, value, onChange, onCommit, errorAt, readOnly }: QuestionInputProps) {
  const t = useT();
  const localize = useLocalize();
  const label = localize(question.label);
  const description = question.help ? localize(question.help) : undefined;
  const id = fieldId(question.key);
  const error = errorAt(question.key);
  const pick = (v: unknown) => {
    onChange(v);
    onCommit();
  };
  switch (question.type) {
    case 'text':
    case 'longText': {
      const shared = {
        id,
        label: <QuestionLabel label={label} required={question.required} />,
        description,
        value: textOf(value),
        readOnly,
        error,
        onChange: (e: { target: { value: string } }) => onChange(textValue(e.target.value)),
        onBlur: onCommit,
      };
      return question.type === 'longText' ? (
        <Textfield {...shared} multiline rows={5} />
      ) : (
        <Textfield {...shared} type={question.inputType ?? 'text'} {...(question.autoComplete ? { autoComplete: question.autoComplete } : {})} />
      );
    }
    case 'number':
      return <NumberInput id={id} label={label} value={value} required={question.required} error={error} onChange={onChange} onCommit={onCommit} readOnly={readOnly} />;
    case 'date':
      return (
        <Textfield
          id={id}
          type="date"
          label={<QuestionLabel label={label} required={question.required} />}
          description={description}
          value={textOf(value)}
          readOnly={readOnly}
          error={error}
          onChange={(e) => onChange(textValue(e.target.value))}
          onBlur={onCommit}
        />
      );
    case 'choice':
    case 'yesNo':
      return (
        <Fieldset id={id}>
          <Fieldset.Legend>
            <QuestionLabel label={label} required={question.required} />
          </Fieldset.Legend>
          {description && <Fieldset.Description>{description}</Fieldset.Description>}
          {question.type === 'choice' ? (
            <Choices name={question.key} options={question.options} value={value} invalid={Boolean(error)} onPick={pick} readOnly={readOnly} />
          ) : (
            <>
              <Radio name={question.key} value="ja" label={t('common.yes')} checked={value === true} aria-invalid={Boolean(error) || undefined} readOnly={readOnly} onChange={() => pick(true)} />
              <Radio name={question.key} value="nei" label={t('common.no')} checked={value === false} aria-invalid={Boolean(error) || undefined} readOnly={readOnly} onChange={() => pick(false)} />
            </>
          )}
          {error && <ValidationMessage>{error}</ValidationMessage>}
        </Fieldset>
      );
    case 'multiChoice': {
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      return (
        <Fieldset id={id}>
          <Fieldset.Legend>
            <QuestionLabel label={label} required={question.required} />
          </Fieldset.Legend>
          {description && <Fieldset.Description>{description}</Fieldset.Description>}
          {question.options.map((o) => (
            <Checkbox
              key={o.value}
              name={question.key}
              value={o.value}
              label={localize(o.label)}
              checked={chosen.includes(o.value)}
              aria-invalid={Boolean(error) || undefined}
              readOnly={readOnly}
              onChange={(e) => {
                const next = e.target.checked ? [...chosen, o.value] : chosen.filter((v) => v !== o.value);
                // Kept in the catalogue's order.
                pick(question.options.map((x) => x.value).filter((v) => next.includes(v)));
              }}
            />
          ))}
          {error && <ValidationMessage>{error}</ValidationMessage>}
        </Fieldset>
      );
    }
    case 'table':
      return <TableInput question={question} value={value} onChange={onChange} onCommit={onCommit} errorAt={errorAt} readOnly={readOnly} />;
    case 'custom':
      // Drawn by its client's own component (QuestionnaireForm's `customQuestions`); a catalogue published through
      // the API has no custom questions (catalogue.ts), so reaching this is a programming error.
      throw new Error(`Spørsmålet ${question.key} trenger komponenten ${question.component}`);
  }
}

type Row = Record<string, unknown>;

function CellInput({ column, id, label, value, error, onChange, onCommit, readOnly }: {
  column: TColumn; id: string; label: string; value: unknown; error: string | undefined; onChange: (v: unknown) => void; onCommit: () => void; readOnly?: boolean | undefined;
}) {
  const t = useT();
  const localize = useLocalize();
  if (column.type === 'number') return <NumberInput id={id} label={label} value={value} required={column.required} error={error} onChange={onChange} onCommit={onCommit} readOnly={readOnly} />;
  if (column.type === 'choice' || column.type === 'yesNo') {
    const options = column.type === 'choice' ? column.options.map((o) => ({ value: o.value, label: localize(o.label) })) : [{ value: 'ja', label: t('common.yes') }, { value: 'nei', label: t('common.no') }];
    const current = column.type === 'yesNo' ? (value === true ? 'ja' : value === false ? 'nei' : '') : textOf(value);
    return (
      <Field>
        <Label htmlFor={id}>
          <QuestionLabel label={label} required={column.required} />
        </Label>
        <Select
          id={id}
          value={current}
          aria-invalid={error ? true : undefined}
          disabled={readOnly}
          onChange={(e) => {
            const v = e.target.value;
            onChange(v === '' ? null : column.type === 'yesNo' ? v === 'ja' : v);
          }}
          onBlur={onCommit}
        >
          <Select.Option value="">{t('form.choose')}</Select.Option>
          {options.map((o) => (
            <Select.Option key={o.value} value={o.value}>
              {o.label}
            </Select.Option>
          ))}
        </Select>
        {error && <ValidationMessage>{error}</ValidationMessage>}
      </Field>
    );
  }
  return (
    <Textfield
      id={id}
      type={column.type === 'date' ? 'date' : 'text'}
      label={<QuestionLabel label={label} required={column.required} />}
      value={textOf(value)}
      readOnly={readOnly}
      error={error}
      onChange={(e) => onChange(textValue(e.target.value))}
      onBlur={onCommit}
    />
  );
}

function TableInput({ question, value, onChange, onCommit, errorAt, readOnly }: QuestionInputProps & { question: Extract<TQuestion, { type: 'table' }> }) {
  const t = useT();
  const localize = useLocalize();
  const rows: Row[] = Array.isArray(value) ? (value as Row[]) : [];
  const label = localize(question.label);
  const setRows = (next: Row[]) => onChange(next.length ? next : null);
  const error = errorAt(question.key);
  return (
    <Fieldset id={fieldId(question.key)} className="q-table">
      <Fieldset.Legend>
        <QuestionLabel label={label} required={question.required} />
      </Fieldset.Legend>
      {question.help && <Fieldset.Description>{localize(question.help)}</Fieldset.Description>}
      {rows.map((row, index) => (
        <fieldset key={index} className="q-table-row">
          <legend>{t('q.table.row', { n: index + 1 })}</legend>
          {question.columns.map((column) => {
            const path = `${question.key}.${index}.${column.key}`;
            return (
              <CellInput
                key={column.key}
                column={column}
                id={fieldId(path)}
                label={localize(column.label)}
                value={row[column.key] ?? null}
                error={errorAt(path)}
                readOnly={readOnly}
                onChange={(v) => setRows(rows.map((r, i) => (i === index ? { ...r, [column.key]: v } : r)))}
                onCommit={onCommit}
              />
            );
          })}
          {!readOnly && (
            <Button
              type="button"
              variant="tertiary"
              data-size="sm"
              onClick={() => {
                setRows(rows.filter((_, i) => i !== index));
                onCommit();
              }}
            >
              {t('q.table.removeRow', { n: index + 1 })}
            </Button>
          )}
        </fieldset>
      ))}
      {!readOnly && rows.length < question.maxRows && (
        <Button type="button" variant="secondary" data-size="sm" onClick={() => setRows([...rows, {}])}>
          {t('q.table.addRow')}
        </Button>
      )}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}
