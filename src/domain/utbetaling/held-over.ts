// Unused money the office decided to hold over to the same measure next year (issue 15, point 2; ADR 027), as the
// next year's behovsmelding and the forum's allocation show it. The applicant's own figures in section 6.1
// (heldOverOwnerKr / heldOverUhKr) are what it believes; these are what the office decided, shown beside them and
// never written into them. The forum weighs the net need: what is asked less what is already there.

export const UNUSED_STATES = ['registrert', 'overfort', 'motregnet', 'krevd', 'mottatt'] as const;
export type UnusedState = (typeof UNUSED_STATES)[number];

export type THeldOverRow = {
  partnershipId: string;
  /** The year the money is held over to. */
  targetYear: number;
  /** The grant year it was unused in. */
  fromYear: number;
  recipient: 'owner' | 'uh';
  amountKr: number;
  /** The tilsagn it came from (`YYYY/N-M`), null if it was never numbered. */
  documentNumber: string | null;
};

export type THeldOverSource = Pick<THeldOverRow, 'recipient' | 'amountKr' | 'fromYear' | 'documentNumber'>;

export type THeldOver = { year: number; ownerKr: number; uhKr: number; totalKr: number; sources: THeldOverSource[] };

/** What the office held over to `year` for a partnership, per recipient with its sources; null when nothing. */
export function heldOverTo(rows: readonly THeldOverRow[], partnershipId: string, year: number): THeldOver | null {
  const own = rows.filter((r) => r.partnershipId === partnershipId && r.targetYear === year);
  if (own.length === 0) return null;
  const sum = (recipient: THeldOverRow['recipient']) => own.filter((r) => r.recipient === recipient).reduce((s, r) => s + r.amountKr, 0);
  const ownerKr = sum('owner');
  const uhKr = sum('uh');
  return {
    year,
    ownerKr,
    uhKr,
    totalKr: ownerKr + uhKr,
    sources: own
      .map(({ recipient, amountKr, fromYear, documentNumber }) => ({ recipient, amountKr, fromYear, documentNumber }))
      .sort((a, b) => a.fromYear - b.fromYear || a.recipient.localeCompare(b.recipient) || (a.documentNumber ?? '').localeCompare(b.documentNumber ?? '')),
  };
}

/** What a year still needs: asked less held over, never below 0 (money held over beyond the ask is no negative need). */
export const netNeedKr = (askedKr: number, heldOverKr: number) => Math.max(0, askedKr - heldOverKr);
