// Display names of the domain's codes (roles, organisation kinds, unit kinds …), from the message files.
import { useMemo } from 'react';
import type { Role } from '../../domain/access/roles.ts';
import type { OrganisationKind } from '../../domain/org/organisation.ts';
import type { MemberRole, UnitKind } from '../../domain/org/partnership.ts';
import { useT } from '../i18n/i18n-context.tsx';

type SamiLanguage = 'nordsamisk' | 'lulesamisk' | 'sorsamisk';

export function useLabels() {
  const t = useT();
  return useMemo(
    () => ({
      roleLabel: (role: Role) => t(`role.${role}`),
      kindLabel: (kind: OrganisationKind) => t(`orgKind.${kind}`),
      unitKindLabel: (kind: UnitKind) => t(`unitKind.${kind}`),
      memberRoleLabel: (role: MemberRole) => t(`memberRole.${role}`),
      samiLanguageLabel: (language: SamiLanguage) => t(`samiLanguage.${language}`),
      rskFormLabel: (form: 'forening' | 'vertskommune') => t(`rskForm.${form}`),
    }),
    [t],
  );
}
