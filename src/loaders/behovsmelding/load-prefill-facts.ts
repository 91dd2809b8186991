// The facts a new behovsmelding starts with (domain/behovsmelding/application-prefill.ts), looked up for the
// partnership and the person starting it: its responsible owner (the payee), coordinator, owners, UH with a contact
// among the partnership's editors, units with their owners' kinds and municipality names.
import type { DbOrTx } from '../../db/client.ts';
import { findMunicipality2024, findOrganisationsByIds, findPeopleByIds, findPersonWithOrganisation, type OrganisationRow } from '../../db/org-repository.ts';
import type { PartnershipDetail } from '../../db/partnership-repository.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { TPrefillFacts, TPrefillOrganisation, TPrefillPerson } from '../../domain/behovsmelding/application-prefill.ts';

const organisationFacts = (o: OrganisationRow): TPrefillOrganisation => ({ name: o.name, kind: o.kind, orgnr: o.orgnr, kontonr: o.kontonr });

export async function loadPrefillFacts(db: DbOrTx, input: { partnership: PartnershipDetail; roundYear: number; actor: Actor }): Promise<TPrefillFacts> {
  const p = input.partnership;
  const memberIds = p.members.map((m) => m.organisationId);
  const organisations = new Map((await findOrganisationsByIds(db, [...memberIds, p.payeeId])).map((o) => [o.id, o]));
  const personFacts = async (personId: string | null): Promise<TPrefillPerson | null> => {
    const found = personId ? await findPersonWithOrganisation(db, personId) : undefined;
    return found ? { name: found.person.name, email: found.person.email, phone: found.person.phone, title: found.person.title, organisationName: found.organisationName } : null;
  };
  const editors = await findPeopleByIds(db, p.editors.map((e) => e.personId));
  const contactAt = (organisationId: string): TPrefillPerson | null => {
    const e = editors.find((x) => x.organisationId === organisationId);
    return e ? { name: e.name, email: e.email, phone: e.phone, title: e.title, organisationName: null } : null;
  };
  const kindOf = new Map(p.members.map((m) => [m.organisationId, m.kind]));
  const municipalityNames = new Map<string, string>();
  for (const number of new Set(p.units.map((u) => u.municipalityNumber).filter((n): n is string => !!n)))
    municipalityNames.set(number, (await findMunicipality2024(db, number))?.name ?? number);
  const payee = organisations.get(p.payeeId);
  return {
    partnershipName: p.name,
    roundYear: input.roundYear,
    responsibleOwner: payee ? organisationFacts(payee) : { name: p.payee.name, kind: 'annen', orgnr: null, kontonr: null },
    coordinator: await personFacts(p.coordinatorPersonId),
    otherOwners: p.members
      .filter((m) => m.role === 'owner' && m.organisationId !== p.payeeId)
      .flatMap((m) => (organisations.has(m.organisationId) ? [organisationFacts(organisations.get(m.organisationId)!)] : [])),
    uh: p.members
      .filter((m) => m.role === 'uh')
      .flatMap((m) => (organisations.has(m.organisationId) ? [{ ...organisationFacts(organisations.get(m.organisationId)!), contact: contactAt(m.organisationId) }] : [])),
    units: p.units.map((u) => ({
      kind: u.kind,
      ownerKind: u.ownerId ? (kindOf.get(u.ownerId) ?? null) : null,
      municipalityName: u.municipalityNumber ? (municipalityNames.get(u.municipalityNumber) ?? null) : null,
    })),
    starter: await personFacts(input.actor.personId),
  };
}
