// Questionnaires (ADR 020): a published catalogue is read by everyone, also without login (the anonymous survey's
// visitors); only the admin publishes; anyone logged in starts a co-edited response; a response is read, written,
// submitted and exported by the one who started it and the editors they named (and the admin) — "own" is a
// response the cell's user started, "other" one started by somebody else. The list of one's responses shows the
// cell's own and never the other (but to the admin). The anonymous answer is public and writes no audit row.
import { expect } from 'vitest';
import type { Db } from '../../db/client.ts';
import { systemClock } from '../../domain/shared/clock.ts';
import { demoQuestionnaires } from '../../seed/demo-questionnaire.ts';
import { demoActor, type DemoActorKey } from '../../test/actors.ts';
import { saveResponseField } from '../../usecases/questionnaire/save-response-field.ts';
import { startResponse } from '../../usecases/questionnaire/start-response.ts';
import { submitResponse } from '../../usecases/questionnaire/submit-response.ts';
import { COMPLETE_DEMO_ANSWERS } from '../../test/questionnaire-fixture.ts';
import { everyone, loggedIn, only, type CellContext, type RouteCase } from './matrix.ts';

type Json = Record<string, unknown>;

const respondents = only({
  admin: 'both',
  saksbehandler: ['own'],
  budsjettdisponent: ['own'],
  forum: ['own'],
  koordinator: ['own'],
  uh: ['own'],
  studiesenter: ['own'],
  leser: ['own'],
});

/** A fresh draft of the demo survey: the cell's user started it ("own"), or a coordinator of another partnership. */
async function draft({ db, who, tenancy, unique }: CellContext, answers: Record<string, unknown> = {}) {
  const key: DemoActorKey = tenancy === 'other' || who === 'anonymous' ? 'koordinatorHarstad' : who;
  const actor = await demoActor(db, key);
  const started = await startResponse({ db, actor, clock: systemClock, input: { questionnaireId: 'kartlegging-demo', subject: `Matrise ${unique}` } });
  for (const [k, value] of Object.entries(answers))
    await saveResponseField({ db, actor, clock: systemClock, id: started.id, key: k, input: { value, baseVersion: 0 } });
  return { id: started.id, actor };
}

async function submitted(ctx: CellContext) {
  const { id, actor } = await draft(ctx, COMPLETE_DEMO_ANSWERS);
  await submitResponse({ db: ctx.db as Db, actor, clock: systemClock, id });
  return id;
}

/** The draft each cell of the list's row started, by the cell's unique key (the payload check looks for it). */
const listed = new Map<string, string>();

const allows = (route: string, { who, tenancy }: Pick<CellContext, 'who' | 'tenancy'>) => questionnaireCases.find((c) => c.route === route)!.allow(who, tenancy);

