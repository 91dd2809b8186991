// A page that crashed while rendering: say so plainly, keep the header and navigation usable.
import { Alert, Link, Paragraph } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { Link as RouterLink, useRouteError } from 'react-router';
import { Page } from '../components/page.tsx';
import { useT } from '../i18n/i18n-context.tsx';

export function RouteErrorPage() {
  const t = useT();
  const error = useRouteError();
  useEffect(() => {
    console.error(error); // for developers and error reports; the user sees a plain message
  }, [error]);
  return (
    <Page title={t('page.error')}>
      <Alert data-color="danger">
        <Paragraph>{t('error.unexpected')}</Paragraph>
      </Alert>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/">{t('notFound.home')}</RouterLink>
        </Link>
      </Paragraph>
    </Page>
  );
}
