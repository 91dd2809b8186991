// What a round's innstilling says (issue 13, point 5), assembled from the chosen scenario, the applications, the
// agenda's decisions and recusals — one pure function, read by the API and by the document renderer alike, so the
// screen and the PDF/DOCX never differ.
//
// The mandate's list: the prioritised measures with who takes part and for how long, how each meets the criteria (the
// forum's assessment), which owners and UH cooperate, and how the money is split between them per year; the reasons
// for every application not prioritised or reduced; per item the decision, counts, dissent and recusals. Later years
// are promises, printed as "innstilt (foreløpig)".
import { isReduced, type TInnstillingState } from './innstilling.ts';
import type { TVoteCounts } from './decision.ts';

export type TContentApplication = {
  id: string;
  partnershipName: string;
  /** Owner members of the partnership, and the one receiving the owner side's money (the payee). */
  owners: readonly string[];
  payeeName: string;
  /** UH members of the partnership by organisation id. */
  uh: readonly { id: string; name: string }[];
  /** Units taking part (section 5), per kind, summed over the parts. */
  units: readonly { label: string; count: number }[];
  askedKr: number;
  /** From the chosen scenario; null priority = not prioritised. */
  priority: number | null;
  reason: string | null;
  lines: readonly { year: number; recipient: 'owner' | 'uh'; recipientOrgId: string; amountKr: number }[];
  /** The forum's assessment, from the application's agenda item. */
  assessment: string | null;
};

export type TContentItem = {
  position: number;
  title: string;
  applicationId: string | null;
  decisionKind: 'consensus' | 'vote' | null;
  decisionText: string | null;
  voteCounts: TVoteCounts | null;
  dissent: string | null;
  /** Confirmed recusals: the forum found the member inhabil. */
  recusals: { memberName: string; organisationName: string; reason: string; deputyStepsIn: boolean }[];
};

export type TContentInput = {
  round: { id: string; title: string; year: number; officeName: string };
  state: TInnstillingState;
  adoptedAt: Date | null;
  adoptedByName: string | null;
  meeting: { title: string; startsAtLocal: string } | null;
  scenario: { id: string; name: string } | null;
  applications: readonly TContentApplication[];
  items: readonly TContentItem[];
};

export type TYearSplit = {
  year: number;
  /** A later year: a promise, reserved provisionally ("innstilt (foreløpig)"). */
  provisional: boolean;
  ownerKr: number;
  uh: { orgId: string; name: string; amountKr: number }[];
  totalKr: number;
};

export type TPrioritised = {
  applicationId: string;
  partnershipName: string;
  /** The rank in the innstilling: 1, 2, 3 … */
  priority: number;
  owners: string[];
  payeeName: string;
  /** The UH institutions that cooperate: those the scenario gives money, else the partnership's UH members. */
  uh: string[];
  units: { label: string; count: number }[];
  years: number[];
  durationYears: number;
  split: TYearSplit[];
  totalKr: number;
  askedKr: number;
  reduced: boolean;
  reason: string | null;
  assessment: string | null;
};

export type TNotPrioritised = { applicationId: string; partnershipName: string; askedKr: number; reason: string | null; assessment: string | null };

export type TInnstillingContent = {
  roundId: string;
  roundTitle: string;
  roundYear: number;
  officeName: string;
  state: TInnstillingState;
  adoptedAt: string | null;
  adoptedByName: string | null;
  meeting: { title: string; startsAtLocal: string } | null;
  scenario: { id: string; name: string } | null;
  prioritised: TPrioritised[];
  notPrioritised: TNotPrioritised[];
  /** Sums of the prioritised measures per year. */
  totals: { year: number; provisional: boolean; totalKr: number }[];
  items: TContentItem[];
};

function splitOf(a: TContentApplication, roundYear: number): TYearSplit[] {
  const uhName = new Map(a.uh.map((u) => [u.id, u.name]));
  const years = [...new Set(a.lines.map((l) => l.year))].sort((x, y) => x - y);
  return years.map((year) => {
    const lines = a.lines.filter((l) => l.year === year);
    const ownerKr = lines.filter((l) => l.recipient === 'owner').reduce((s, l) => s + l.amountKr, 0);
    const uh = new Map<string, number>();
    for (const l of lines.filter((x) => x.recipient === 'uh')) uh.set(l.recipientOrgId, (uh.get(l.recipientOrgId) ?? 0) + l.amountKr);
    const uhOut = [...uh].map(([orgId, amountKr]) => ({ orgId, name: uhName.get(orgId) ?? orgId, amountKr })).sort((x, y) => x.name.localeCompare(y.name, 'nb'));
    return { year, provisional: year > roundYear, ownerKr, uh: uhOut, totalKr: ownerKr + uhOut.reduce((s, u) => s + u.amountKr, 0) };
  });
}

export function innstillingContent(input: TContentInput): TInnstillingContent {
  const roundYear = input.round.year;
  const prioritised: TPrioritised[] = [];
  const notPrioritised: TNotPrioritised[] = [];
  for (const a of input.applications) {
    if (a.priority === null) {
      notPrioritised.push({ applicationId: a.id, partnershipName: a.partnershipName, askedKr: a.askedKr, reason: a.reason, assessment: a.assessment });
      continue;
    }
    const split = splitOf(a, roundYear);
    const totalKr = split.reduce((s, y) => s + y.totalKr, 0);
    const funded = [...new Set(split.flatMap((y) => y.uh.filter((u) => u.amountKr > 0).map((u) => u.name)))];
    const years = split.filter((y) => y.totalKr > 0).map((y) => y.year);
    prioritised.push({
      applicationId: a.id,
      partnershipName: a.partnershipName,
      priority: a.priority,
      owners: [...a.owners],
      payeeName: a.payeeName,
      uh: funded.length > 0 ? funded : a.uh.map((u) => u.name),
      units: a.units.filter((u) => u.count > 0).map((u) => ({ ...u })),
      years,
      durationYears: years.length === 0 ? 0 : years[years.length - 1]! - years[0]! + 1,
      split,
      totalKr,
      askedKr: a.askedKr,
      reduced: isReduced({ applicationId: a.id, priority: a.priority, reason: a.reason, askedKr: a.askedKr, proposedKr: totalKr }),
      reason: a.reason,
      assessment: a.assessment,
    });
  }
  prioritised.sort((x, y) => x.priority - y.priority || x.partnershipName.localeCompare(y.partnershipName, 'nb'));
  // Printed as the rank 1, 2, 3 … (the scenario's numbers may have gaps, or none where only money was set).
  prioritised.forEach((p, i) => (p.priority = i + 1));
  notPrioritised.sort((x, y) => x.partnershipName.localeCompare(y.partnershipName, 'nb'));

  const totals = new Map<number, number>();
  for (const p of prioritised) for (const y of p.split) totals.set(y.year, (totals.get(y.year) ?? 0) + y.totalKr);

  return {
    roundId: input.round.id,
    roundTitle: input.round.title,
    roundYear,
    officeName: input.round.officeName,
    state: input.state,
    adoptedAt: input.adoptedAt?.toISOString() ?? null,
    adoptedByName: input.adoptedByName,
    meeting: input.meeting,
    scenario: input.scenario,
    prioritised,
    notPrioritised,
    totals: [...totals].sort(([a], [b]) => a - b).map(([year, totalKr]) => ({ year, provisional: year > roundYear, totalKr })),
    items: [...input.items].sort((a, b) => a.position - b.position),
  };
}
