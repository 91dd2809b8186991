// The checks of a partnership form that need the database: the office and scheme exist, members have the right
// kind of organisation, units lie in real municipalities, and the coordinator belongs to a member organisation.
// Every problem is reported at once, naming its field, together with the pure rules of the domain.
import type { DbOrTx } from '../../db/client.ts';
import { findOffice, findOrganisationsByIds, findPeopleByIds } from '../../db/org-repository.ts';
import { findMunicipalities2024, findScheme } from '../../db/reference-repository.ts';
import { checkMemberKinds, checkPartnershipRules, type TPartnershipInput } from '../../domain/org/partnership.ts';
import type { FieldError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { validationError } from '../../domain/shared/parse.ts';

export async function checkPartnershipInput(tx: DbOrTx, data: TPartnershipInput): Promise<void> {
  const errors: FieldError[] = checkPartnershipRules(data);
  if (!(await findOffice(tx, data.officeId))) errors.push({ field: 'officeId', message: msg('org.unknownOffice') });
  if (data.schemeId && !(await findScheme(tx, data.schemeId))) errors.push({ field: 'schemeId', message: msg('org.unknownScheme') });

  const orgs = await findOrganisationsByIds(tx, data.members.map((m) => m.organisationId));
  const kinds = new Map(orgs.map((o) => [o.id, o.kind]));
  errors.push(...checkMemberKinds(data.members, (id) => kinds.get(id)));

  const numbers = data.units.map((u) => u.municipalityNumber).filter((n): n is string => n !== null);
  const known = new Set((await findMunicipalities2024(tx, numbers)).map((m) => m.number));
  data.units.forEach((u, i) => {
    if (u.municipalityNumber && !known.has(u.municipalityNumber))
      errors.push({
        field: `units.${i}.municipalityNumber`,
        message: msg('org.unknownMunicipality', { number: u.municipalityNumber }),
      });
  });

  if (data.coordinatorPersonId) {
    const [coordinator] = await findPeopleByIds(tx, [data.coordinatorPersonId]);
    if (!coordinator || !data.members.some((m) => m.organisationId === coordinator.organisationId))
      errors.push({ field: 'coordinatorPersonId', message: msg('org.coordinatorNotInMember') });
  }
  if (errors.length) throw validationError(errors);
}
