// Gathers what a round's innstilling is made of — the chosen scenario's priorities, reasons and lines, the
// applications with their partnerships, asked amounts and units, the agenda's assessments, decisions and confirmed
// recusals — for the pure assembly in src/domain/forum/innstilling-content.ts, and the facts adopting checks
// (src/domain/forum/innstilling.ts). Used by reading, adopting, exporting and the partnership's own view.
import { listApplications } from '../../db/behovsmelding-application-repository.ts';
import type { RoundView } from '../../db/behovsmelding-round-repository.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  findChosenScenario,
  findInnstilling,
  findMeeting,
  findScenario,
  itemsForApplication,
  latestRoundMeeting,
  listConfirmedRecusals,
  listMeetingItems,
  listScenarioApplications,
  listScenarioLines,
} from '../../db/forum-innstilling-repository.ts';
import { listPartnershipSummaries } from '../../db/partnership-repository.ts';
import { UNIT_COUNT_LABELS, type TUnitCountKey } from '../../domain/behovsmelding/unit-counts.ts';
import { askedAmounts } from '../../domain/forum/asked-amounts.ts';
import type { TVoteCounts } from '../../domain/forum/decision.ts';
import { innstillingContent, type TContentApplication, type TContentItem, type TInnstillingContent } from '../../domain/forum/innstilling-content.ts';
import type { TInnstillingState, TScenarioApplication } from '../../domain/forum/innstilling.ts';
import { partnershipForumView, type TPartnershipForumView } from '../../domain/forum/partnership-status.ts';
import { loadSubmittedValues } from '../../loaders/forum/submitted-values.ts';

export type InnstillingData = {
  content: TInnstillingContent;
  state: TInnstillingState;
  scenarioId: string | null;
  /** The chosen scenario per application, as adopting checks it (effective priority: see `priorityOf`). */
  scenarioApplications: TScenarioApplication[];
  lines: { applicationId: string; year: number; amountKr: number }[];
  /** Every application of the round: id, partnership, predecessor. */
  applications: { id: string; partnershipId: string; previousId: string | null; partnershipName: string }[];
};

/** An application the scenario gives money counts as prioritised even when no priority number was set. */
const priorityOf = (priority: number | null, proposedKr: number) => priority ?? (proposedKr > 0 ? Number.MAX_SAFE_INTEGER : null);

function unitsOf(values: Record<string, unknown>): { label: string; count: number }[] {
  const sums = new Map<string, number>();
  for (const [key, value] of Object.entries(values)) {
    if (!/^parts\.[^.]+\.unitCounts$/.test(key) || typeof value !== 'object' || value === null) continue;
    for (const [kind, c] of Object.entries(value as Record<string, { total?: unknown }>)) {
      const label = UNIT_COUNT_LABELS[kind as TUnitCountKey] ?? kind;
      if (typeof c?.total === 'number') sums.set(label, (sums.get(label) ?? 0) + c.total);
    }
  }
  return [...sums].map(([label, count]) => ({ label, count }));
}

/**
 * The innstilling of a round as it stands: adopted (its scenario and meeting), or a draft from the chosen scenario
 * and the given meeting (or the round's latest).
 */
