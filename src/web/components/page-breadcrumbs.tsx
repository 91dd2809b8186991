// Breadcrumbs from the route's metadata: the ancestor pages of the current route pattern
// (/organisasjoner/:id/rediger → Start › Organisasjoner › Organisasjon), ending with the current page's title.
import { Breadcrumbs } from '@digdir/designsystemet-react';
import { Link as RouterLink, generatePath, useLocation, useMatches, useParams } from 'react-router';
import { useT } from '../i18n/i18n-context.tsx';
import type { Crumb, RouteHandle } from '../route-meta.ts';

const HOME: Crumb[] = [{ path: '/', title: 'page.start' }];

export function PageBreadcrumbs({ current }: { current: string }) {
  const t = useT();
  const params = useParams();
  const { pathname } = useLocation();
  const handle = useMatches().at(-1)?.handle as RouteHandle | undefined;
  const crumbs = (handle?.crumbs ?? HOME).map((c) => ({ to: generatePath(c.path, params), label: t(c.title) }));
  const parent = crumbs.at(-1);
  return (
    <Breadcrumbs aria-label={t('breadcrumbs.label')} className="kl-breadcrumbs">
      {parent && (
        <Breadcrumbs.Link asChild aria-label={t('breadcrumbs.backTo', { page: parent.label })}>
          <RouterLink to={parent.to}>{parent.label}</RouterLink>
        </Breadcrumbs.Link>
      )}
      <Breadcrumbs.List>
        {crumbs.map((c) => (
          <Breadcrumbs.Item key={c.to}>
            <Breadcrumbs.Link asChild>
              <RouterLink to={c.to}>{c.label}</RouterLink>
            </Breadcrumbs.Link>
          </Breadcrumbs.Item>
        ))}
        <Breadcrumbs.Item>
          <Breadcrumbs.Link asChild>
            <RouterLink to={pathname}>{current}</RouterLink>
          </Breadcrumbs.Link>
        </Breadcrumbs.Item>
      </Breadcrumbs.List>
    </Breadcrumbs>
  );
}
