// The main navigation: a plain list of links (no menu widget), marked with aria-current on the active section.
import { NavLink } from 'react-router';
import { useT } from '../i18n/i18n-context.tsx';
import { useSession } from '../session/session-context.tsx';
import { navItemsFor } from './nav-items.ts';

export function MainNav() {
  const t = useT();
  const { may } = useSession();
  const items = navItemsFor(may);
  if (items.length === 0) return null;
  return (
    <nav aria-label={t('nav.label')} className="kl-nav">
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} className="ds-link">
              {t(item.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
