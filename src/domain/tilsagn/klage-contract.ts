// The tilsagn module's API, part "acceptance, klage and the case's views" (issue 14, points 4–6; ADR 017): the
// addressee accepts a tilsagn; the office registers a klage and reverses, dismisses or forwards it (with the case
// documents as one ZIP) and records the appeal body's outcome; the partnership sees its application's decision; the
// office sees the round as a pipeline.
import { z } from 'zod';
import { endpoint, zInstant } from '../shared/endpoint.ts';
import { KLAGE_OUTCOMES, KLAGE_STATES, ZDismissKlageInput, ZForwardKlageInput, ZKlageOutcomeInput, ZRegisterKlageInput, ZReverseKlageInput } from './klage.ts';
import { KLAGE_ACTIONS } from './klage-actions.ts';
import { PIPELINE_STAGES } from './pipeline.ts';
import { VEDTAK_VERBS } from './policy.ts';

export const APPLICATION_DECISION_STAGES = ['ingen', 'innstilt', 'vedtatt', 'akseptert'] as const;

export const ZKlage = z.strictObject({
  id: z.string(),
  vedtakId: z.string(),
  state: z.enum(KLAGE_STATES),
  receivedOnLocal: z.string(),
  fromName: z.string(),
  summary: z.string(),
  registeredByName: z.string(),
  registeredAt: zInstant,
  /** Three weeks after the letter's date. */
  deadlineLocal: z.string().nullable(),
  /** Came in by that day: a fact shown, the office decides. */
  inTime: z.boolean().nullable(),
  /** The dismissal's reasons, the reversal's, or the office's assessment when forwarding. */
  reasons: z.string().nullable(),
  newVedtakId: z.string().nullable(),
  forwardedAt: zInstant.nullable(),
  forwardedTo: z.string().nullable(),
  outcome: z.enum(KLAGE_OUTCOMES).nullable(),
  outcomeText: z.string().nullable(),
  decidedAt: zInstant.nullable(),
  decidedByName: z.string().nullable(),
  /** Per year: the appealed decision's sum, the new decision's, and the difference for the frame. */
  frameEffect: z.array(z.strictObject({ year: z.number(), beforeKr: z.number(), afterKr: z.number(), differenceKr: z.number() })),
  version: z.number(),
});

const ZKlageAnswer = z.strictObject({ klage: ZKlage });

/** One klage for its page: the klage, the decision it is against, where it would be forwarded, and what the actor
 * may do next (`actions`: the state's moves when the actor handles klager; `allowed`: the decision's verbs). */
export const ZKlageDetail = z.strictObject({
  klage: ZKlage,
  decision: z.strictObject({
    vedtakId: z.string(),
    applicationId: z.string(),
    partnershipName: z.string(),
    kind: z.enum(['tilsagn', 'avslag']),
    documentNumber: z.string().nullable(),
    archiveNumber: z.string().nullable(),
    letterDateLocal: z.string().nullable(),
  }),
  /** The appeal body the office's settings name (default Utdanningsdirektoratet). */
  appealBody: z.string(),
  actions: z.array(z.enum(KLAGE_ACTIONS)),
  allowed: z.array(z.enum(VEDTAK_VERBS)),
});
export type KlageDetail = z.output<typeof ZKlageDetail>;

export const ZApplicationDecision = z.strictObject({
  /** ingen: nothing yet; innstilt: the forum's innstilling stands, no letter yet; vedtatt: issued; akseptert. */
  stage: z.enum(APPLICATION_DECISION_STAGES),
  decision: z
    .strictObject({
      vedtakId: z.string(),
      kind: z.enum(['tilsagn', 'avslag']),
      /** An endringsvedtak (or a reversal after a klage) replaced the first decision. */
      amendment: z.boolean(),
      documentNumber: z.string().nullable(),
      archiveNumber: z.string().nullable(),
      issuedAt: zInstant,
      letterDateLocal: z.string(),
      lines: z.array(
        z.strictObject({
          year: z.number(),
          recipient: z.enum(['owner', 'uh']),
          recipientName: z.string(),
          amountKr: z.number(),
          /** A later year, subject to the Storting's budget. */
          conditional: z.boolean(),
          /** A state UH's share: transferred, not paid out. */
          transfer: z.boolean(),
        }),
      ),
      totals: z.array(z.strictObject({ year: z.number(), totalKr: z.number() })),
      reasons: z.string(),
      deviationReason: z.string().nullable(),
      /** The letter's languages (the Norwegian letter first; a Sámi copy when rendered) and whether each is ready. */
      letters: z.array(z.strictObject({ language: z.string(), ready: z.boolean() })),
      acceptance: z.strictObject({
        needed: z.boolean(),
        dueLocal: z.string().nullable(),
        acceptedAt: zInstant.nullable(),
        acceptedByName: z.string().nullable(),
        /** Not accepted and the last day passed or near. */
        reminderDue: z.boolean(),
      }),
      allowed: z.array(z.enum(VEDTAK_VERBS)),
      /** The partnership whose payments page the actor may open ("Utbetalinger"); null for an avslag or when the
       * money is not theirs to read. */
      moneyPartnershipId: z.string().nullable(),
    })
    .nullable(),
  klager: z.array(ZKlage),
});