export const questionnaireCases: RouteCase[] = [
  {
    route: 'GET /api/questionnaires/:id',
    verb: null,
    alsoAsks: ['questionnaire.start'],
    request: ({ tenancy }) => ({ url: `/api/questionnaires/${tenancy === 'own' ? 'kartlegging-demo' : 'kartlegging-anonym'}` }),
    allow: everyone,
    mutation: false,
    payload: (b, ctx) => {
      const q = (b as Json).questionnaire as { id: string; storage: string; allowed: string[]; catalogue: { sections: unknown[] } };
      expect(q.storage).toBe(ctx.tenancy === 'own' ? 'co-edited' : 'anonymous');
      expect(q.catalogue.sections.length).toBeGreaterThan(0);
      expect(q.allowed.includes('start')).toBe(allows('POST /api/questionnaire-responses', ctx));
    },
  },
  {
    route: 'POST /api/questionnaires',
    verb: 'questionnaire.publish',
    request: ({ unique }) => {
      const [demo] = demoQuestionnaires();
      return { url: '/api/questionnaires', body: { ...demo!, id: `matrise-${unique}`.toLowerCase() } };
    },
    allow: only({ admin: 'both' }),
    mutation: true,
    payload: (b, { unique }) => expect(b).toEqual({ id: `matrise-${unique}`.toLowerCase(), version: 1, storage: 'co-edited' }),
  },
  {
    route: 'POST /api/questionnaires/:id/answers',
    verb: null,
    request: () => ({ url: '/api/questionnaires/kartlegging-anonym/answers', body: { questionnaireVersion: 1, answers: COMPLETE_DEMO_ANSWERS } }),
    allow: everyone,
    // Anonymous: no audit row (it would carry an actor and a time).
    mutation: false,
    payload: (b) => expect(Object.keys(b as Json).sort()).toEqual(['questionnaireId', 'questionnaireVersion', 'submittedOn']),
  },
  {
    // "Mine skjema": a user sees the responses they started or edit, never someone else's (the admin: all).
    route: 'GET /api/questionnaire-responses',
    verb: 'questionnaire-response.read',
    request: async (ctx) => {
      listed.set(ctx.unique, (await draft(ctx)).id);
      return { url: '/api/questionnaire-responses' };
    },
    allow: loggedIn,
    mutation: false,
    payload: (b, ctx) => {
      const ids = ((b as Json).responses as { id: string }[]).map((r) => r.id);
      const id = listed.get(ctx.unique)!;
      if (ctx.tenancy === 'own' || ctx.who === 'admin') expect(ids).toContain(id);
      else expect(ids).not.toContain(id);
    },
  },
  {
    route: 'GET /api/questionnaire-responses/editor-candidates',
    verb: 'questionnaire.start',
    request: () => ({ url: '/api/questionnaire-responses/editor-candidates' }),
    allow: loggedIn,
    mutation: false,
    payload: (b, ctx) => {
      const people = (b as Json).people as { userId: string; name: string; organisationName: string }[];
      for (const p of people) expect(Object.keys(p).sort()).toEqual(['name', 'organisationName', 'userId']);
      // The people the user may see: the admin every user's person, a case officer their office's.
      if (ctx.who === 'admin' || ctx.who === 'saksbehandler') expect(people.length).toBeGreaterThan(0);
    },
  },
  {
    route: 'POST /api/questionnaire-responses',
    verb: 'questionnaire.start',
    request: ({ unique }) => ({ url: '/api/questionnaire-responses', body: { questionnaireId: 'kartlegging-demo', subject: `Matrise ${unique}` } }),
    allow: loggedIn,
    mutation: true,
    payload: (b) => expect(b).toMatchObject({ questionnaireId: 'kartlegging-demo', questionnaireVersion: 1, status: 'draft' }),
  },
  {
    route: 'GET /api/questionnaire-responses/:id',
    verb: 'questionnaire-response.read',
    alsoAsks: ['questionnaire-response.edit', 'questionnaire-response.submit', 'questionnaire-response.export'],
    request: async (ctx) => ({ url: `/api/questionnaire-responses/${(await draft(ctx, { enhetNavn: 'Matrisebarnehagen' })).id}` }),
    allow: respondents,
    mutation: false,
    payload: (b, ctx) => {
      const r = (b as Json).response as { fields: Record<string, { value: unknown; version: number }>; allowed: string[] };
      expect(r.fields.enhetNavn).toMatchObject({ value: 'Matrisebarnehagen', version: 1 });
      expect(r.allowed.includes('edit')).toBe(allows('PUT /api/questionnaire-responses/:id/fields/:key', ctx));
    },
  },
  {
    route: 'PUT /api/questionnaire-responses/:id/fields/:key',
    verb: 'questionnaire-response.edit',
    request: async (ctx) => ({
      url: `/api/questionnaire-responses/${(await draft(ctx)).id}/fields/enhetNavn`,
      body: { value: `Enhet ${ctx.unique}`, baseVersion: 0 },
    }),
    allow: respondents,
    mutation: true,
    payload: (b) => expect(b).toMatchObject({ key: 'enhetNavn', version: 1 }),
  },
  {
    route: 'GET /api/questionnaire-responses/:id/changes',
    verb: 'questionnaire-response.read',
    request: async (ctx) => ({ url: `/api/questionnaire-responses/${(await draft(ctx, { enhetNavn: 'Endret' })).id}/changes?since=0` }),
    allow: respondents,
    mutation: false,
    payload: (b) => expect((b as Json).changes).toEqual([expect.objectContaining({ key: 'enhetNavn', value: 'Endret', version: 1 })]),
  },
  {
    // The history names who saved what: only the respondents read it; another user gets 404, as for the response.
    route: 'GET /api/questionnaire-responses/:id/history',
    verb: 'questionnaire-response.read',
    request: async (ctx) => ({ url: `/api/questionnaire-responses/${(await draft(ctx, { enhetNavn: 'Historisk' })).id}/history` }),
    allow: respondents,
    mutation: false,
    payload: (b) =>
      expect((b as Json).history).toEqual([expect.objectContaining({ key: 'enhetNavn', label: 'Navn på barnehagen, skolen eller enheten', value: 'Historisk', version: 1 })]),
  },
  {
    route: 'POST /api/questionnaire-responses/:id/submit',
    verb: 'questionnaire-response.submit',
    request: async (ctx) => ({ url: `/api/questionnaire-responses/${(await draft(ctx, COMPLETE_DEMO_ANSWERS)).id}/submit`, body: {} }),
    allow: respondents,
    mutation: true,
    payload: (b) => expect(b).toMatchObject({ status: 'submitted' }),
  },
  {
    route: 'GET /api/questionnaire-responses/:id/export.pdf',
    verb: 'questionnaire-response.export',
    request: async (ctx) => ({ url: `/api/questionnaire-responses/${await submitted(ctx)}/export.pdf` }),
    allow: respondents,
    mutation: false,
    payload: (b, _ctx, headers) => {
      expect(headers['content-type']).toBe('application/pdf');
      expect(String(b).startsWith('%PDF')).toBe(true);
    },
  },
  {
    route: 'GET /api/questionnaire-responses/:id/export.docx',
    verb: 'questionnaire-response.export',
    request: async (ctx) => ({ url: `/api/questionnaire-responses/${await submitted(ctx)}/export.docx` }),
    allow: respondents,
    mutation: false,
    payload: (b, _ctx, headers) => {
      expect(headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      // A .docx is a zip: it starts with the local file header "PK".
      expect(String(b).startsWith('PK')).toBe(true);
    },
  },
];
