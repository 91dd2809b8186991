// The main navigation. Each item says what the server must have offered for it to show (GET /api/session `may`,
// decided by the policy), so a user only sees what they can use.
import type { MessageKey } from '../i18n/catalogs.ts';
import type { SessionMay } from '../types/session.ts';

export type NavItem = { to: string; label: MessageKey; visible: (may: SessionMay) => boolean };

const everyone = () => true;

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/partnerskap', label: 'nav.partnerships', visible: everyone },
  { to: '/behovsmeldinger', label: 'bm.nav', visible: everyone },
  { to: '/utlysninger', label: 'round.nav', visible: (may) => may.reviewRounds },
  // Those who review a round's applications are the forum's readers: the secretariat, the members, the office's
  // readers and the admin (forum/policy.ts `read`), so the same offer shows the forum.
  { to: '/forum', label: 'nav.forum', visible: (may) => may.reviewRounds },
  // A budsjettdisponent reviews no rounds but approves their decisions, so tilsagn has its own offer.
  { to: '/tilsagn', label: 'nav.tilsagn', visible: (may) => may.readTilsagn },
  // The money after the vedtak: the office's case officers, budsjettdisponenter and readers, not the forum.
  { to: '/utbetaling', label: 'nav.utbetaling', visible: (may) => may.readUtbetaling },
  { to: '/organisasjoner', label: 'nav.organisations', visible: everyone },
  { to: '/personer', label: 'nav.people', visible: (may) => may.listPeople },
  { to: '/regioner', label: 'nav.regions', visible: everyone },
  { to: '/referanse', label: 'nav.reference', visible: everyone },
  { to: '/admin/invitasjoner', label: 'nav.invitations', visible: (may) => may.invite },
  { to: '/admin/brukere', label: 'nav.users', visible: (may) => may.manageUsers },
  { to: '/admin/revisjonslogg', label: 'nav.audit', visible: (may) => may.readAudit },
  { to: '/admin/utboks', label: 'nav.outbox', visible: (may) => may.readOutbox },
];

export function navItemsFor(may: SessionMay | null): NavItem[] {
  return may ? NAV_ITEMS.filter((item) => item.visible(may)) : [];
}
