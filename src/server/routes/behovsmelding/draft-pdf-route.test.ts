// Issue 12, point 7, over HTTP: `export.pdf?utkast=1` is the draft as a PDF marked UTKAST (it was refused as "not
// submitted yet" before). Attack: a coordinator of another partnership asks for the draft of an application he may
// not read; he gets 404, as for an id that does not exist, and no PDF.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compact, pdfPages } from '../../../documents/blocks/test-pdf-text.ts';
import { createTestApp, loginAs, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
let id: string;
beforeAll(async () => {
  t = await createTestApp();
  const ola = await loginAs(t.app, 'koordinator', t.database.db);
  const list = (await ola.get('/api/behovsmelding/applications')).json() as { applications: { id: string; partnershipName: string; year: number }[] };
  id = list.applications.find((a) => a.partnershipName === 'Kompetanseløftet Sør-Troms og Evenes')!.id;
});
afterAll(() => t.close());

describe('GET /api/behovsmelding/applications/:id/export.pdf?utkast=1', () => {
  it('the draft PDF downloads, marked UTKAST, for the partnership’s coordinator', async () => {
    const ola = await loginAs(t.app, 'koordinator', t.database.db);
    const res = await ola.get(`/api/behovsmelding/applications/${id}/export.pdf?utkast=1`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('behovsmelding-utkast-');
    expect(compact((await pdfPages(res.rawPayload))[0]!)).toContain(compact('UTKAST – ikke sendt inn'));
  }, 30_000);

  it('another partnership’s coordinator gets 404 and no PDF', async () => {
    const nils = await loginAs(t.app, 'koordinatorNordreisa', t.database.db);
    const res = await nils.get(`/api/behovsmelding/applications/${id}/export.pdf?utkast=1`);
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).not.toBe('application/pdf');
  });

  it('a visitor who is not logged in gets 401', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/behovsmelding/applications/${id}/export.pdf?utkast=1` });
    expect(res.statusCode).toBe(401);
  });
});
