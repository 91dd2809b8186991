// The roles of the platform and what scopes them: an office (Statsforvalter) or an organisation.
import { z } from 'zod';
import { msg } from '../shared/message-keys.ts';

export const ROLES = ['admin', 'saksbehandler', 'budsjettdisponent', 'forum', 'eierkoordinator', 'uh-kontakt', 'studiesenter', 'leser'] as const;
export type Role = (typeof ROLES)[number];

/** Which scope each role is granted in. 'none' = platform-wide. */
export const ROLE_SCOPE: Record<Role, 'none' | 'office' | 'organisation' | 'office-optional'> = {
  admin: 'none',
  saksbehandler: 'office',
  /** Holds the office's budget authority: approves decisions others prepared (issue 14). */
  budsjettdisponent: 'office',
  forum: 'office',
  eierkoordinator: 'organisation',
  'uh-kontakt': 'organisation',
  studiesenter: 'organisation',
  leser: 'office-optional',
};

export const ZRole = z.enum(ROLES, { message: msg('access.unknownRole') });

export const ZRoleGrantInput = z
  .object({
    role: ZRole,
    officeId: z.string().nullish().transform((v) => v || null),
    organisationId: z.string().nullish().transform((v) => v || null),
  })
  .superRefine((g, ctx) => {
    const scope = ROLE_SCOPE[g.role];
    if (scope === 'office' && !g.officeId) ctx.addIssue({ code: 'custom', path: ['officeId'], message: msg('access.roleNeedsOffice') });
    if (scope === 'organisation' && !g.organisationId)
      ctx.addIssue({ code: 'custom', path: ['organisationId'], message: msg('access.roleNeedsOrganisation') });
  })
  .transform((g) => {
    const scope = ROLE_SCOPE[g.role];
    return {
      role: g.role,
      officeId: scope === 'office' || scope === 'office-optional' ? g.officeId : null,
      organisationId: scope === 'organisation' ? g.organisationId : null,
    };
  });
export type TRoleGrantInput = z.output<typeof ZRoleGrantInput>;

export type RoleGrant = { role: Role; officeId: string | null; organisationId: string | null };

/** Who is acting: a logged-in user with the roles granted to them. The CLI acts as the system actor. */
export type Actor = {
  userId: string | null;
  personId: string | null;
  name: string;
  organisationId: string | null;
  grants: RoleGrant[];
};

export const SYSTEM_ACTOR: Actor = {
  userId: null,
  personId: null,
  name: 'System (kommandolinje)',
  organisationId: null,
  grants: [{ role: 'admin', officeId: null, organisationId: null }],
};
