// Form state of one application's block on the allocation screen and its conversion to the two writes: the
// proposed amounts (PUT …/lines: only the lines that changed, 0 removes one) and the priority and reason (PUT
// …/applications/:id, only when they changed). Amounts are kept as the text typed ("125 000"), so a bad one is
// reported by the shared kroner schema in the user's words, with a label naming application, part, year and
// recipient. Every amount input has a key: `<partKey>|<year>|owner` or `<partKey>|<year>|uh|<orgId>`.
import { z } from 'zod';
import type { ZAllocationScreenApplication } from '../../../domain/forum/allocation-contract.ts';
import { ZSetApplicationAllocation } from '../../../domain/forum/allocation.ts';
import { formatAmount, parseKroner, zKroner } from '../../../domain/shared/money.ts';

export type AllocationApplication = z.output<typeof ZAllocationScreenApplication>;
export type AllocationPart = AllocationApplication['parts'][number];

/** `education`: the checklist's "no individual further education" (Dekomp): 'yes' checked, 'no' it funds some, '' not
 * checked yet. */
export type ApplicationFormValues = { amounts: Record<string, string>; priority: string; reason: string; education: '' | 'yes' | 'no' };

/** One amount input: where it goes and what it holds now. */
export type AmountCell = { key: string; partKey: string; year: number; recipient: 'owner' | 'uh'; orgId: string | null; proposedKr: number };

export const ownerKey = (partKey: string, year: number) => `${partKey}|${year}|owner`;
export const uhKey = (partKey: string, year: number, orgId: string) => `${partKey}|${year}|uh|${orgId}`;

/** The years of a part the secretariat may allocate: this office's part, in the scenario's years. */
export const editableYears = (part: AllocationPart, years: readonly number[]) => (part.ownOffice ? part.years.filter((y) => years.includes(y.year)) : []);

/** Every amount input of the application, with what the scenario proposes there now. */
export function amountCells(app: AllocationApplication, years: readonly number[]): AmountCell[] {
  return app.parts.flatMap((part) =>
    editableYears(part, years).flatMap((y): AmountCell[] => [
      { key: ownerKey(part.key, y.year), partKey: part.key, year: y.year, recipient: 'owner', orgId: null, proposedKr: y.proposed?.ownerKr ?? 0 },
      ...app.uhRecipients.map((u) => ({
        key: uhKey(part.key, y.year, u.orgId),
        partKey: part.key,
        year: y.year,
        recipient: 'uh' as const,
        orgId: u.orgId,
        proposedKr: y.proposed?.uh.find((x) => x.orgId === u.orgId)?.amountKr ?? 0,
      })),
    ]),
  );
}

export function applicationValues(app: AllocationApplication, years: readonly number[]): ApplicationFormValues {
  return {
    amounts: Object.fromEntries(amountCells(app, years).map((c) => [c.key, formatAmount(c.proposedKr)])),
    priority: app.priority === null ? '' : String(app.priority),
    reason: app.reason ?? '',
    education: app.noIndividualEducation === null ? '' : app.noIndividualEducation ? 'yes' : 'no',
  };
}

/** What the form sends: amounts as kroner where they read as kroner (else the text, for the schema to word). */
export type ApplicationFormBody = { amounts: Record<string, number | string | undefined>; priority: number | string | null; reason: string; noIndividualEducation: boolean | null };

export function applicationFormBody(v: ApplicationFormValues): ApplicationFormBody {
  const priority = v.priority.trim();
  return {
    amounts: Object.fromEntries(Object.entries(v.amounts).map(([k, text]) => [k, text.trim() === '' ? 0 : (parseKroner(text) ?? text)])),
    priority: priority === '' ? null : /^\d+$/.test(priority) ? Number(priority) : priority,
    reason: v.reason,
    noIndividualEducation: v.education === '' ? null : v.education === 'yes',
  };
}

/** The form's check: each amount with its own label (`labelOf(key)`), and the priority and reason as the server
 * checks them. Field errors come out as `amounts.<key>`, `priority` and `reason`. */
export function applicationFormSchema(keys: readonly string[], labelOf: (key: string) => string) {
  return z.object({
    amounts: z.object(Object.fromEntries(keys.map((k) => [k, zKroner(labelOf(k))]))),
    priority: ZSetApplicationAllocation.shape.priority,
    reason: ZSetApplicationAllocation.shape.reason,
    noIndividualEducation: ZSetApplicationAllocation.shape.noIndividualEducation,
  });
}

/** The lines that differ from what the scenario proposes now (unparsable amounts are left out: the schema has
 * refused them before this is asked). */
export function changedLines(app: AllocationApplication, years: readonly number[], body: ApplicationFormBody) {
  return amountCells(app, years).flatMap((c) => {
    const amount = body.amounts[c.key];
    if (typeof amount !== 'number' || amount === c.proposedKr) return [];
    return [{ applicationId: app.id, partKey: c.partKey, year: c.year, recipient: c.recipient, orgId: c.orgId, amountKr: amount }];
  });
}

export type ApplicationChoice = { priority: number | null; reason: string; noIndividualEducation?: boolean | null };

/** The priority and reason (and the checklist's answer, where the scheme has it), when they differ from what is
 * stored. Without the checklist the answer is left out: absent keeps what is stored. */
export function changedChoice(app: AllocationApplication, body: ApplicationFormBody, checklist: boolean): ApplicationChoice | null {
  const priority = typeof body.priority === 'number' ? body.priority : null;
  const same =
    priority === app.priority && body.reason.trim() === (app.reason ?? '').trim() && (!checklist || body.noIndividualEducation === app.noIndividualEducation);
  if (same) return null;
  return checklist ? { priority, reason: body.reason, noIndividualEducation: body.noIndividualEducation } : { priority, reason: body.reason };
}

/** What the application's block shows, so a save elsewhere does not reset this block's unsaved input. */
export const applicationSignature = (app: AllocationApplication) => JSON.stringify([app.parts, app.priority, app.reason, app.noIndividualEducation]);
