// After an anonymous answer: thanks, and nothing that names the answer (there is no receipt id to keep).
import { Paragraph } from '@digdir/designsystemet-react';
import { Page } from '../../components/page.tsx';
import { useT } from '../../i18n/i18n-context.tsx';

export function ThankYouPage() {
  const t = useT();
  return (
    <Page title={t('page.qThanks')}>
      <Paragraph>{t('q.thanks.body')}</Paragraph>
      <Paragraph>{t('q.thanks.anonymous')}</Paragraph>
    </Page>
  );
}
