// Shows a failed request: the server's own (Norwegian) message when it sent one, otherwise a generic message in
// the user's language. 401 offers the login page, since that is the way forward.
import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useLocation } from 'react-router';
import type { ApiError } from '../api.ts';
import { useT } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/catalogs.ts';

function fallbackMessage(error: ApiError): MessageKey {
  if (error.code === 'NETWORK') return 'error.network';
  if (error.status === 403) return 'error.forbidden';
  if (error.status === 404) return 'error.notFound';
  return 'error.unknown';
}

export function ApiErrorAlert({ error, heading }: { error: ApiError; heading?: string }) {
  const t = useT();
  const location = useLocation();
  const returnTo = encodeURIComponent(location.pathname + location.search);
  return (
    <Alert data-color="danger" className="kl-block">
      {heading && (
        <Heading level={2} data-size="xs">
          {heading}
        </Heading>
      )}
      <Paragraph>{error.userMessage ?? t(fallbackMessage(error))}</Paragraph>
      {error.status === 401 && (
        <Paragraph>
          <Link asChild>
            <RouterLink to={`/logg-inn?returnTo=${returnTo}`}>{t('auth.login')}</RouterLink>
          </Link>
        </Paragraph>
      )}
    </Alert>
  );
}
