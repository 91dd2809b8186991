// The start page's link to the demo survey (loaded with the questionnaire pages, not the shell): shown only when
// the server says the user may start a response (`allowed` has 'start', ADR 014), with the anonymous survey's link
// and "Mine skjema", the responses the user started or edits.
import { Link } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { questionnaireApi } from '../../clients/questionnaire.ts';
import { useCall } from '../../hooks/use-call.ts';
import { useT } from '../../i18n/i18n-context.tsx';

export const DEMO_QUESTIONNAIRE = 'kartlegging-demo';
export const DEMO_ANONYMOUS_QUESTIONNAIRE = 'kartlegging-anonym';

export function QuestionnaireShortcut() {
  const t = useT();
  const { data } = useCall(questionnaireApi.getQuestionnaire, { params: { id: DEMO_QUESTIONNAIRE } });
  if (!data?.questionnaire.allowed.includes('start')) return null;
  return (
    <>
      <li>
        <Link asChild>
          <RouterLink to={`/skjema/ny/${DEMO_QUESTIONNAIRE}`}>{t('q.shortcut.start')}</RouterLink>
        </Link>
      </li>
      <li>
        <Link asChild>
          <RouterLink to={`/kartlegging/${DEMO_ANONYMOUS_QUESTIONNAIRE}`}>{t('q.shortcut.anonymous')}</RouterLink>
        </Link>
      </li>
      <li>
        <Link asChild>
          <RouterLink to="/skjema">{t('q.shortcut.mine')}</RouterLink>
        </Link>
      </li>
    </>
  );
}
