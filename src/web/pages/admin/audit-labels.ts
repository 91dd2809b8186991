// Names of the audit log's entity types and actions in the user's language; unknown codes are shown as they are.
// audit-labels.test.ts scans the use cases for the codes they write, so a new module cannot forget to name its own.
import { useMemo } from 'react';
import { useT } from '../../i18n/i18n-context.tsx';

/** Every entity type the use cases write, grouped by module in the order the menu shows the modules. */
export const AUDIT_ENTITY_TYPES = [
  'organisation',
  'person',
  'partnership',
  'region',
  'scheme',
  'invitation',
  'user',
  'email-outbox',
  'behovsmelding-round',
  'behovsmelding-extension',
  'behovsmelding',
  'behovsmelding-attachment',
  'questionnaire',
  'questionnaire-response',
  'forum-setting',
  'forum-member',
  'forum-meeting',
  'forum-agenda-item',
  'forum-recusal',
  'forum-criteria',
  'forum-criterion',
  'forum-review',
  'forum-item-assessment',
  'forum-vote',
  'forum-item-decision',
  'budget-frame',
  'allocation-scenario',
  'allocation-application',
  'innstilling',
  'tilsagn-setting',
  'letter-template',
  'recipient-profile',
  'vedtak-batch',
  'vedtak',
  'klage',
  'archive_reference',
  'utbetaling-setting',
  'payment-plan',
  'payment-batch',
  'account-change',
  'unused-funds',
] as const;

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'update-editors',
  'grant-role',
  'revoke-role',
  'revoke',
  'login',
  'logout',
  'accept-invitation',
  'resend',
  'submit',
  'withdraw',
  'return',
  'end',
  'reorder',
  'reorder-items',
  'add-round-items',
  'send-notice',
  'record-attendance',
  'declare-recusal',
  'decide-recusal',
  'issue',
  'record-archive-number',
  'record-journalpost-number',
] as const;

type EntityType = (typeof AUDIT_ENTITY_TYPES)[number];
type Action = (typeof AUDIT_ACTIONS)[number];

const isEntityType = (v: string): v is EntityType => (AUDIT_ENTITY_TYPES as readonly string[]).includes(v);
const isAction = (v: string): v is Action => (AUDIT_ACTIONS as readonly string[]).includes(v);

/**
 * Where an audited entity is shown in the app, for the types whose audit id is the id of a page (checked against
 * routes.tsx). Composite ids (`round:partnership`, `item:member`) and entities without a page of their own get no link.
 */
const ENTITY_PATHS: Partial<Record<EntityType, (id: string) => string>> = {
  organisation: (id) => `/organisasjoner/${id}`,
  person: (id) => `/personer/${id}`,
  partnership: (id) => `/partnerskap/${id}`,
  region: (id) => `/regioner/${id}`,
  scheme: (id) => `/referanse/ordninger/${id}`,
  'behovsmelding-round': (id) => `/utlysninger/${id}`,
  behovsmelding: (id) => `/behovsmeldinger/${id}`,
  'questionnaire-response': (id) => `/skjema/${id}`,
  'forum-meeting': (id) => `/forum/moter/${id}`,
  'forum-agenda-item': (id) => `/forum/saker/${id}`,
  'forum-item-assessment': (id) => `/forum/saker/${id}`,
  'forum-item-decision': (id) => `/forum/saker/${id}`,
  // These three are kept per round: their audit id is the round's.
  'forum-criteria': (id) => `/forum/utlysninger/${id}/kriterier`,
  innstilling: (id) => `/forum/utlysninger/${id}/innstilling`,
  'payment-plan': (id) => `/utbetaling/utlysninger/${id}`,
  vedtak: (id) => `/tilsagn/vedtak/${id}`,
  klage: (id) => `/tilsagn/klager/${id}`,
  'payment-batch': (id) => `/utbetaling/bunter/${id}`,
  'unused-funds': (id) => `/utbetaling/ubrukte/${id}`,
};

export function entityPath(type: string, id: string): string | null {
  const path = isEntityType(type) ? ENTITY_PATHS[type] : undefined;
  return path ? path(encodeURIComponent(id)) : null;
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
