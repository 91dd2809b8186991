// Where a failed ID-porten/OIDC login lands: /innlogging-feilet?grunn=<code>, with a plain message per code.
import { Alert, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { Page } from '../../components/page.tsx';
import type { LoginRefusalCode } from '../../../domain/access/login.ts';
import type { MessageKey } from '../../i18n/catalogs.ts';
import { useT } from '../../i18n/i18n-context.tsx';

const REASONS: Record<LoginRefusalCode, MessageKey> = {
  'ikke-verifisert': 'loginFailed.notVerified',
  'ingen-invitasjon': 'loginFailed.noInvitation',
  'allerede-bundet': 'loginFailed.alreadyBound',
  utlopt: 'loginFailed.expired',
  sikkerhetsniva: 'loginFailed.securityLevel',
  deaktivert: 'loginFailed.disabled',
  avbrutt: 'loginFailed.cancelled',
  feil: 'loginFailed.error',
};

export function LoginFailedPage() {
  const t = useT();
  const [params] = useSearchParams();
  const reason = REASONS[params.get('grunn') as LoginRefusalCode] ?? 'loginFailed.error';
  return (
    <Page title={t('page.loginFailed')}>
      <Alert data-color="danger">
        <Paragraph>{t(reason)}</Paragraph>
      </Alert>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/logg-inn">{t('loginFailed.tryAgain')}</RouterLink>
        </Link>
      </Paragraph>
    </Page>
  );
}
