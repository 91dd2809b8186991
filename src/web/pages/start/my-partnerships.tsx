// The partnerships the user can see (the server filters by role), newest list first, at most a handful.
import { Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { orgApi } from '../../clients/org.ts';
import { useCall } from '../../hooks/use-call.ts';
import { useT } from '../../i18n/i18n-context.tsx';

const SHOWN = 8;

export function MyPartnerships() {
  const t = useT();
  const { data, error, loading } = useCall(orgApi.listPartnerships);
  const list = data?.partnerships ?? [];
  return (
    <Card data-color="neutral">
      <Heading level={2} data-size="xs">
        {t('start.myPartnerships')}
      </Heading>
      {loading && <Loading />}
      {error && <ApiErrorAlert error={error} />}
      {data && list.length === 0 && <Paragraph>{t('start.noPartnerships')}</Paragraph>}
      {list.length > 0 && (
        <ul className="kl-link-list">
          {list.slice(0, SHOWN).map((p) => (
            <li key={p.id}>
              <Link asChild>
                <RouterLink to={`/partnerskap/${p.id}`}>{p.name}</RouterLink>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {list.length > SHOWN && (
        <Paragraph>
          <Link asChild>
            <RouterLink to="/partnerskap">{t('start.allPartnerships', { count: list.length })}</RouterLink>
          </Link>
        </Paragraph>
      )}
    </Card>
  );
}
