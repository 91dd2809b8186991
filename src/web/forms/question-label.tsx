// A question's label with the required marker the app uses everywhere ("Må fylles ut" after the text): shared by
// the behovsmelding's form and the questionnaire engine's.
import { Tag } from '@digdir/designsystemet-react';
import { useT } from '../i18n/i18n-context.tsx';

export function QuestionLabel({ label, required }: { label: string; required?: boolean | undefined }) {
  const t = useT();
  return (
    <>
      {label}
      {required && (
        <>
          {' '}
          <Tag data-color="warning" data-size="sm">
            {t('form.required')}
          </Tag>
        </>
      )}
    </>
  );
}