export const ZRoundPipeline = z.strictObject({
  roundId: z.string(),
  roundTitle: z.string(),
  stages: z.array(
    z.strictObject({
      stage: z.enum([...PIPELINE_STAGES, 'klage']),
      count: z.number(),
      tilsagnCount: z.number(),
      avslagCount: z.number(),
      sumKr: z.number(),
    }),
  ),
  reminders: z.array(
    z.strictObject({ vedtakId: z.string(), applicationId: z.string(), partnershipName: z.string(), documentNumber: z.string().nullable(), dueLocal: z.string() }),
  ),
});

const ZIdParams = z.strictObject({ id: z.string() });
const caseOfficers = 'saksbehandlere ved embetet som fattet vedtaket';

export const klageContract = {
  acceptVedtak: endpoint({
    method: 'POST',
    path: '/api/tilsagn/vedtak/:id/accept',
    summary: 'Aksepterer tilsagnet og vilkårene (hvem og når føres)',
    access: 'koordinatoren for partnerskapet vedtaket er rettet til, når brevet er sendt og tilsagnet har utbetaling; aldri admin i kraft av rollen',
    params: ZIdParams,
    response: z.strictObject({ vedtakId: z.string(), acceptedAt: zInstant, acceptedByName: z.string() }),
  }),
  getApplicationDecision: endpoint({
    method: 'GET',
    path: '/api/tilsagn/applications/:id/decision',
    summary: 'Søknadens vedtak slik partnerskapet ser det: trinn, beløp per år og mottaker, begrunnelse, brev, akseptfrist og klager',
    access: 'de som kan lese søknaden; vedtaket vises først når brevet er sendt',
    params: ZIdParams,
    response: ZApplicationDecision,
  }),
  getRoundPipeline: endpoint({
    method: 'GET',
    path: '/api/tilsagn/rounds/:roundId/pipeline',
    summary: 'Utlysningens vedtak som løp: antall og kroner per trinn, klager og purringer som er på tide',
    access: 'embetets saksbehandlere, budsjettdisponenter, forum og lesere',
    params: z.strictObject({ roundId: z.string() }),
    response: ZRoundPipeline,
  }),
  getKlage: endpoint({
    method: 'GET',
    path: '/api/tilsagn/klager/:id',
    summary: 'Én klage: vedtaket den gjelder, dato mottatt, fristen, tilstanden, utfallet og hva embetet kan gjøre videre',
    access: 'de som kan lese vedtaket klagen gjelder (embetets folk; partnerskapets egne)',
    params: ZIdParams,
    response: ZKlageDetail,
  }),
  registerKlage: endpoint({
    method: 'POST',
    path: '/api/tilsagn/vedtak/:id/klager',
    summary: 'Registrerer en klage på et sendt vedtak med dato mottatt',
    access: caseOfficers,
    params: ZIdParams,
    body: ZRegisterKlageInput,
    status: 201,
    response: ZKlageAnswer,
  }),
  dismissKlage: endpoint({
    method: 'POST',
    path: '/api/tilsagn/klager/:id/dismiss',
    summary: 'Avviser klagen med begrunnelse (for eksempel for sent)',
    access: caseOfficers,
    params: ZIdParams,
    body: ZDismissKlageInput,
    response: ZKlageAnswer,
  }),
  reverseKlage: endpoint({
    method: 'POST',
    path: '/api/tilsagn/klager/:id/reverse',
    summary: 'Omgjør vedtaket etter klagen: et nytt vedtak forberedes som endringsvedtak',
    access: caseOfficers,
    params: ZIdParams,
    body: ZReverseKlageInput,
    response: ZKlageAnswer,
  }),
  forwardKlage: endpoint({
    method: 'POST',
    path: '/api/tilsagn/klager/:id/forward',
    summary: 'Oversender klagen til klageinstansen med embetets vurdering',
    access: caseOfficers,
    params: ZIdParams,
    body: ZForwardKlageInput,
    response: ZKlageAnswer,
  }),
  recordKlageOutcome: endpoint({
    method: 'POST',
    path: '/api/tilsagn/klager/:id/outcome',
    summary: 'Fører klageinstansens avgjørelse (medhold, delvis medhold, ikke medhold)',
    access: caseOfficers,
    params: ZIdParams,
    body: ZKlageOutcomeInput,
    response: ZKlageAnswer,
  }),
  exportKlageZip: endpoint({
    method: 'GET',
    path: '/api/tilsagn/klager/:id/saksdokumenter.zip',
    summary: 'Sakens dokumenter som én ZIP: behovsmeldingen, innstillingen, vedtaksbrevet og klagen',
    access: caseOfficers,
    params: ZIdParams,
    response: null,
    produces: 'application/zip',
  }),
} as const;
