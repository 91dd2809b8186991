// The samarbeidsforum's API, part "allocation" (issue 13, point 4): a round's named scenarios, the allocation
// screen's data (asked and proposed per application, part and year; totals against the frames and earlier
// promises; the scheme's co-funding rule), writes of amounts, priorities and reasons, choosing one scenario for the
// innstilling, and two scenarios side by side (ADR 017).
import { z } from 'zod';
import { endpoint, ZIdParams, zInstant } from '../shared/endpoint.ts';
import { ALLOCATION_GAP_KINDS, ZCopyScenario, ZCreateScenario, ZRenameScenario, ZSetApplicationAllocation, ZSetLines } from './allocation.ts';
import { ALLOCATION_VERBS } from './policy.ts';

const readers = 'saksbehandler, samarbeidsforum og lesere i utlysningens embete';
const secretariat = 'saksbehandler i utlysningens embete (sekretariatet)';

export const ZScenarioSummary = z.strictObject({
  id: z.string(),
  roundId: z.string(),
  name: z.string(),
  /** The one the innstilling is drafted from. */
  chosen: z.boolean(),
  version: z.number(),
  createdByName: z.string(),
  createdAt: zInstant,
  updatedAt: zInstant,
});

export const ZAllocationRound = z.strictObject({
  id: z.string(),
  title: z.string(),
  year: z.number(),
  officeId: z.string(),
  officeName: z.string(),
  schemeId: z.string(),
  schemeName: z.string(),
});

const ZAllowed = z.array(z.enum(ALLOCATION_VERBS));

export const ZScenarioList = z.strictObject({ round: ZAllocationRound, allowed: ZAllowed, scenarios: z.array(ZScenarioSummary) });

const ZAmountsAsked = z.strictObject({ ownerKr: z.number(), uhKr: z.number(), coFundingKr: z.number() });
const ZAmountsProposed = z.strictObject({
  ownerKr: z.number(),
  uhKr: z.number(),
  /** The UH amount split per institution. */
  uh: z.array(z.strictObject({ orgId: z.string(), amountKr: z.number() })),
});

export const ZAllocationGap = z.strictObject({ applicationId: z.string(), kind: z.enum(ALLOCATION_GAP_KINDS) });

export const ZYearTotals = z.strictObject({
  year: z.number(),
  frame: z.strictObject({ amountKr: z.number(), confirmed: z.boolean() }).nullable(),
  reservedKr: z.number(),
  consumedKr: z.number(),
  proposedKr: z.number(),
  totalKr: z.number(),
  /** Positive: over the frame; negative: left under it; null: no frame for the year. */
  overKr: z.number().nullable(),
});

export const ZAllocationScreenApplication = z.strictObject({
  id: z.string(),
  partnershipId: z.string(),
  partnershipName: z.string(),
  status: z.string(),
  documentNumber: z.string().nullable(),
  /** Year 2 or 3 of a measure: the application it continues. */
  previousId: z.string().nullable(),
  priority: z.number().nullable(),
  reason: z.string().nullable(),
  /** The checklist's "no individual further education": true = checked, false = it funds some, null = not checked. */
  noIndividualEducation: z.boolean().nullable(),
  /** Why a reason is needed ('not-prioritised': nothing proposed; 'reduced': less than asked in a year), or null. */
  reasonNeeded: z.enum(['not-prioritised', 'reduced']).nullable(),
  uhRecipients: z.array(z.strictObject({ orgId: z.string(), name: z.string(), named: z.boolean() })),
  unmatchedUhNames: z.array(z.string()),
  /** Earlier promises this application uses up (its previous_id chain leads to their source). */
  consumesReservations: z.array(z.strictObject({ year: z.number(), amountKr: z.number() })),
  parts: z.array(
    z.strictObject({
      key: z.string(),
      name: z.string(),
      /** False: the part belongs to another office; shown, never allocated here. */
      ownOffice: z.boolean(),
      otherOfficeId: z.string().nullable(),
      otherOfficeName: z.string().nullable(),
      years: z.array(z.strictObject({ year: z.number(), asked: ZAmountsAsked, proposed: ZAmountsProposed.nullable() })),
    }),
  ),
  /** This office's parts per year: asked (owner + UH) and proposed; what the office held over to the year from an
   * earlier tilsagn of the measure (issue 15), and the net need (asked − held over, never below 0). */
  years: z.array(z.strictObject({ year: z.number(), askedKr: z.number(), proposedKr: z.number(), heldOverKr: z.number(), netNeedKr: z.number() })),
  /** The scheme's owner co-funding per year (null when the scheme requires none); `missingKr` > 0 is flagged. */
  cofunding: z.array(z.strictObject({ year: z.number(), requiredKr: z.number(), declaredKr: z.number(), missingKr: z.number() })).nullable(),
});

