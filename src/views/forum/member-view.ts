// A forum member as the API shows it (src/domain/forum/members-contract.ts) and as the audit log keeps it.
import type { MemberListRow } from '../../db/forum-member-repository.ts';
import type { TForumCategory } from '../../domain/forum/member.ts';
import type { ForumMember } from '../../domain/forum/members-contract.ts';

export function memberOut({ member: m, personName, organisationName, deputyName }: MemberListRow): ForumMember {
  return {
    id: m.id,
    officeId: m.officeId,
    personId: m.personId,
    personName,
    organisationId: m.organisationId,
    organisationName,
    category: m.category as TForumCategory,
    deputyPersonId: m.deputyPersonId,
    deputyName,
    termFrom: m.termFrom,
    termTo: m.termTo,
    endedAt: m.endedAt?.toISOString() ?? null,
    version: m.version,
  };
}
