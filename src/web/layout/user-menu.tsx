// The logged-in user's menu: who they are, their roles, and logout. Logged-out users get a login link instead.
import { Dropdown, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router';
import { useT } from '../i18n/i18n-context.tsx';
import { useSession } from '../session/session-context.tsx';
import { useLabels } from '../components/labels.ts';

export function UserMenu() {
  const t = useT();
  const { roleLabel } = useLabels();
  const { user, logout } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  if (!user)
    return pathname === '/logg-inn' ? null : (
      <Link asChild>
        <RouterLink to="/logg-inn">{t('auth.login')}</RouterLink>
      </Link>
    );

  const roles = [...new Set(user.grants.map((g) => roleLabel(g.role)))].join(', ');
  return (
    <Dropdown.TriggerContext>
      <Dropdown.Trigger variant="tertiary" data-size="sm">
        {user.name}
      </Dropdown.Trigger>
      <Dropdown placement="bottom-end" data-size="sm">
        <Dropdown.Heading>{user.name}</Dropdown.Heading>
        <Paragraph data-size="sm" className="kl-menu-text">
          {user.email}
          <br />
          {roles || t('roles.none')}
          {user.isDemo && (
            <>
              <br />
              {t('auth.demoUser')}
            </>
          )}
        </Paragraph>
        <Dropdown.List>
          <Dropdown.Item>
            <Dropdown.Button
              onClick={() => {
                void logout().then(() => navigate('/logg-inn'));
              }}
            >
              {t('auth.logout')}
            </Dropdown.Button>
          </Dropdown.Item>
        </Dropdown.List>
      </Dropdown>
    </Dropdown.TriggerContext>
  );
}
