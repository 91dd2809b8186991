// Loads what a round's allocation works on (issue 13, point 4): the round, its scheme's co-funding and checklist
// rules, every application the forum weighs with what it asks (from its latest submission, else its current fields),
// the UH institutions that may receive its UH money, its previous_id chain, and the offices' names. And a scenario
// with its round, answering "not found" the same way everywhere.
import type { DbOrTx } from '../../db/client.ts';
import { ancestorsOf, findScenarioRow, listAllocatableApplications, listUhMembers, type ScenarioRow } from '../../db/forum-allocation-repository.ts';
import { findScheme, listOffices } from '../../db/reference-repository.ts';
import type { RoundView } from '../../db/behovsmelding-round-repository.ts';
import type { TAllocationChecklist } from '../../domain/forum/allocation.ts';
import { askedAmounts, type TAskedAmounts } from '../../domain/forum/asked-amounts.ts';
import { ZSchemeRules } from '../../domain/reference/scheme-rules.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { loadRound } from '../behovsmelding/load-round.ts';
import { loadSubmittedValues } from './submitted-values.ts';

export type AllocationApplication = {
  id: string;
  partnershipId: string;
  partnershipName: string;
  status: string;
  documentNumber: string | null;
  previousId: string | null;
  ancestorIds: string[];
  asked: TAskedAmounts;
};

export type LoadedAllocation = {
  round: RoundView;
  /** The scheme's required owner co-funding in per cent (Dekomp: 30), or null. */
  ownerCofundingPercent: number | null;
  /** The scheme's checklist rules (Dekomp: no individual further education). */
  checklist: TAllocationChecklist;
  applications: AllocationApplication[];
  officeName: (officeId: string) => string;
};

/** The round's applications and rules. Call after the access check: it reads every application of the round. */
export async function loadAllocation(db: DbOrTx, round: RoundView): Promise<LoadedAllocation> {
  // Sequential: `db` may be a transaction (one connection).
  const apps = await listAllocatableApplications(db, round.id);
  const uhMembers = await listUhMembers(db, [...new Set(apps.map((a) => a.partnershipId))]);
  const chains = await ancestorsOf(db, apps);
  const values = await loadSubmittedValues(db, apps.map((a) => a.id));
  const scheme = await findScheme(db, round.schemeId);
  const rules = ZSchemeRules.safeParse(scheme?.rules);
  const offices = await listOffices(db);
  return {
    round,
    ownerCofundingPercent: rules.success ? rules.data.ownerCofundingPercent : null,
    checklist: { noIndividualEducation: rules.success && rules.data.noIndividualEducation },
    applications: apps.map((a) => ({
      id: a.id,
      partnershipId: a.partnershipId,
      partnershipName: a.partnershipName,
      status: a.status,
      documentNumber: a.documentNumber,
      previousId: a.previousId,
      ancestorIds: chains.get(a.id) ?? [],
      asked: askedAmounts(values.get(a.id) ?? {}, uhMembers.filter((m) => m.partnershipId === a.partnershipId)),
    })),
    officeName: (id) => offices.find((o) => o.id === id)?.name ?? id,
  };
}

/** A scenario and its round; `lock` holds the scenario row for the writing transaction. */
export async function loadScenario(db: DbOrTx, id: string, lock?: 'update'): Promise<{ scenario: ScenarioRow; round: RoundView }> {
  const scenario = await findScenarioRow(db, id, lock);
  if (!scenario) throw AppError.notFound(msg('forum.allocation.scenarioNotFound'));
  return { scenario, round: await loadRound(db, scenario.roundId) };
}
