// Invitations: who may log in for the first time, with which roles, and the e-mail that tells them.
import { z } from 'zod';
import { ZEmail, ZPhone, optionalField, zOptionalText, zText } from '../shared/fields.ts';
import { msg } from '../shared/message-keys.ts';
import { ZRoleGrantInput } from './roles.ts';

/** How long an invitation can be used; long enough for holidays, short enough that stale ones die. */
export const INVITATION_VALID_DAYS = 14;

export const ZInvitationInput = z.object({
  name: zText(msg('shared.label.name'), 200),
  email: ZEmail,
  organisationId: z.uuid({ message: msg('access.chooseOrganisation') }),
  phone: optionalField(ZPhone),
  title: zOptionalText(msg('shared.label.jobTitle'), 200),
  /** The identifier claim's value (e.g. Ansattporten `pid`) when login is not matched on e-mail. */
  identifier: zOptionalText(msg('access.label.identifier'), 200),
  roles: z.array(ZRoleGrantInput, { error: msg('access.chooseRoles') }).min(1, { message: msg('access.chooseRoles') }),
});
export type TInvitationInput = z.output<typeof ZInvitationInput>;

export const INVITATION_STATUSES = ['open', 'accepted', 'revoked', 'expired'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export function invitationStatus(
  inv: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InvitationStatus {
  if (inv.acceptedAt) return 'accepted';
  if (inv.revokedAt) return 'revoked';
  return inv.expiresAt.getTime() <= now.getTime() ? 'expired' : 'open';
}

const osloDate = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', day: '2-digit', month: '2-digit', year: 'numeric' });

/** The invitation e-mail in Bokmål. Pure: the caller queues it. */
export function invitationEmail(input: { name: string; organisationName: string; invitedBy: string; loginUrl: string; expiresAt: Date }) {
  const subject = `Du er invitert til å bruke Kompetanseløft – ${input.organisationName}`;
  const text = [
    `Hei ${input.name},`,
    '',
    `${input.invitedBy} har invitert deg til Kompetanseløft for ${input.organisationName}.`,
    '',
    'Logg inn her for å ta i bruk invitasjonen:',
    input.loginUrl,
    '',
    `Invitasjonen gjelder til og med ${osloDate.format(input.expiresAt)}.`,
    '',
    'Hvis du ikke venter denne invitasjonen, kan du se bort fra e-posten.',
    '',
    'Hilsen Kompetanseløft',
  ].join('\n');
  return { subject, text };
}
