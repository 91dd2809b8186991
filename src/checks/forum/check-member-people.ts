// The people and organisation of a membership exist, and none of them is Statsforvalteren's (the secretariat does
// not vote: forum/member.ts). Answers the organisation the member represents (the person's own unless given).
import type { DbOrTx } from '../../db/client.ts';
import { findPeopleWithOrganisation } from '../../db/forum-member-repository.ts';
import { findOrganisation } from '../../db/org-repository.ts';
import { mayBeMember } from '../../domain/forum/member.ts';
import type { FieldError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { validationError } from '../../domain/shared/parse.ts';

export async function checkMemberPeople(
  db: DbOrTx,
  input: { personId?: string; organisationId?: string | null; deputyPersonId: string | null },
): Promise<{ organisationId: string; personName: string }> {
  const ids = [input.personId, input.deputyPersonId].filter((v): v is string => !!v);
  const people = await findPeopleWithOrganisation(db, ids);
  const errors: FieldError[] = [];
  let organisationId = '';
  let personName = '';
  if (input.personId !== undefined) {
    const member = people.find((p) => p.id === input.personId);
    if (!member) errors.push({ field: 'personId', message: msg('forum.member.personNotFound') });
    else if (!mayBeMember(member.organisationKind)) errors.push({ field: 'personId', message: msg('forum.member.secretariat') });
    organisationId = input.organisationId ?? member?.organisationId ?? '';
    personName = member?.name ?? '';
    if (input.organisationId) {
      const org = await findOrganisation(db, input.organisationId);
      if (!org) errors.push({ field: 'organisationId', message: msg('forum.member.organisationNotFound') });
      else if (!mayBeMember(org.kind)) errors.push({ field: 'organisationId', message: msg('forum.member.secretariat') });
    }
  }
  if (input.deputyPersonId) {
    const deputy = people.find((p) => p.id === input.deputyPersonId);
    if (!deputy) errors.push({ field: 'deputyPersonId', message: msg('forum.member.personNotFound') });
    else if (!mayBeMember(deputy.organisationKind)) errors.push({ field: 'deputyPersonId', message: msg('forum.member.secretariat') });
  }
  if (errors.length) throw validationError(errors);
  return { organisationId, personName };
}
