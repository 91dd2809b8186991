// Which members the system proposes as inhabil on an application (forvaltningsloven § 6; issue 13 point 2): a member
// whose organisation takes part in the application — as an owner or UH of its partnership, as its applicant or as
// the payee of the owners' money — or, for a member from an RSK hosted by a municipality (vertskommune), whose host
// takes part. The system only proposes: the forum itself decides each recusal (forum_recusal.decision), and a member
// may also declare one on any item.
import { z } from 'zod';
import { msg } from '../shared/message-keys.ts';
import { zText } from '../shared/fields.ts';

/** The ways an organisation takes part in an application, in the order a reason names them. */
export const PARTICIPATION_ROLES = ['owner', 'uh', 'applicant', 'payee'] as const;
export type TParticipationRole = (typeof PARTICIPATION_ROLES)[number];

export type TRecusalMember = {
  id: string;
  organisationId: string;
  organisationName: string;
  /** For an RSK hosted by a municipality: the host (organisation.host_organisation_id). */
  host: { id: string; name: string } | null;
};

export type TApplicationParties = {
  applicantId: string;
  payeeId: string;
  /** partnership_member: role 'owner' or 'uh'. */
  members: readonly { organisationId: string; role: string }[];
};

export type TProposedRecusal = {
  memberId: string;
  /** The organisation that takes part: the member's own, or its host. */
  organisationName: string;
  /** Set when it is the host municipality of the member's RSK that takes part: the RSK's name. */
  viaHostOf: string | null;
  roles: TParticipationRole[];
};

/** The roles an organisation has in the application, in PARTICIPATION_ROLES order. */
export function rolesOf(organisationId: string, parties: TApplicationParties): TParticipationRole[] {
  const has: Record<TParticipationRole, boolean> = {
    owner: parties.members.some((m) => m.organisationId === organisationId && m.role === 'owner'),
    uh: parties.members.some((m) => m.organisationId === organisationId && m.role === 'uh'),
    applicant: parties.applicantId === organisationId,
    payee: parties.payeeId === organisationId,
  };
  return PARTICIPATION_ROLES.filter((r) => has[r]);
}

/** The members to propose as recused on an application, each with the organisation and roles that make them so.
 * The member's own organisation is named when it takes part; otherwise its host's, if that takes part. */
export function proposeRecusals(members: readonly TRecusalMember[], parties: TApplicationParties): TProposedRecusal[] {
  const proposed: TProposedRecusal[] = [];
  for (const m of members) {
    const own = rolesOf(m.organisationId, parties);
    if (own.length) {
      proposed.push({ memberId: m.id, organisationName: m.organisationName, viaHostOf: null, roles: own });
      continue;
    }
    const hosted = m.host ? rolesOf(m.host.id, parties) : [];
    if (m.host && hosted.length) proposed.push({ memberId: m.id, organisationName: m.host.name, viaHostOf: m.organisationName, roles: hosted });
  }
  return proposed;
}

// The reason stored with a proposal is written in Bokmål by recusal-reason.ts, on the server: the browser loads this
// file for its schemas and must not load the message catalogs with it (ADR 025 addendum).

export const RECUSAL_DECISIONS = ['pending', 'confirmed', 'rejected'] as const;
export const RECUSAL_SOURCES = ['proposed', 'declared'] as const;

/** A member declaring themself inhabil on an item. */
export const ZDeclareRecusal = z.object({ reason: zText(msg('forum.label.recusalReason'), 2000) });

/** The forum's decision on a recusal, recorded by the secretariat; the deputy may step in only for a confirmed one. */
export const ZDecideRecusal = z
  .object({
    decision: z.enum(['confirmed', 'rejected'], { message: msg('forum.recusal.chooseDecision') }),
    deputyStepsIn: z.boolean().default(false),
  })
  .refine((d) => d.decision === 'confirmed' || !d.deputyStepsIn, { message: msg('forum.recusal.deputyOnlyWhenConfirmed'), path: ['deputyStepsIn'] });
