// Login: ID-porten (OIDC) when configured, and the clearly marked demo login when it is switched on.
import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { accessApi } from '../../clients/access.ts';
import { Page } from '../../components/page.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { useSession } from '../../session/session-context.tsx';
import { DemoLoginSection } from './demo-login-section.tsx';
import { safeReturnTo } from './return-to.ts';

export function LoginPage() {
  const t = useT();
  const { user, login } = useSession();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));

  return (
    <Page title={t('page.login')}>
      {user && (
        <Alert data-color="info" className="kl-block">
          <Paragraph>{t('login.alreadyLoggedIn', { name: user.name })}</Paragraph>
          <Paragraph>
            <Link asChild>
              <RouterLink to={returnTo}>{t('login.continue')}</RouterLink>
            </Link>
          </Paragraph>
        </Alert>
      )}
      {login.oidc && (
        <section aria-labelledby="login-oidc" className="kl-section">
          <Heading level={2} data-size="sm" id="login-oidc">
            {t('login.oidcHeading')}
          </Heading>
          <Paragraph>{t('login.oidcText')}</Paragraph>
          <Button asChild>
            <a href={accessApi.oidcLogin.url({ query: { returnTo } })}>{t('login.oidcButton')}</a>
          </Button>
        </section>
      )}
      {login.demo && <DemoLoginSection returnTo={returnTo} />}
      {!login.oidc && !login.demo && (
        <Alert data-color="warning">
          <Paragraph>{t('login.notConfigured')}</Paragraph>
        </Alert>
      )}
    </Page>
  );
}
