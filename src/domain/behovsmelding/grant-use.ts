// Section 6 of a behovsmelding ("Bruk av tilskuddsmidler") for one part: funds held over, per year (up to 3) the
// amounts asked by owner and UH, own co-funding, the shares kartlegging / planlegging / gjennomføring and the
// coordinator amounts, and why a coordinator is needed. Checked against the budget tables in budget-checks.ts.
import { z } from 'zod';
import { zOptionalText } from '../shared/fields.ts';
import { decimalPlaces } from '../shared/exact-decimal.ts';
import { zOptionalKroner } from '../shared/money.ts';
import { msg } from '../shared/message-keys.ts';

export const SHARE_KEYS = ['kartlegging', 'planlegging', 'gjennomforing'] as const;
export type TShareKey = (typeof SHARE_KEYS)[number];
/** As the messages name them (message tokens): "Andel til kartlegging …". */
export const SHARE_LABELS: Record<TShareKey, string> = {
  kartlegging: msg('behovsmelding.share.kartlegging'),
  planlegging: msg('behovsmelding.share.planlegging'),
  gjennomforing: msg('behovsmelding.share.gjennomforing'),
};

const zShare = (share: string) =>
  z.preprocess(
    (v) => (v === '' || v === null ? undefined : v),
    z
      .number({ error: msg('behovsmelding.share.required', { share }) })
      .min(0, { message: msg('behovsmelding.share.negative', { share }) })
      .max(100, { message: msg('behovsmelding.share.over100', { share }) })
      .refine((v) => decimalPlaces(v) <= 2, { message: msg('behovsmelding.share.decimals', { share }) }),
  );

export const ZShares = z.object({
  kartlegging: zShare(SHARE_LABELS.kartlegging),
  planlegging: zShare(SHARE_LABELS.planlegging),
  gjennomforing: zShare(SHARE_LABELS.gjennomforing),
});
export type TShares = z.output<typeof ZShares>;

const YEAR = msg('behovsmelding.label.year');

export const ZGrantYear = z.object({
  year: z
    .number({ error: msg('shared.required', { label: YEAR }) })
    .int({ message: msg('behovsmelding.notYear', { label: YEAR }) })
    .min(2000, { message: msg('behovsmelding.notYear', { label: YEAR }) })
    .max(2100, { message: msg('behovsmelding.notYear', { label: YEAR }) }),
  /** 6.3 Totalt tilskudd som eier(ne) ber om. */
  ownerKr: zOptionalKroner(msg('behovsmelding.label.ownerKr')),
  /** 6.4 Totalt tilskudd som UH ber om. */
  uhKr: zOptionalKroner(msg('behovsmelding.label.uhKr')),
  /** "Total sum det søkes om fra eier og UH-miljø" as written. */
  statedTotalKr: zOptionalKroner(msg('behovsmelding.label.statedTotalKr')),
  coFundingKr: zOptionalKroner(msg('behovsmelding.label.coFunding')),
  coFundingPurpose: zOptionalText(msg('behovsmelding.label.coFundingPurpose'), 2000),
  /** 6.5–6.7 in per cent. */
  shares: ZShares,
  /** 6.8 Coordinator amounts; `coordinatorNote` for what is written instead ("UiT sin beregning ligger i budsjettet"). */
  coordinatorOwnerKr: zOptionalKroner(msg('behovsmelding.label.coordinatorOwner')),
  coordinatorUhKr: zOptionalKroner(msg('behovsmelding.label.coordinatorUh')),
  coordinatorNote: zOptionalText(msg('behovsmelding.label.coordinatorNote'), 500),
});
export type TGrantYear = z.output<typeof ZGrantYear>;

export const ZGrantUse = z
  .object({
    /** 6.1 Ubenyttede midler satt på fond. */
    heldOverOwnerKr: zOptionalKroner(msg('behovsmelding.label.heldOverOwner')),
    heldOverUhKr: zOptionalKroner(msg('behovsmelding.label.heldOverUh')),
    years: z
      .array(ZGrantYear, { error: msg('behovsmelding.atLeastOneYear') })
      .min(1, { message: msg('behovsmelding.atLeastOneYear') })
      .max(3, { message: msg('behovsmelding.maxYears') }),
    /** 6.8.1 Redegjørelse for hvorfor det er nødvendig med koordinator. */
    coordinatorJustification: z.object({
      owner: zOptionalText(msg('behovsmelding.label.justificationOwner'), 4000),
      uh: zOptionalText(msg('behovsmelding.label.justificationUh'), 4000),
    }),
    /** True when the figures were derived from the budget tables, not written by the applicant (demo data). */
    derived: z.boolean().default(false),
  })
  .superRefine((grantUse, ctx) => {
    const seen = new Set<number>();
    grantUse.years.forEach((y, index) => {
      if (seen.has(y.year)) ctx.addIssue({ code: 'custom', path: ['years', index, 'year'], message: msg('behovsmelding.yearTwice', { year: y.year }) });
      seen.add(y.year);
    });
  });
export type TGrantUse = z.output<typeof ZGrantUse>;
