// The frame around every page: skip link, header, main landmark with the status region, footer. Pages that need
// a login send a logged-out visitor to /logg-inn and back afterwards.
import { SkipLink } from '@digdir/designsystemet-react';
import { Navigate, Outlet, useLocation, useMatches } from 'react-router';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { Loading } from '../components/loading.tsx';
import { ApiError } from '../api.ts';
import { useT } from '../i18n/i18n-context.tsx';
import type { RouteHandle } from '../route-meta.ts';
import { useSession } from '../session/session-context.tsx';
import { SiteFooter } from './site-footer.tsx';
import { SiteHeader } from './site-header.tsx';
import { StatusProvider } from './status-context.tsx';
import { StatusRegion } from './status-region.tsx';

function PageOutlet() {
  const { status, user } = useSession();
  const location = useLocation();
  const handle = useMatches().at(-1)?.handle as RouteHandle | undefined;
  const isPublic = handle?.public ?? true;
  if (status === 'loading') return <Loading />;
  if (status === 'error' && !isPublic) return <ApiErrorAlert error={new ApiError(0, 'NETWORK', null)} />;
  if (!isPublic && !user) {
    const returnTo = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/logg-inn?returnTo=${returnTo}`} replace />;
  }
  return <Outlet />;
}

export function AppLayout() {
  const t = useT();
  return (
    <StatusProvider>
      <SkipLink href="#main">{t('layout.skipToMain')}</SkipLink>
      <div className="kl-shell">
        <SiteHeader />
        <main id="main" tabIndex={-1} className="kl-main">
          <StatusRegion />
          <PageOutlet />
        </main>
        <SiteFooter />
      </div>
    </StatusProvider>
  );
}
