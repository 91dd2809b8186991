// Section 6 of a behovsmelding ("Bruk av tilskuddsmidler") for one part: funds held over, per year (up to 3) the
// amounts asked by owner and UH, own co-funding, the shares kartlegging / planlegging / gjennomføring and the
// coordinator amounts, and why a coordinator is needed. Checked against the budget tables in budget-checks.ts.
import { z } from 'zod';
import { zOptionalText } from '../shared/fields.ts';
import { decimalPlaces } from '../shared/exact-decimal.ts';
import { zOptionalKroner } from '../shared/money.ts';

export const SHARE_KEYS = ['kartlegging', 'planlegging', 'gjennomforing'] as const;
export type TShareKey = (typeof SHARE_KEYS)[number];
export const SHARE_LABELS: Record<TShareKey, string> = {
  kartlegging: 'kartlegging',
  planlegging: 'planlegging',
  gjennomforing: 'gjennomføring',
};

const zShare = (label: string) =>
  z.preprocess(
    (v) => (v === '' || v === null ? undefined : v),
    z
      .number({ error: `Andel til ${label} må fylles ut` })
      .min(0, { message: `Andel til ${label} kan ikke være negativ` })
      .max(100, { message: `Andel til ${label} kan ikke være over 100 %` })
      .refine((v) => decimalPlaces(v) <= 2, { message: `Andel til ${label} kan ha høyst 2 desimaler` }),
  );

export const ZShares = z.object({
  kartlegging: zShare(SHARE_LABELS.kartlegging),
  planlegging: zShare(SHARE_LABELS.planlegging),
  gjennomforing: zShare(SHARE_LABELS.gjennomforing),
});
export type TShares = z.output<typeof ZShares>;

export const ZGrantYear = z.object({
  year: z.number({ error: 'År må fylles ut' }).int({ message: 'År må være et årstall' }).min(2000, { message: 'År må være et årstall' }).max(2100, { message: 'År må være et årstall' }),
  /** 6.3 Totalt tilskudd som eier(ne) ber om. */
  ownerKr: zOptionalKroner('Tilskudd eier ber om'),
  /** 6.4 Totalt tilskudd som UH ber om. */
  uhKr: zOptionalKroner('Tilskudd UH ber om'),
  /** "Total sum det søkes om fra eier og UH-miljø" as written. */
  statedTotalKr: zOptionalKroner('Total sum'),
  coFundingKr: zOptionalKroner('Egenfinansiering'),
  coFundingPurpose: zOptionalText('Hva egenfinansieringen dekker', 2000),
  /** 6.5–6.7 in per cent. */
  shares: ZShares,
  /** 6.8 Coordinator amounts; `coordinatorNote` for what is written instead ("UiT sin beregning ligger i budsjettet"). */
  coordinatorOwnerKr: zOptionalKroner('Beløp til koordinator (eier)'),
  coordinatorUhKr: zOptionalKroner('Beløp til koordinator (UH)'),
  coordinatorNote: zOptionalText('Merknad om koordinator', 500),
});
export type TGrantYear = z.output<typeof ZGrantYear>;

export const ZGrantUse = z
  .object({
    /** 6.1 Ubenyttede midler satt på fond. */
    heldOverOwnerKr: zOptionalKroner('Midler på fond (eier)'),
    heldOverUhKr: zOptionalKroner('Midler på fond (UH)'),
    years: z
      .array(ZGrantYear, { error: 'Fyll ut minst ett år' })
      .min(1, { message: 'Fyll ut minst ett år' })
      .max(3, { message: 'Det kan søkes for høyst 3 år' }),
    /** 6.8.1 Redegjørelse for hvorfor det er nødvendig med koordinator. */
    coordinatorJustification: z.object({
      owner: zOptionalText('Begrunnelse for koordinator (eier)', 4000),
      uh: zOptionalText('Begrunnelse for koordinator (UH)', 4000),
    }),
    /** True when the figures were derived from the budget tables, not written by the applicant (demo data). */
    derived: z.boolean().default(false),
  })
  .superRefine((grantUse, ctx) => {
    const seen = new Set<number>();
    grantUse.years.forEach((y, index) => {
      if (seen.has(y.year)) ctx.addIssue({ code: 'custom', path: ['years', index, 'year'], message: `Året ${y.year} er ført opp to ganger` });
      seen.add(y.year);
    });
  });
export type TGrantUse = z.output<typeof ZGrantUse>;
