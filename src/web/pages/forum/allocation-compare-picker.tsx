// Two scenarios of a round to compare (issue 13, point 4): the same small form on the allocation screen and on the
// comparison page; it goes to …/fordeling/sammenlign?a=&b=.
import { Button, Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { SelectField } from '../../forms/fields.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { comparePath } from './allocation-paths.ts';

type Props = { roundId: string; scenarios: readonly { id: string; name: string }[]; a: string | null; b: string | null };

export function ComparePicker({ roundId, scenarios, a, b }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const [pickA, setA] = useState<string | null>(null);
  const [pickB, setB] = useState<string | null>(null);
  if (scenarios.length < 2) return <Paragraph>{t('allocation.compareTooFew')}</Paragraph>;
  const valueA = pickA ?? a ?? scenarios[0]!.id;
  const valueB = pickB ?? b ?? scenarios.find((s) => s.id !== valueA)!.id;
  const options = scenarios.map((s) => ({ value: s.id, label: s.name }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void navigate(comparePath(roundId, valueA, valueB));
  };
  return (
    <form onSubmit={submit} aria-label={t('allocation.compareHeading')} className="kl-form">
      <Fieldset>
        <Fieldset.Legend>{t('allocation.compareHeading')}</Fieldset.Legend>
        <div className="fa-compare-fields">
          <SelectField name="compare.a" label={t('allocation.compareA')} value={valueA} onChange={setA} options={options} />
          <SelectField name="compare.b" label={t('allocation.compareB')} value={valueB} onChange={setB} options={options} />
        </div>
      </Fieldset>
      <div className="kl-actions">
        <Button type="submit" variant="secondary">
          {t('allocation.compare')}
        </Button>
      </div>
    </form>
  );
}
