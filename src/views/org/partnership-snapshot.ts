// The partnership as the audit log keeps it.
/** What the audit log keeps of a partnership: the row with its members, units and editors, in one snapshot. */
export function partnershipSnapshot(p: {
  members: { organisationId: string; role: string }[];
  units: unknown[];
  editors: { personId: string }[];
  applicant?: unknown;
  payee?: unknown;
}) {
  const { applicant: _a, payee: _p, ...rest } = p;
  return {
    ...rest,
    members: p.members.map((m) => ({ organisationId: m.organisationId, role: m.role })),
    editors: p.editors.map((e) => e.personId),
  };
}
