// A member of an office's samarbeidsforum (issue 13): who sits on it for which kind of organisation, with a deputy
// (vara) and a term. The categories are those of Udir's mandate for the forum; Statsforvalteren leads the
// secretariat and does not vote, so its people are never members.
import { z } from 'zod';
import { zExpectedVersion } from '../shared/version.ts';
import { ZUuid } from '../shared/fields.ts';
import { msg } from '../shared/message-keys.ts';

export const FORUM_CATEGORIES = [
  'offentlig-eier',
  'privat-eier',
  'uh',
  'ks',
  'pbl',
  'arbeidstakerorganisasjon',
  /** Rekomp: the municipality as barnehagemyndighet. */
  'barnehagemyndighet',
] as const;
export type TForumCategory = (typeof FORUM_CATEGORIES)[number];

/** The organisation kind of Statsforvalteren's offices (src/domain/org/organisation.ts). */
export const SECRETARIAT_KIND = 'statsforvalter';

/** Whether a person of an organisation of this kind may sit on the forum: not the secretariat. */
export const mayBeMember = (organisationKind: string): boolean => organisationKind !== SECRETARIAT_KIND;

const zLocalDate = (label: string) =>
  z
    .string({ error: msg('shared.required', { label }) })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: msg('forum.member.invalidDate', { label }) })
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), {
      message: msg('forum.member.invalidDate', { label }),
    });

const zOptionalLocalDate = (label: string) =>
  z
    .preprocess((v) => (v === '' ? null : v), zLocalDate(label).nullish())
    .transform((v) => v ?? null);

const ZCategory = z.enum(FORUM_CATEGORIES, { message: msg('forum.member.chooseCategory') });

const ZTerm = z.object({
  termFrom: zLocalDate(msg('forum.label.termFrom')),
  termTo: zOptionalLocalDate(msg('forum.label.termTo')),
});

const termInOrder = (t: { termFrom: string; termTo: string | null }) => t.termTo === null || t.termFrom <= t.termTo;
const TERM_ORDER = { message: msg('forum.member.termOrder'), path: ['termTo'] };

/** Appointing a member. The organisation defaults to the person's own. */
export const ZMemberInput = z
  .object({
    personId: ZUuid,
    organisationId: ZUuid.nullish().transform((v) => v ?? null),
    category: ZCategory,
    deputyPersonId: ZUuid.nullish().transform((v) => v ?? null),
  })
  .and(ZTerm)
  .refine(termInOrder, TERM_ORDER)
  .refine((m) => m.deputyPersonId !== m.personId, { message: msg('forum.member.deputyIsMember'), path: ['deputyPersonId'] });
export type TMemberInput = z.output<typeof ZMemberInput>;

/** Editing a membership: its deputy, term and category (the person and organisation stay; appoint anew instead). */
export const ZMemberUpdate = z
  .object({
    category: ZCategory,
    deputyPersonId: ZUuid.nullish().transform((v) => v ?? null),
    expectedVersion: zExpectedVersion,
  })
  .and(ZTerm)
  .refine(termInOrder, TERM_ORDER);
export type TMemberUpdate = z.output<typeof ZMemberUpdate>;

/** The people whose users a membership grants the `forum` role: the member and the deputy. */
export const grantedPersons = (m: { personId: string; deputyPersonId: string | null }): string[] =>
  [m.personId, ...(m.deputyPersonId ? [m.deputyPersonId] : [])];
