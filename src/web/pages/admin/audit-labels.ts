// Names of the audit log's entity types and actions in the user's language; unknown codes are shown as they are.
import { useMemo } from 'react';
import { useT } from '../../i18n/i18n-context.tsx';

export const AUDIT_ENTITY_TYPES = ['organisation', 'person', 'partnership', 'region', 'scheme', 'invitation', 'user'] as const;
const AUDIT_ACTIONS = ['create', 'update', 'update-editors', 'grant-role', 'revoke-role', 'revoke', 'login', 'logout'] as const;

type EntityType = (typeof AUDIT_ENTITY_TYPES)[number];
type Action = (typeof AUDIT_ACTIONS)[number];

const isEntityType = (v: string): v is EntityType => (AUDIT_ENTITY_TYPES as readonly string[]).includes(v);
const isAction = (v: string): v is Action => (AUDIT_ACTIONS as readonly string[]).includes(v);

/** Where an audited entity is shown in the app, when it has a page. */
const ENTITY_PATHS: Partial<Record<EntityType, string>> = {
  organisation: '/organisasjoner/',
  person: '/personer/',
  partnership: '/partnerskap/',
  region: '/regioner/',
  scheme: '/referanse/ordninger/',
};

export function entityPath(type: string, id: string): string | null {
  const base = isEntityType(type) ? ENTITY_PATHS[type] : undefined;
  return base ? `${base}${id}` : null;
}

export function useAuditLabels() {
  const t = useT();
  return useMemo(
    () => ({
      entityTypeLabel: (type: string) => (isEntityType(type) ? t(`auditEntity.${type}`) : type),
      actionLabel: (action: string) => (isAction(action) ? t(`auditAction.${action}`) : action),
    }),
    [t],
  );
}
