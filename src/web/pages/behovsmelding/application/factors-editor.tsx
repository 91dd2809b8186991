// The factors of a budget line (273 ansatte × 3 dialogkonferanser): each a number, what it counts, and optionally
// the terms it is the sum of ("35 + 15"), in which case the number follows the terms.
import { Button, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useT } from '../../../i18n/i18n-context.tsx';
import type { DraftFactor } from './draft-types.ts';
import { fieldAnchorId } from './field-anchor.ts';
import { removeAt, replaceAt } from './field-values.ts';
import { errorText, issuesAt, type Issue } from './issues.ts';
import { NumberField } from './number-field.tsx';
import { formatTerms, parseTerms } from './number-text.ts';
import { useFocusAfterRender } from './use-focus-after-render.ts';

type Props = { path: string; factors: DraftFactor[]; onChange: (factors: DraftFactor[]) => void; onBlur: () => void; issues: readonly Issue[] };

export function FactorsEditor({ path, factors, onChange, onBlur, issues }: Props) {
  const t = useT();
  const focusLater = useFocusAfterRender();
  return (
    <Fieldset id={fieldAnchorId(path)} className="bm-factors">
      <Fieldset.Legend>{t('bm.budget.factors')}</Fieldset.Legend>
      <Fieldset.Description>{t('bm.budget.factorsHelp')}</Fieldset.Description>
      {factors.map((f, i) => {
        const fp = `${path}.${i}`;
        return (
          <div key={i} className="bm-row-cells bm-factor" id={fieldAnchorId(fp)}>
            <NumberField
              id={fieldAnchorId(`${fp}.value`)}
              label={t('bm.budget.factorValue', { n: i + 1 })}
              kind="decimal"
              narrow
              value={f.value}
              error={errorText(issuesAt(issues, `${fp}.value`))}
              onChange={(value) => onChange(replaceAt(factors, i, { ...f, value, terms: null }))}
              onBlur={onBlur}
            />
            <Textfield
              id={fieldAnchorId(`${fp}.label`)}
              name={`${fp}.label`}
              label={t('bm.budget.factorLabel', { n: i + 1 })}
              value={f.label ?? ''}
              error={errorText(issuesAt(issues, `${fp}.label`))}
              onChange={(e) => onChange(replaceAt(factors, i, { ...f, label: e.target.value === '' ? null : e.target.value }))}
              onBlur={onBlur}
            />
            <TermsInput
              id={fieldAnchorId(`${fp}.terms`)}
              label={t('bm.budget.factorTerms', { n: i + 1 })}
              terms={f.terms ?? null}
              error={errorText(issuesAt(issues, `${fp}.terms`))}
              onChange={(terms) => onChange(replaceAt(factors, i, { ...f, terms, value: terms ? terms.reduce((a, b) => a + b, 0) : f.value }))}
              onBlur={onBlur}
            />
            <Button
              type="button"
              variant="tertiary"
              data-size="sm"
              aria-label={t('common.removeItem', { name: t('bm.budget.factorValue', { n: i + 1 }) })}
              onClick={() => {
                onChange(removeAt(factors, i));
                focusLater(fieldAnchorId(path));
              }}
            >
              {t('common.remove')}
            </Button>
          </div>
        );
      })}
      <div>
        <Button
          type="button"
          variant="secondary"
          data-size="sm"
          onClick={() => {
            onChange([...factors, { value: null, label: null, terms: null }]);
            focusLater(fieldAnchorId(`${path}.${factors.length}.value`));
          }}
        >
          {t('bm.budget.addFactor')}
        </Button>
      </div>
    </Fieldset>
  );
}

/** "35 + 15": kept as typed; the terms are set when it reads as a sum of numbers. */
function TermsInput({ id, label, terms, error, onChange, onBlur }: { id: string; label: string; terms: number[] | null; error?: string | undefined; onChange: (t: number[] | null) => void; onBlur: () => void }) {
  const t = useT();
  const [text, setText] = useState(() => formatTerms(terms));
  const [shown, setShown] = useState(terms);
  if (terms !== shown) {
    setShown(terms);
    if (JSON.stringify(parseTerms(text)) !== JSON.stringify(terms)) setText(formatTerms(terms));
  }
  const invalid = text.trim() !== '' && parseTerms(text) === null;
  return (
    <Textfield
      id={id}
      name={id}
      label={label}
      description={t('bm.budget.termsHelp')}
      value={text}
      error={invalid ? t('bm.budget.termsInvalid') : error}
      onChange={(e) => {
        setText(e.target.value);
        const parsed = parseTerms(e.target.value);
        if (e.target.value.trim() === '' || parsed) {
          setShown(parsed);
          onChange(parsed);
        }
      }}
      onBlur={onBlur}
    />
  );
}
