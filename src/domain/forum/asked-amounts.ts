// What an application asks, as the allocation screen needs it (issue 13, point 4): per part — this office's or
// another's — and per year the owner's amount, the UH amount and the co-funding declared, from section 6 (each
// part's `grantUse`). And the UH institutions the application names (5.3), matched to the partnership's UH members,
// because the allocation pays UH money to organisations, split per institution.
//
// The figures are read the way the submission's checks read them (budgetInputOf + validateApplicationBudget, the
// same parsing list-round-applications and the round export rely on), so the forum sees what the partnership sent.
import { budgetInputOf, type TFieldValues } from '../behovsmelding/validate-application.ts';
import { validateApplicationBudget } from '../behovsmelding/validate-budget.ts';

export type TAskedYear = { year: number; ownerKr: number; uhKr: number; coFundingKr: number };

export type TAskedPart = {
  /** The part's id in the form (`sor-troms`), or its position when it has none. */
  key: string;
  name: string;
  /** The office the part is applied for at, when not this application's office (Evenes → `nordland`). */
  otherOfficeId: string | null;
  /** True: allocated here. False: shown, never allocated here (the other office's forum does it). */
  ownOffice: boolean;
  years: TAskedYear[];
};

/** A UH member of the partnership (organisation with role 'uh'). */
export type TUhMember = { orgId: string; name: string; orgnr: string | null };

/** A UH institution that may receive UH money: `named` when the application's 5.3 names it. */
export type TUhRecipient = { orgId: string; name: string; named: boolean };

export type TAskedAmounts = {
  parts: TAskedPart[];
  /** The partnership's UH members, those the application names first (in its order). The first is where "as asked"
   * puts the UH amount. */
  uhRecipients: TUhRecipient[];
  /** Institutions 5.3 names that are no UH member of the partnership (shown so the secretariat can ask). */
  unmatchedUhNames: string[];
};

const digits = (s: string | null | undefined) => (s ?? '').replace(/\D/g, '');
const simple = (s: string | null | undefined) => (s ?? '').trim().toLocaleLowerCase('nb').replace(/\s+/g, ' ');

/**
 * Whether the institution 5.3 names is this member: the same organisation number, else the same name — or the
 * member's full name (or one of its names, split by "/") beginning with the short name written ("UiT" → "UiT
 * Norges arktiske universitet"), as applicants write the name they use.
 */
export function namesMember(named: { navn?: unknown; orgnr?: unknown }, member: TUhMember): boolean {
  const orgnr = digits(typeof named.orgnr === 'string' ? named.orgnr : '');
  if (orgnr.length === 9 && digits(member.orgnr) === orgnr) return true;
  const name = simple(typeof named.navn === 'string' ? named.navn : '');
  if (name === '') return false;
  // A name given in two languages ("Sámi allaskuvla / Samisk høgskole") is met by either.
  return member.name
    .split('/')
    .map(simple)
    .some((full) => full === name || full.startsWith(`${name} `));
}

function uhRecipientsOf(values: TFieldValues, members: readonly TUhMember[]) {
  const listed = Array.isArray(values['s5.uh']) ? (values['s5.uh'] as { navn?: unknown; orgnr?: unknown }[]) : [];
  const named: TUhRecipient[] = [];
  const unmatchedUhNames: string[] = [];
  for (const row of listed) {
    const member = members.find((m) => namesMember(row, m));
    if (!member) {
      if (typeof row.navn === 'string' && row.navn.trim() !== '') unmatchedUhNames.push(row.navn.trim());
    } else if (!named.some((n) => n.orgId === member.orgId)) named.push({ orgId: member.orgId, name: member.name, named: true });
  }
  const others = members.filter((m) => !named.some((n) => n.orgId === m.orgId)).map((m) => ({ orgId: m.orgId, name: m.name, named: false }));
  return { uhRecipients: [...named, ...others], unmatchedUhNames };
}

/** An application's asked amounts from its field values (a submission's frozen values, or the current ones). */
export function askedAmounts(values: TFieldValues, uhMembers: readonly TUhMember[]): TAskedAmounts {
  const budget = validateApplicationBudget(budgetInputOf(values));
  // A submitted application always parses (submitting needs a valid budget); a draft that does not asks nothing yet.
  const parts: TAskedPart[] = budget.ok
    ? budget.application.parts.map((p, index) => ({
        key: p.key ?? String(index),
        name: p.name,
        otherOfficeId: p.otherOfficeId,
        ownOffice: p.otherOfficeId === null,
        years: (p.grantUse?.years ?? [])
          .map((y) => ({ year: y.year, ownerKr: y.ownerKr ?? 0, uhKr: y.uhKr ?? 0, coFundingKr: y.coFundingKr ?? 0 }))
          .sort((a, b) => a.year - b.year),
      }))
    : [];
  return { parts, ...uhRecipientsOf(values, uhMembers) };
}

/** What the application asks of this office in a year (its own parts, owner + UH). */
export function askedInYear(asked: Pick<TAskedAmounts, 'parts'>, year: number): number {
  return asked.parts
    .filter((p) => p.ownOffice)
    .flatMap((p) => p.years.filter((y) => y.year === year))
    .reduce((s, y) => s + y.ownerKr + y.uhKr, 0);
}

/** The years the application asks this office for anything (its own parts). */
export function askedYears(asked: Pick<TAskedAmounts, 'parts'>): number[] {
  return [...new Set(asked.parts.filter((p) => p.ownOffice).flatMap((p) => p.years.map((y) => y.year)))].sort((a, b) => a - b);
}
