// The office's list of a round: every application with its status, partnership, owners and UH, what is asked per
// year (section 6) and what the budget tables sum to (this office's parts; parts at another office shown apart),
// late and returned flags, and the sums against the round's budget frame. Filters and sorting for the forum's work.
import { listApplications } from '../../db/behovsmelding-application-repository.ts';
import { loadFieldsOf } from '../../db/behovsmelding-field-repository.ts';
import { listPartnershipSummaries } from '../../db/partnership-repository.ts';
import { allowedVerbs, assertCan } from '../../domain/access/policy.ts';
import { applicationResource } from '../../domain/behovsmelding/application-resource.ts';
import { errorsOf, warningsOf } from '../../domain/behovsmelding/budget-issue.ts';
import { ZRoundApplicationsQuery } from '../../domain/behovsmelding/queries.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import type { UseCaseContext } from '../context.ts';
import { storedFields, validateStored } from '../../views/behovsmelding/stored-fields.ts';
import { roundOut } from '../../views/behovsmelding/round-view.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';

export async function listRoundApplications({ db, actor, clock, roundId, filter }: UseCaseContext & { roundId: string; filter: unknown }) {
  const f = parseInput(ZRoundApplicationsQuery, filter ?? {});
  const round = await loadRound(db, roundId);
  assertCan(actor, 'review', { type: 'behovsmelding-round', officeId: round.officeId });
  const apps = await listApplications(db, { roundId });
  const partnerships = await listPartnershipSummaries(db);
  const fields = await loadFieldsOf(db, apps.map((a) => a.row.id));

  const rows = apps.map(({ row, partnershipName }) => {
    const p = partnerships.find((x) => x.id === row.partnershipId);
    const validation = validateStored(storedFields(fields.filter((x) => x.applicationId === row.id)), { coordinatorAllowed: round.coordinatorAllowed });
    const totals = validation.totals;
    return {
      id: row.id,
      status: row.status,
      /** What this actor may do with the application (the list offers "Returner" with `return`). */
      allowed: p ? allowedVerbs(actor, applicationResource(p, round.officeId)) : [],
      partnershipId: row.partnershipId,
      partnershipName,
      owners: p?.members.filter((m) => m.role === 'owner').map((m) => m.name) ?? [],
      uh: p?.members.filter((m) => m.role === 'uh').map((m) => m.name) ?? [],
      documentNumber: row.documentNumber,
      submittedAt: row.submittedAt?.toISOString() ?? null,
      late: row.onExtension,
      returned: row.returnCount > 0,
      withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
      years: totals?.grantUseByYear ?? [],
      ownerKr: totals?.office.owner ?? 0,
      uhKr: totals?.office.uh ?? 0,
      totalKr: totals?.office.total ?? 0,
      otherOfficeParts: (totals?.parts ?? [])
        .filter((x) => !x.countsTowardsOffice)
        .map((x) => ({ name: x.name, officeId: x.otherOfficeId ?? '', totalKr: x.amounts.total })),
      errors: errorsOf(validation.issues).length,
      warnings: warningsOf(validation.issues).length,
    };
  });

  const filtered = rows.filter(
    (r) =>
      (!f.status || (f.status === 'sen' ? r.late : r.status === f.status)) &&
      (!f.q || [r.partnershipName, ...r.owners, ...r.uh, r.documentNumber ?? ''].some((t) => t.toLocaleLowerCase('nb').includes(f.q!))),
  );
  const key = f.sort ?? 'partnership';
  const compare: Record<typeof key, (a: (typeof rows)[number], b: (typeof rows)[number]) => number> = {
    partnership: (a, b) => a.partnershipName.localeCompare(b.partnershipName, 'nb'),
    status: (a, b) => a.status.localeCompare(b.status, 'nb'),
    total: (a, b) => a.totalKr - b.totalKr,
    submitted: (a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''),
  };
  const sign = f.dir === 'desc' ? -1 : 1;
  filtered.sort((a, b) => sign * compare[key](a, b) || a.partnershipName.localeCompare(b.partnershipName, 'nb'));

  const ownerKr = filtered.reduce((s, r) => s + r.ownerKr, 0);
  const uhKr = filtered.reduce((s, r) => s + r.uhKr, 0);
  const frame = round.budgetFrameKr;
  return {
    round: roundOut(round, clock),
    applications: filtered,
    sums: { ownerKr, uhKr, totalKr: ownerKr + uhKr, budgetFrameKr: frame, remainingKr: frame === null ? null : frame - ownerKr - uhKr },
  };
}
