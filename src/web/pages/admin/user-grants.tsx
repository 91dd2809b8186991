// A user's roles, each with its scope and, where the server allows it, a remove button (asks first: removing access
// is a big step).
import { Button } from '@digdir/designsystemet-react';
import { useLabels } from '../../components/labels.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import type { Grant, User } from '../../types/access.ts';

type Props = {
  user: User;
  officeName: (id: string) => string;
  organisationName: (id: string) => string;
  onRemove: (grant: Grant) => void;
};

export function UserGrants({ user, officeName, organisationName, onRemove }: Props) {
  const t = useT();
  const { roleLabel } = useLabels();
  if (user.grants.length === 0) return <>{t('roles.none')}</>;
  return (
    <ul className="kl-grants">
      {user.grants.map((g) => {
        const scope = g.officeId ? officeName(g.officeId) : g.organisationId ? organisationName(g.organisationId) : '';
        const label = scope ? `${roleLabel(g.role)} – ${scope}` : roleLabel(g.role);
        return (
          <li key={g.id}>
            {label}{' '}
            {g.allowed.includes('revoke') && (
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => onRemove(g)} aria-label={t('users.removeRole', { role: label, name: user.name })}>
                {t('common.remove')}
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
