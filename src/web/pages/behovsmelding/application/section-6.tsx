// Section 6 "Bruk av tilskuddsmidler og budsjett": the parts, and per part section 6 and its two budget tables.
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useOffices } from '../../../hooks/use-reference.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import { useApplicationForm } from './application-context.ts';
import { BudgetQuestion } from './budget-question.tsx';
import { partsOf } from './field-values.ts';
import { GrantUseQuestion } from './grant-use-question.tsx';
import { PartsQuestion } from './parts-question.tsx';

export function Section6() {
  const t = useT();
  const { fields } = useApplicationForm();
  const offices = useOffices().data?.offices ?? [];
  const parts = partsOf(fields.values['parts']);
  return (
    <div className="bm-section">
      <PartsQuestion offices={offices} />
      {parts.map((p, i) => {
        const name = p.name?.trim() || t('bm.part.unnamed', { n: i + 1 });
        const office = p.otherOfficeId ? (offices.find((o) => o.id === p.otherOfficeId)?.name ?? p.otherOfficeId) : null;
        const headingId = `part-${p.id}`;
        return (
          <section key={p.id} aria-labelledby={headingId} className="kl-section bm-part">
            <Heading level={2} data-size="sm" id={headingId}>
              {t('bm.part.heading', { n: i + 1, name })}
            </Heading>
            {office && <Paragraph>{t('bm.part.atOtherOffice', { office })}</Paragraph>}
            <GrantUseQuestion partId={p.id} partName={name} budgetYear={p.budgetYear} />
            <BudgetQuestion partId={p.id} which="ownerBudget" partName={name} />
            <BudgetQuestion partId={p.id} which="uhBudget" partName={name} />
          </section>
        );
      })}
    </div>
  );
}
