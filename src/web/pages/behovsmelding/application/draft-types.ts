// The draft shapes the form edits (application-fields.ts' draft schemas, every value optional or null) and blank
// rows to add. The strict shapes (budget-line.ts, grant-use.ts, unit-counts.ts) are checked by validation.
import type { TActivityRow, TOtherOwner, TPartHeader, TSubGoal, TTiltakPeriod, TTiltakRow, TUhInstitution } from '../../../../domain/behovsmelding/application-fields.ts';
import type { TUnitCountKey } from '../../../../domain/behovsmelding/unit-counts.ts';

export type { TActivityRow, TOtherOwner, TPartHeader, TSubGoal, TTiltakPeriod, TTiltakRow, TUhInstitution };

export type DraftFactor = { value: number | null; label?: string | null; terms?: number[] | null };
export type LineKind = 'item' | 'percentage' | 'subtotal';
export type DraftLine = {
  kind: LineKind;
  id?: string | null;
  description: string | null;
  factors?: DraftFactor[];
  unitPrice?: number | null;
  statedAmount?: number | null;
  percent?: number | null;
  baseLineIds?: string[] | null;
  details?: DraftTable | null;
};
export type DraftTable = { title?: string | null; lines: DraftLine[]; statedTotal?: number | null };

export type DraftShares = { kartlegging: number | null; planlegging: number | null; gjennomforing: number | null };
export type DraftGrantYear = {
  year: number | null;
  ownerKr: number | null;
  uhKr: number | null;
  statedTotalKr?: number | null;
  coFundingKr?: number | null;
  coFundingPurpose?: string | null;
  shares: DraftShares;
  coordinatorOwnerKr?: number | null;
  coordinatorUhKr?: number | null;
  coordinatorNote?: string | null;
};
export type DraftGrantUse = {
  heldOverOwnerKr: number | null;
  heldOverUhKr: number | null;
  years: DraftGrantYear[];
  coordinatorJustification: { owner: string | null; uh: string | null };
  derived?: boolean;
};

export type DraftMunicipalityCount = { municipality: string | null; count: number | null };
export type DraftUnitCount = { total: number | null; byMunicipality: DraftMunicipalityCount[] };
export type DraftUnitCounts = Partial<Record<TUnitCountKey, DraftUnitCount>>;

export const blankActivity = (): TActivityRow => ({ uke: null, aktivitet: null, hvem: null });
export const blankSubGoal = (): TSubGoal => ({ text: null, points: [] });
export const blankTiltakRow = (): TTiltakRow => ({ nummer: null, hva: null, hvordan: null, malgruppe: null, nar: null, ansvar: null });
export const blankTiltakPeriod = (): TTiltakPeriod => ({ periode: null, rader: [blankTiltakRow()] });
export const blankOtherOwner = (): TOtherOwner => ({ navn: null, art: null, kontaktperson: null });
export const blankUh = (): TUhInstitution => ({ navn: null, kontaktperson: null, epost: null, orgnr: null, kontonr: null, betalingsreferanse: null });
export const blankLine = (kind: LineKind = 'item'): DraftLine =>
  kind === 'item'
    ? { kind, description: null, factors: [], unitPrice: null, statedAmount: null, details: null }
    : kind === 'percentage'
      ? { kind, description: null, percent: null, statedAmount: null }
      : { kind, description: null, statedAmount: null };
export const blankTable = (): DraftTable => ({ title: null, lines: [blankLine()], statedTotal: null });
export const blankGrantYear = (year: number | null): DraftGrantYear => ({
  year,
  ownerKr: null,
  uhKr: null,
  statedTotalKr: null,
  coFundingKr: null,
  coFundingPurpose: null,
  shares: { kartlegging: null, planlegging: null, gjennomforing: null },
  coordinatorOwnerKr: null,
  coordinatorUhKr: null,
  coordinatorNote: null,
});
export const blankGrantUse = (): DraftGrantUse => ({ heldOverOwnerKr: null, heldOverUhKr: null, years: [], coordinatorJustification: { owner: null, uh: null } });
export const blankUnitCount = (): DraftUnitCount => ({ total: null, byMunicipality: [] });

/** A new part's id: stable (field keys name it), unique enough that two people adding parts at once do not clash. */
export function newPartId(taken: readonly string[], random: () => number = Math.random): string {
  for (;;) {
    const id = `del-${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`;
    if (!taken.includes(id)) return id;
  }
}
