// The rules of an allocation scenario (issue 13, point 4): what a line of proposed money may be, which lines the
// secretariat may write (never a part of another office, never a UH outside the partnership, only whole kroner, only
// the round's year and the next two), the scenario "as asked", and what must be explained before a scenario can be
// chosen for the innstilling — an application not prioritised or reduced needs a reason the partnership understands.
//
// Pure: the use cases load the round's applications with what they ask (asked-amounts.ts) and pass them in.
import { z } from 'zod';
import { zOptionalText, zText } from '../shared/fields.ts';
import { zKroner } from '../shared/money.ts';
import { msg } from '../shared/message-keys.ts';
import { zExpectedVersion } from '../shared/version.ts';
import type { FieldError } from '../shared/app-error.ts';
import { askedInYear, askedYears, type TAskedAmounts } from './asked-amounts.ts';

/** How many years a scenario covers: the round's year and the next two (promises run for up to three years). */
export const ALLOCATION_YEARS = 3;
export const allocationYears = (roundYear: number) => Array.from({ length: ALLOCATION_YEARS }, (_, i) => roundYear + i);

export const RECIPIENTS = ['owner', 'uh'] as const;
export type TRecipient = (typeof RECIPIENTS)[number];

export const ZScenarioName = zText(msg('forum.allocation.label.name'), 120);

export const ZCreateScenario = z.object({
  name: ZScenarioName,
  /** 'empty': no amounts; 'asked': every part of this office gets what it asks (UH to its first institution). */
  from: z.enum(['empty', 'asked'], { error: msg('forum.allocation.chooseStart') }).default('empty'),
});
export type TCreateScenario = z.output<typeof ZCreateScenario>;

export const ZCopyScenario = z.object({ name: ZScenarioName });
export const ZRenameScenario = z.object({ name: ZScenarioName, expectedVersion: zExpectedVersion });

export const ZAllocationLineInput = z.object({
  applicationId: z.string().max(100),
  partKey: z.string().max(100),
  year: z.number({ error: msg('forum.allocation.yearInvalid') }).int({ message: msg('forum.allocation.yearInvalid') }),
  recipient: z.enum(RECIPIENTS, { error: msg('forum.allocation.chooseRecipient') }),
  /** The UH institution (organisation id) for 'uh'; none for the owner side. */
  orgId: z.string().max(100).nullish().transform((v) => v ?? null),
  amountKr: zKroner(msg('forum.allocation.label.amount')),
});
export type TAllocationLineInput = z.output<typeof ZAllocationLineInput>;

export const ZSetLines = z.object({
  lines: z.array(ZAllocationLineInput).max(2000, { message: msg('forum.allocation.tooManyLines') }),
  expectedVersion: zExpectedVersion,
});

export const ZSetApplicationAllocation = z.object({
  /** 1 = first; null = not prioritised. */
  priority: z
    .number({ error: msg('forum.allocation.priorityInvalid') })
    .int({ message: msg('forum.allocation.priorityInvalid') })
    .min(1, { message: msg('forum.allocation.priorityInvalid') })
    .max(999, { message: msg('forum.allocation.priorityInvalid') })
    .nullable(),
  reason: zOptionalText(msg('forum.allocation.label.reason'), 4000),
  /** The checklist's "no individual further education" (Dekomp): true = checked, false = it does fund some, null =
   * not checked. Absent keeps what is stored, so a client that only sets priorities cannot clear it by accident. */
  noIndividualEducation: z.boolean({ error: msg('forum.allocation.chooseNoIndividualEducation') }).nullable().optional(),
  expectedVersion: zExpectedVersion,
});

/** A stored line (the owner side has `orgId` null). */
export type TLine = { applicationId: string; partKey: string; year: number; recipient: TRecipient; orgId: string | null; amountKr: number };

/** An application as the rules see it: what it asks and who may receive its UH money. */
export type TAllocatable = { id: string; asked: TAskedAmounts };

export const lineKey = (l: Pick<TLine, 'applicationId' | 'partKey' | 'year' | 'recipient' | 'orgId'>) =>
  `${l.applicationId}|${l.partKey}|${l.year}|${l.recipient}|${l.orgId ?? ''}`;

/**
 * The problems of lines the secretariat writes, one field error per bad line (`lines.3.partKey`), so nothing is
 * written unless all are good. `officeName` names another office for its parts ("Delen hører til Statsforvalteren i
 * Nordland, og fordeles der").
 */
export function lineErrors(
  lines: readonly TAllocationLineInput[],
  ctx: { roundYear: number; applications: readonly TAllocatable[]; officeName: (officeId: string) => string },
): FieldError[] {
  const errors: FieldError[] = [];
  const years = allocationYears(ctx.roundYear);
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    const at = (field: string, message: string) => errors.push({ field: `lines.${i}.${field}`, message });
    const app = ctx.applications.find((a) => a.id === line.applicationId);
    if (!app) return at('applicationId', msg('forum.allocation.applicationNotInRound'));
    const part = app.asked.parts.find((p) => p.key === line.partKey);
    if (!part) return at('partKey', msg('forum.allocation.partNotFound'));
    if (!part.ownOffice) return at('partKey', msg('forum.allocation.partOfOtherOffice', { office: ctx.officeName(part.otherOfficeId ?? '') }));
    if (!years.includes(line.year)) return at('year', msg('forum.allocation.yearOutside', { from: years[0]!, to: years[years.length - 1]! }));
    if (line.recipient === 'uh' && !app.asked.uhRecipients.some((u) => u.orgId === line.orgId)) return at('orgId', msg('forum.allocation.uhNotInPartnership'));
    if (line.recipient === 'owner' && line.orgId !== null) return at('orgId', msg('forum.allocation.ownerHasNoOrg'));
    const key = lineKey(line);
    if (seen.has(key)) return at('amountKr', msg('forum.allocation.lineTwice'));
    seen.add(key);
  });
  return errors;
}

