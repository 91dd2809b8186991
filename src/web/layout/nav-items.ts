// The main navigation. Each item says who it is for, so a user only sees what they can use.
import type { MessageKey } from '../i18n/catalogs.ts';
import { canInvite, canSeePeople, canSeeRoundApplications, isAdmin, isStaff } from '../session/access.ts';
import type { SessionUser } from '../types/session.ts';

export type NavItem = { to: string; label: MessageKey; visible: (user: SessionUser) => boolean };

const everyone = () => true;

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/partnerskap', label: 'nav.partnerships', visible: everyone },
  { to: '/behovsmeldinger', label: 'bm.nav', visible: everyone },
  { to: '/utlysninger', label: 'round.nav', visible: canSeeRoundApplications },
  { to: '/organisasjoner', label: 'nav.organisations', visible: everyone },
  { to: '/personer', label: 'nav.people', visible: canSeePeople },
  { to: '/regioner', label: 'nav.regions', visible: everyone },
  { to: '/referanse', label: 'nav.reference', visible: everyone },
  { to: '/admin/invitasjoner', label: 'nav.invitations', visible: canInvite },
  { to: '/admin/brukere', label: 'nav.users', visible: isStaff },
  // The audit log is admin-only in the policy (src/domain/audit/policy.ts).
  { to: '/admin/revisjonslogg', label: 'nav.audit', visible: isAdmin },
  // Queued e-mail with recipients and texts: admin-only in the policy (src/domain/platform/policy.ts).
  { to: '/admin/utboks', label: 'nav.outbox', visible: isAdmin },
];

export function navItemsFor(user: SessionUser | null): NavItem[] {
  return user ? NAV_ITEMS.filter((item) => item.visible(user)) : [];
}
