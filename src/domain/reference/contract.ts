// The reference module's API (ADR 017): Kartverket's counties and municipalities, the offices, the grant schemes and
// the regions. Request bodies are the schemas the use cases parse; answers are strict.
import { z } from 'zod';
import { endpoint, ZIdParams } from '../shared/endpoint.ts';
import { ZCountyQuery, ZMunicipalityQuery } from './division.ts';
import { ZRegionInput, ZRegionUpdate } from './region.ts';
import { ZSchemeUpdate } from './scheme.ts';

const ZParallelName = z.strictObject({ name: z.string(), language: z.enum(['sami', 'kven']) });

export const ZCounty = z.strictObject({
  division: z.number(),
  number: z.string(),
  name: z.string(),
  officialName: z.string(),
  parallelNames: z.array(ZParallelName),
});
export type County = z.output<typeof ZCounty>;
export type ParallelName = z.output<typeof ZParallelName>;

export const ZMunicipality = z.strictObject({
  ...ZCounty.shape,
  countyNumber: z.string(),
  samiLanguage: z.enum(['nordsamisk', 'lulesamisk', 'sorsamisk']).nullable(),
  successorNumbers: z.array(z.string()),
});
export type Municipality = z.output<typeof ZMunicipality>;

export const ZOffice = z.strictObject({ id: z.string(), name: z.string(), countyNumbers: z.array(z.string()) });
export type Office = z.output<typeof ZOffice>;

/** Content with a text per language ({ nb, nn?, se?, en? }): show it with useLocalize(). */
const ZLocalized = z.object({ nb: z.string() }).catchall(z.string());

const ZSchemeRulesOut = z.strictObject({
  sectors: z.array(z.string()),
  areas: z.array(z.string()),
  maxCommitmentYears: z.number(),
  ownerCofundingPercent: z.number().nullable(),
  coordinatorFundingAllowed: z.boolean(),
  uhShareRequired: z.boolean(),
  noIndividualEducation: z.boolean(),
  /** The state budget's chapter and post, and the grant rules, as the tilsagnsbrev names them ('' until set); the
   * grant rules' title per written standard, as the letter's standard quotes it. */
  budgetChapterPost: z.string(),
  grantRules: z.strictObject({ nb: z.string(), nn: z.string() }),
  /** A later year's payment waits for the approved report of the year before (issue 15); absent means off. */
  paymentAwaitsReport: z.boolean().optional(),
});

export const ZScheme = z.strictObject({
  id: z.string(),
  name: ZLocalized,
  shortName: z.string(),
  description: ZLocalized.nullable(),
  active: z.boolean(),
  rules: ZSchemeRulesOut,
  version: z.number(),
});
export type Scheme = z.output<typeof ZScheme>;
export const ZSchemeDetail = z.strictObject({ ...ZScheme.shape, allowed: z.array(z.enum(['read', 'edit'])) });
export type SchemeDetail = z.output<typeof ZSchemeDetail>;

export const ZRegion = z.strictObject({
  id: z.string(),
  name: z.string(),
  officeId: z.string().nullable(),
  description: z.string().nullable(),
  version: z.number(),
  municipalities: z.array(z.strictObject({ number: z.string(), name: z.string() })),
});
export type Region = z.output<typeof ZRegion>;
export const ZRegionDetail = z.strictObject({ ...ZRegion.shape, allowed: z.array(z.enum(['read', 'create', 'edit'])) });
export type RegionDetail = z.output<typeof ZRegionDetail>;
/** The offices to set up a region in (null: nothing to offer). */
export const ZRegionCreates = z.strictObject({ region: z.strictObject({ officeIds: z.array(z.string()) }).nullable() });
export type RegionCreates = z.output<typeof ZRegionCreates>;

const attribution = z.string();

export const referenceContract = {
  listCounties: endpoint({
    method: 'GET',
    path: '/api/reference/counties',
    summary: 'Fylkene i en inndeling (2024 eller 2020), med Kartverkets kildeangivelse',
    access: 'innloggede',
    query: ZCountyQuery,
    response: z.strictObject({ counties: z.array(ZCounty), attribution }),
  }),
  listMunicipalities: endpoint({
    method: 'GET',
    path: '/api/reference/municipalities',
    summary: 'Kommunene i en inndeling, filtrert på fylke og navn',
    access: 'innloggede',
    query: ZMunicipalityQuery,
    response: z.strictObject({ municipalities: z.array(ZMunicipality), attribution }),
  }),
  listOffices: endpoint({
    method: 'GET',
    path: '/api/reference/offices',
    summary: 'Statsforvalterembetene og fylkene de dekker',
    access: 'innloggede',
    response: z.strictObject({ offices: z.array(ZOffice) }),
  }),
  listSchemes: endpoint({
    method: 'GET',
    path: '/api/reference/schemes',
    summary: 'Tilskuddsordningene med regler',
    access: 'innloggede',
    response: z.strictObject({ schemes: z.array(ZScheme) }),
  }),
  getScheme: endpoint({
    method: 'GET',
    path: '/api/reference/schemes/:id',
    summary: 'Én tilskuddsordning, med hva brukeren kan gjøre med den',
    access: 'innloggede',
    params: ZIdParams,
    response: z.strictObject({ scheme: ZSchemeDetail }),
  }),
  updateScheme: endpoint({
    method: 'PUT',
    path: '/api/reference/schemes/:id',
    summary: 'Endrer navn, beskrivelse og regler for en tilskuddsordning',
    access: 'administrator',
    params: ZIdParams,
    body: ZSchemeUpdate,
    response: z.strictObject({ scheme: ZSchemeDetail }),
  }),
  listRegions: endpoint({
    method: 'GET',
    path: '/api/regions',
    summary: 'Regionene (RSK-områdene) med kommuner, og hvor brukeren kan opprette en',
    access: 'innloggede',
    response: z.strictObject({ regions: z.array(ZRegion), creates: ZRegionCreates }),
  }),
  createRegion: endpoint({
    method: 'POST',
    path: '/api/regions',
    summary: 'Oppretter en region',
    access: 'saksbehandler i embetet',
    body: ZRegionInput,
    status: 201,
    response: z.strictObject({ region: ZRegion }),
  }),
  getRegion: endpoint({
    method: 'GET',
    path: '/api/regions/:id',
    summary: 'Én region med kommunene',
    access: 'innloggede',
    params: ZIdParams,
    response: z.strictObject({ region: ZRegionDetail }),
  }),
  updateRegion: endpoint({
    method: 'PUT',
    path: '/api/regions/:id',
    summary: 'Endrer en region',
    access: 'saksbehandler i embetet (begge embeter ved flytting)',
    params: ZIdParams,
    body: ZRegionUpdate,
    response: z.strictObject({ region: ZRegion }),
  }),
} as const;
