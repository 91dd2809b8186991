// One grant scheme: an admin edits it here (name, description, open or not, rules); others read it.
import { useCall } from '../../hooks/use-call.ts';
import { referenceApi } from '../../clients/reference.ts';
import { useParams } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { useLocalize, useT } from '../../i18n/i18n-context.tsx';
import { SchemeDetails } from './scheme-details.tsx';
import { SchemeForm } from './scheme-form.tsx';

export function SchemePage() {
  const t = useT();
  const localize = useLocalize();
  const { id = '' } = useParams();
  const { data, error } = useCall(referenceApi.getScheme, { params: { id } });
  const s = data?.scheme;
  return (
    <Page title={s ? localize(s.name) : t('page.scheme')}>
      {error && <ApiErrorAlert error={error} />}
      {!s && !error && <Loading />}
      {s && (s.allowed.includes('edit') ? <SchemeForm scheme={s} /> : <SchemeDetails scheme={s} />)}
    </Page>
  );
}
