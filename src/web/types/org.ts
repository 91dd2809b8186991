// Shapes of the organisation, person and partnership APIs: the contract's (src/domain/org/contract.ts), not copies.
export type {
  Organisation,
  OrganisationCreates,
  OrganisationDetail,
  Partnership,
  PartnershipCandidate,
  PartnershipDetail,
  PartnershipEditor,
  PartnershipListCreates,
  PartnershipMember,
  PartnershipSummary,
  PartnershipUnit,
  Person,
  PersonCreates,
  PersonDetail,
  PersonFilters,
} from '../../domain/org/contract.ts';