/** The scenario "as asked": every part of this office gets what it asks in the round's years, the owner's amount to
 * the owner side and the UH amount to its first institution (the secretariat splits it when there are several). */
export function linesAsAsked(applications: readonly TAllocatable[], roundYear: number): TLine[] {
  const years = allocationYears(roundYear);
  return applications.flatMap((app) => {
    const uh = app.asked.uhRecipients[0];
    return app.asked.parts
      .filter((p) => p.ownOffice)
      .flatMap((p) =>
        p.years
          .filter((y) => years.includes(y.year))
          .flatMap((y): TLine[] => [
            ...(y.ownerKr > 0 ? [{ applicationId: app.id, partKey: p.key, year: y.year, recipient: 'owner' as const, orgId: null, amountKr: y.ownerKr }] : []),
            ...(y.uhKr > 0 && uh ? [{ applicationId: app.id, partKey: p.key, year: y.year, recipient: 'uh' as const, orgId: uh.orgId, amountKr: y.uhKr }] : []),
          ]),
      );
  });
}

/** What a scenario proposes for an application in a year (lines are only ever written for this office's parts). */
export const proposedInYear = (lines: readonly TLine[], applicationId: string, year: number) =>
  lines.filter((l) => l.applicationId === applicationId && l.year === year).reduce((s, l) => s + l.amountKr, 0);

export type TApplicationChoice = { applicationId: string; priority: number | null; reason: string | null; noIndividualEducation?: boolean | null };

/** The scheme's rules the allocation checks per application, from its configuration (scheme-rules.ts). */
export type TAllocationChecklist = { noIndividualEducation: boolean };
export const NO_CHECKLIST: TAllocationChecklist = { noIndividualEducation: false };

export const ALLOCATION_GAP_KINDS = ['not-prioritised', 'reduced', 'priority-missing', 'individual-education-unchecked'] as const;

/**
 * What a partnership must be told, and is not yet: 'not-prioritised' (it asked and gets nothing), 'reduced' (it gets
 * less than it asked in some year). And 'priority-missing': money proposed to an application without a priority;
 * 'individual-education-unchecked': the scheme funds no individual further education (Dekomp) and an application
 * the forum would fund (prioritised, or with money proposed) is not checked for it.
 */
export type TAllocationGap = { applicationId: string; kind: (typeof ALLOCATION_GAP_KINDS)[number] };

/** Whether the application needs a reason, and which: null when it gets all it asks (or asks nothing). */
export function reasonNeeded(asked: Pick<TAskedAmounts, 'parts'>, lines: readonly TLine[], applicationId: string): 'not-prioritised' | 'reduced' | null {
  const years = askedYears(asked);
  const askedTotal = years.reduce((s, y) => s + askedInYear(asked, y), 0);
  if (askedTotal === 0) return null;
  const proposedTotal = lines.filter((l) => l.applicationId === applicationId).reduce((s, l) => s + l.amountKr, 0);
  if (proposedTotal === 0) return 'not-prioritised';
  return years.some((y) => proposedInYear(lines, applicationId, y) < askedInYear(asked, y)) ? 'reduced' : null;
}

/** Every gap of a scenario, in the applications' order: listed on each save, refused only when choosing it. */
export function allocationGaps(
  applications: readonly TAllocatable[],
  lines: readonly TLine[],
  choices: readonly TApplicationChoice[],
  checklist: TAllocationChecklist = NO_CHECKLIST,
): TAllocationGap[] {
  return applications.flatMap((app): TAllocationGap[] => {
    const choice = choices.find((c) => c.applicationId === app.id);
    const hasReason = (choice?.reason ?? '').trim() !== '';
    const needed = reasonNeeded(app.asked, lines, app.id);
    const proposed = lines.some((l) => l.applicationId === app.id && l.amountKr > 0);
    const prioritised = (choice?.priority ?? null) !== null;
    // Only a checked box clears it: false says the measure does fund individual further education, which the scheme
    // does not allow, so that too keeps the scenario from being chosen.
    const educationUnchecked = checklist.noIndividualEducation && (prioritised || proposed) && choice?.noIndividualEducation !== true;
    return [
      ...(needed && !hasReason ? [{ applicationId: app.id, kind: needed }] : []),
      ...(proposed && !prioritised ? [{ applicationId: app.id, kind: 'priority-missing' as const }] : []),
      ...(educationUnchecked ? [{ applicationId: app.id, kind: 'individual-education-unchecked' as const }] : []),
    ];
  });
}
