// Start page: the user's own work first (a coordinator's rounds and applications, a case officer's new submissions,
// returns and deadlines: start/work-overview.tsx), then their partnerships and organisation, then shortcuts to what
// the server offers them (GET /api/session `may`, decided by the policy).
import { Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { lazy, Suspense } from 'react';
import { Link as RouterLink } from 'react-router';
import { Page } from '../components/page.tsx';
import { useT } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/catalogs.ts';
import { useSession } from '../session/session-context.tsx';
import type { SessionMay } from '../types/session.ts';
import { MyPartnerships } from './start/my-partnerships.tsx';

// The questionnaire links come with the questionnaire pages' chunk, not the shell, and show only what the server allows.
const WorkOverview = lazy(() => import('./start/work-overview.tsx').then((m) => ({ default: m.WorkOverview })));
const QuestionnaireShortcut = lazy(() => import('./questionnaire/questionnaire-shortcut.tsx').then((m) => ({ default: m.QuestionnaireShortcut })));

type Shortcut = { to: string; label: MessageKey; visible: (may: SessionMay) => boolean };

const SHORTCUTS: Shortcut[] = [
  { to: '/partnerskap/ny', label: 'start.newPartnership', visible: (may) => may.createPartnership },
  { to: '/organisasjoner/ny', label: 'start.newOrganisation', visible: (may) => may.createOrganisation },
  { to: '/inviter', label: 'start.invite', visible: (may) => may.invite },
  { to: '/regioner', label: 'start.regions', visible: () => true },
  { to: '/referanse/ordninger', label: 'start.schemes', visible: () => true },
  { to: '/admin/revisjonslogg', label: 'start.audit', visible: (may) => may.readAudit },
];

export function StartPage() {
  const t = useT();
  const { user, may } = useSession();
  if (!user || !may) return null;
  const shortcuts = SHORTCUTS.filter((s) => s.visible(may));
  return (
    <Page title={t('page.start')} lead={<Paragraph data-size="lg">{t('start.greeting', { name: user.name })}</Paragraph>}>
      <Suspense fallback={null}>
        <WorkOverview key={user.id} />
      </Suspense>
      <div className="kl-cards">
        <MyPartnerships />
        {user.organisationId && (
          <Card data-color="neutral">
            <Heading level={2} data-size="xs">
              {t('start.myOrganisation')}
            </Heading>
            <Paragraph>
              <Link asChild>
                <RouterLink to={`/organisasjoner/${user.organisationId}`}>{t('start.myOrganisationLink')}</RouterLink>
              </Link>
            </Paragraph>
          </Card>
        )}
        <Card data-color="neutral">
          <Heading level={2} data-size="xs">
            {t('start.shortcuts')}
          </Heading>
          <ul className="kl-link-list">
            {shortcuts.map((s) => (
              <li key={s.to}>
                <Link asChild>
                  <RouterLink to={s.to}>{t(s.label)}</RouterLink>
                </Link>
              </li>
            ))}
            <Suspense fallback={null}>
              <QuestionnaireShortcut />
            </Suspense>
          </ul>
        </Card>
      </div>
    </Page>
  );
}