export const ZAllocationScreen = z.strictObject({
  scenario: ZScenarioSummary,
  round: ZAllocationRound,
  allowed: ZAllowed,
  /** The round's year and the next two. */
  years: z.array(z.number()),
  ownerCofundingPercent: z.number().nullable(),
  /** The scheme's checklist per application (Dekomp: "no individual further education" must be checked for each
   * application the forum would fund before the scenario can be chosen). */
  checklist: z.strictObject({ noIndividualEducation: z.boolean() }),
  /** The round's innstilling is adopted: no scenario may change. */
  adopted: z.boolean(),
  applications: z.array(ZAllocationScreenApplication),
  totals: z.array(ZYearTotals),
  /** What is missing before the scenario can be chosen. */
  gaps: z.array(ZAllocationGap),
});

export const ZScenarioComparison = z.strictObject({
  round: ZAllocationRound,
  a: ZScenarioSummary,
  b: ZScenarioSummary,
  years: z.array(z.number()),
  applications: z.array(
    z.strictObject({
      id: z.string(),
      partnershipName: z.string(),
      years: z.array(z.strictObject({ year: z.number(), aKr: z.number(), bKr: z.number(), differenceKr: z.number() })),
    }),
  ),
  totals: z.strictObject({ a: z.array(ZYearTotals), b: z.array(ZYearTotals) }),
});

const ZScenarioParams = ZIdParams;

export const allocationContract = {
  listScenarios: endpoint({
    method: 'GET',
    path: '/api/forum/rounds/:roundId/scenarios',
    summary: 'Utlysningens fordelinger (scenarioer), og hvilken som er valgt for innstillingen',
    access: readers,
    params: z.strictObject({ roundId: z.string() }),
    response: ZScenarioList,
  }),
  createScenario: endpoint({
    method: 'POST',
    path: '/api/forum/rounds/:roundId/scenarios',
    summary: 'Ny fordeling: tom, eller som omsøkt (UH-beløpet til første institusjon)',
    access: secretariat,
    params: z.strictObject({ roundId: z.string() }),
    body: ZCreateScenario,
    status: 201,
    response: z.strictObject({ scenario: ZScenarioSummary }),
  }),
  compareScenarios: endpoint({
    method: 'GET',
    path: '/api/forum/scenarios/compare',
    summary: 'To fordelinger i samme utlysning side om side: per behovsmelding og år, og summene',
    access: readers,
    query: z.strictObject({ a: z.string().optional(), b: z.string().optional() }),
    response: ZScenarioComparison,
  }),
  getScenario: endpoint({
    method: 'GET',
    path: '/api/forum/scenarios/:id',
    summary: 'Fordelingsskjermen: omsøkt og foreslått per behovsmelding, del og år, summer mot rammen og tidligere løfter',
    access: readers,
    params: ZScenarioParams,
    response: ZAllocationScreen,
  }),
  renameScenario: endpoint({
    method: 'PUT',
    path: '/api/forum/scenarios/:id',
    summary: 'Gir fordelingen nytt navn',
    access: secretariat,
    params: ZScenarioParams,
    body: ZRenameScenario,
    response: z.strictObject({ scenario: ZScenarioSummary }),
  }),
  deleteScenario: endpoint({
    method: 'DELETE',
    path: '/api/forum/scenarios/:id',
    summary: 'Sletter en fordeling som ikke er valgt',
    access: secretariat,
    params: ZScenarioParams,
    status: 204,
    response: null,
  }),
  setAllocationLines: endpoint({
    method: 'PUT',
    path: '/api/forum/scenarios/:id/lines',
    summary: 'Setter foreslåtte beløp (per behovsmelding, del, år og mottaker; 0 fjerner), alle eller ingen',
    access: secretariat,
    params: ZScenarioParams,
    body: ZSetLines,
    response: ZAllocationScreen,
  }),
  setApplicationAllocation: endpoint({
    method: 'PUT',
    path: '/api/forum/scenarios/:id/applications/:applicationId',
    summary: 'Prioritet (tom = ikke prioritert), begrunnelse og sjekklisten (ingen individuell videreutdanning) for en behovsmelding i fordelingen',
    access: secretariat,
    params: z.strictObject({ id: z.string(), applicationId: z.string() }),
    body: ZSetApplicationAllocation,
    response: ZAllocationScreen,
  }),
  chooseScenario: endpoint({
    method: 'POST',
    path: '/api/forum/scenarios/:id/choose',
    summary: 'Velger fordelingen for innstillingen (krever prioritet, begrunnelser og sjekklisten der det trengs)',
    access: secretariat,
    params: ZScenarioParams,
    response: z.strictObject({ scenario: ZScenarioSummary }),
  }),
  copyScenario: endpoint({
    method: 'POST',
    path: '/api/forum/scenarios/:id/copy',
    summary: 'Kopierer fordelingen med beløp, prioriteter og begrunnelser under et nytt navn',
    access: secretariat,
    params: ZScenarioParams,
    body: ZCopyScenario,
    status: 201,
    response: z.strictObject({ scenario: ZScenarioSummary }),
  }),
} as const;
