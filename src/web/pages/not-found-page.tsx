// Unknown paths inside the app.
import { Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { Page } from '../components/page.tsx';
import { useT } from '../i18n/i18n-context.tsx';

export function NotFoundPage() {
  const t = useT();
  return (
    <Page title={t('page.notFound')}>
      <Paragraph>{t('notFound.text')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/">{t('notFound.home')}</RouterLink>
        </Link>
      </Paragraph>
    </Page>
  );
}