export async function innstillingData(db: DbOrTx, round: RoundView, opts: { meetingId?: string } = {}): Promise<InnstillingData> {
  // One after another: `db` may be a transaction, whose one connection runs one query at a time.
  const row = await findInnstilling(db, round.id);
  const state: TInnstillingState = row?.state === 'vedtatt' ? 'vedtatt' : 'utkast';
  const scenario = state === 'vedtatt' && row?.scenarioId ? await findScenario(db, row.scenarioId) : await findChosenScenario(db, round.id);
  const meetingId = (state === 'vedtatt' ? row?.meetingId : opts.meetingId) ?? null;
  const meeting = meetingId ? await findMeeting(db, meetingId) : await latestRoundMeeting(db, round.id);

  const apps = await listApplications(db, { roundId: round.id });
  const allocations = scenario ? await listScenarioApplications(db, scenario.id) : [];
  const lines = scenario ? await listScenarioLines(db, scenario.id) : [];
  const inScenario = new Set(allocations.map((a) => a.applicationId));
  // The round's submitted applications, and any the scenario names whatever its status now.
  const shown = apps.filter((a) => a.row.status === 'sendt' || inScenario.has(a.row.id));
  const partnerships = await listPartnershipSummaries(db);
  const submitted = await loadSubmittedValues(db, shown.map((a) => a.row.id));
  const items = meeting ? await listMeetingItems(db, meeting.id) : [];
  const recusals = await listConfirmedRecusals(db, items.map((i) => i.id));

  const scenarioApplications: TScenarioApplication[] = [];
  const contentApplications: TContentApplication[] = shown.map(({ row, partnershipName }) => {
    const p = partnerships.find((x) => x.id === row.partnershipId);
    const values = submitted.get(row.id) ?? {};
    // Read as the allocation screen reads it (asked-amounts.ts): this office's parts, section 6, every year.
    const asked = askedAmounts(values, []);
    const askedKr = asked.parts.filter((x) => x.ownOffice).reduce((sum, x) => sum + x.years.reduce((t, y) => t + y.ownerKr + y.uhKr, 0), 0);
    const allocation = allocations.find((a) => a.applicationId === row.id);
    const own = lines.filter((l) => l.applicationId === row.id);
    const proposedKr = own.reduce((s, l) => s + l.amountKr, 0);
    const priority = priorityOf(allocation?.priority ?? null, proposedKr);
    scenarioApplications.push({ applicationId: row.id, priority, reason: allocation?.reason ?? null, askedKr, proposedKr });
    const item = items.find((i) => i.applicationId === row.id);
    return {
      id: row.id,
      partnershipName,
      owners: p?.members.filter((m) => m.role === 'owner').map((m) => m.name) ?? [],
      payeeName: p?.payee.name ?? '',
      uh: p?.members.filter((m) => m.role === 'uh').map((m) => ({ id: m.organisationId, name: m.name })) ?? [],
      units: unitsOf(values),
      askedKr,
      priority,
      reason: allocation?.reason ?? null,
      lines: own.map((l) => ({ year: l.year, recipient: l.recipient === 'uh' ? 'uh' : 'owner', recipientOrgId: l.recipientOrgId, amountKr: l.amountKr })),
      assessment: item?.assessment ?? null,
    };
  });

  const contentItems: TContentItem[] = items.map((i) => ({
    position: i.position,
    title: i.title,
    applicationId: i.applicationId,
    decisionKind: i.decisionKind === 'consensus' || i.decisionKind === 'vote' ? i.decisionKind : null,
    decisionText: i.decisionText,
    voteCounts: (i.voteCounts as TVoteCounts | null) ?? null,
    dissent: i.dissent,
    recusals: recusals.filter((r) => r.itemId === i.id).map(({ itemId: _i, ...r }) => r),
  }));

  const content = innstillingContent({
    round: { id: round.id, title: round.title, year: round.year, officeName: round.officeName },
    state,
    adoptedAt: row?.adoptedAt ?? null,
    adoptedByName: row?.adoptedByName ?? null,
    meeting: meeting ? { title: meeting.title, startsAtLocal: meeting.startsAtLocal } : null,
    scenario: scenario ? { id: scenario.id, name: scenario.name } : null,
    applications: contentApplications,
    items: contentItems,
  });
  return {
    content,
    state,
    scenarioId: scenario?.id ?? null,
    scenarioApplications,
    lines: lines.map((l) => ({ applicationId: l.applicationId, year: l.year, amountKr: l.amountKr })),
    applications: apps.map((a) => ({ id: a.row.id, partnershipId: a.row.partnershipId, previousId: a.row.previousId, partnershipName: a.partnershipName })),
  };
}

/** The meeting's application items with whether each is decided (adopting checks them). */
export async function meetingApplicationItems(db: DbOrTx, meetingId: string) {
  return (await listMeetingItems(db, meetingId)).filter((i) => i.kind === 'application').map((i) => ({ title: i.title, decided: i.decidedAt !== null }));
}

/** The samarbeidsforum's work on one application as its partnership sees it (partnership-status.ts). */
export async function applicationForumView(db: DbOrTx, app: { id: string; status: string; roundId: string }, round: RoundView): Promise<TPartnershipForumView | null> {
  if (app.status !== 'sendt') return null;
  const onAgenda = (await itemsForApplication(db, app.id)).some((i) => i.roundId === app.roundId);
  const row = await findInnstilling(db, round.id);
  const adopted = row?.state === 'vedtatt' ? (await innstillingData(db, round)).content : null;
  return partnershipForumView({ applicationId: app.id, submitted: true, onAgenda, adopted });
}
