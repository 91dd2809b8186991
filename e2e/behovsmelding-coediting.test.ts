// Two people of one partnership write the same behovsmelding at once, in two browsers: Ola Strand (the region's
// coordinator) and Ingrid Bakke (UiT, a granted editor). Edits to different fields both survive; a same-field race
// is shown to the second writer with both values and she chooses; Ola submits; the PDF downloads and its text holds
// every tiltak of the table. The application is the real Sør-Troms og Evenes 2024 one, in a round of its own.
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findField } from '../src/db/behovsmelding-field-repository.ts';
import { sorTromsEvenes2024Values } from '../src/seed/demo-behovsmelding/sor-troms-evenes-2024.ts';
import { behovsmelding, behovsmeldingSubmission, partnership } from '../src/db/schema/index.ts';
import { systemClock } from '../src/domain/shared/clock.ts';
import { compact, pdfPages } from '../src/documents/blocks/test-pdf-text.ts';
import { demoActor } from '../src/test/actors.ts';
import { createApplication } from '../src/usecases/behovsmelding/create-application.ts';
import { createRound } from '../src/usecases/behovsmelding/create-round.ts';
import { saveField } from '../src/usecases/behovsmelding/save-field.ts';
import { demoLogin, expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

let server: TestServer;
let browser: Browser;
let olaContext: BrowserContext;
let ingridContext: BrowserContext;
let ola: Page;
let ingrid: Page;
let id: string;
const values = sorTromsEvenes2024Values();

const field = (page: Page, key: string) => page.locator(`[id="field-${key}"]`);
const stored = async (key: string) => (await findField(server.database.db, id, key))?.value;
const saved = (page: Page) => expect.poll(() => page.getByText(/^Lagret \d\d[:.]\d\d/).count(), { timeout: 15_000 }).toBeGreaterThan(0);

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const db = server.database.db;
  const staff = await demoActor(db, 'saksbehandler');
  const coordinator = await demoActor(db, 'koordinator');
  const round = await createRound({
    db,
    actor: staff,
    clock: systemClock,
    input: {
      officeId: 'troms-og-finnmark',
      schemeId: 'kompetanseloftet',
      year: 2055,
      title: 'Behovsmeldinger 2055',
      opensAtLocal: '2020-01-01T08:00:00',
      deadlineLocal: '2099-12-01T23:59:59',
      coordinatorAllowed: true,
      caseNumbers: [
        { countyNumber: '55', caseNumber: '2054/8245' },
        { countyNumber: '56', caseNumber: '2054/8244' },
      ],
    },
  });
  const [p] = await db.select().from(partnership).where(eq(partnership.name, 'Kompetanseløftet Sør-Troms og Evenes'));
  const app = await createApplication({ db, actor: coordinator, clock: systemClock, input: { roundId: round.id, partnershipId: p!.id } });
  id = app.id;
  // On top of what the application starts with (pre-filled from the partnership).
  for (const [key, value] of Object.entries(values))
    await saveField({ db, actor: coordinator, clock: systemClock, id, key, input: { value, baseVersion: (await findField(db, id, key))?.version ?? 0 } });

  olaContext = await newContext(browser, server.baseUrl);
  ingridContext = await newContext(browser, server.baseUrl);
  ola = await olaContext.newPage();
  ingrid = await ingridContext.newPage();
  await demoLogin(ola, 'Ola Strand');
  await demoLogin(ingrid, 'Ingrid Bakke');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('writing one behovsmelding together', () => {
  it('edits to different fields by two people at the same time both survive', async () => {
    await ola.goto(`/behovsmeldinger/${id}/seksjon-1`);
    await ingrid.goto(`/behovsmeldinger/${id}/seksjon-2`);
    await field(ola, 's1.tema').fill('Tema skrevet av Ola');
    await field(ingrid, 's2.uhErfaringer').fill('UiT bruker erfaringene i lærerutdanningen (Ingrid)');
    await field(ola, 's1.tema').blur();
    await field(ingrid, 's2.uhErfaringer').blur();
    await saved(ola);
    await saved(ingrid);
    await expect.poll(() => stored('s1.tema')).toBe('Tema skrevet av Ola');
    await expect.poll(() => stored('s2.uhErfaringer')).toBe('UiT bruker erfaringene i lærerutdanningen (Ingrid)');
    await expectNoAxeViolations(ola, 'seksjon 1 under samskriving');
  });

  it('a same-field race: the second writer sees both values and chooses; nothing is lost silently', async () => {
    await ingrid.goto(`/behovsmeldinger/${id}/seksjon-1`);
    await expect.poll(() => field(ingrid, 's1.tema').inputValue()).toBe('Tema skrevet av Ola');
    // Ingrid writes while her connection is down (her save cannot reach the server) …
    await ingridContext.setOffline(true);
    await field(ingrid, 's1.begrunnelse').fill('Begrunnelse fra Ingrid');
    await field(ingrid, 's1.begrunnelse').blur();
    // … while Ola saves the same question.
    await ola.reload();
    await field(ola, 's1.begrunnelse').fill('Begrunnelse fra Ola');
    await field(ola, 's1.begrunnelse').blur();
    await saved(ola);
    await expect.poll(() => stored('s1.begrunnelse')).toBe('Begrunnelse fra Ola');
    // Back online, her save meets Ola's: both versions are shown at the field.
    await ingridContext.setOffline(false);
    const conflict = ingrid.getByRole('heading', { name: /Noen andre har endret «1\.2 Hvorfor er temaet valgt\?»/ });
    await conflict.waitFor({ timeout: 20_000 });
    await expect.poll(() => ingrid.getByText('Begrunnelse fra Ola').count()).toBeGreaterThan(0);
    await expect.poll(() => ingrid.getByText(/Lagret av Ola Strand kl\./).count()).toBeGreaterThan(0);
    expect(await stored('s1.begrunnelse')).toBe('Begrunnelse fra Ola');
    await expectNoAxeViolations(ingrid, 'konflikt ved feltet');
    await ingrid.getByRole('button', { name: 'Behold min' }).click();
    await expect.poll(() => stored('s1.begrunnelse'), { timeout: 15_000 }).toBe('Begrunnelse fra Ingrid');
    // Ola's form picks up her choice; both versions are in the history.
    await expect.poll(() => field(ola, 's1.begrunnelse').inputValue(), { timeout: 15_000 }).toBe('Begrunnelse fra Ingrid');
    const history = (await (await ola.request.get(`/api/behovsmelding/applications/${id}/history?key=s1.begrunnelse`)).json()) as { history: { value: string; byName: string }[] };
    expect(history.history.slice(0, 2).map((h) => [h.byName, h.value])).toEqual([
      ['Ingrid Bakke', 'Begrunnelse fra Ingrid'],
      ['Ola Strand', 'Begrunnelse fra Ola'],
    ]);
  });

  it('Ola submits; the receipt shows the document number; the PDF has every tiltak of the table', async () => {
    await ola.goto(`/behovsmeldinger/${id}/oppsummering`);
    await ola.getByRole('button', { name: 'Send inn' }).click();
    // Issue 12, point 7: the submit is confirmed in a dialog first.
    await ola.getByRole('dialog').getByRole('button', { name: 'Ja, send inn' }).click();
    await ola.waitForURL(`**/behovsmeldinger/${id}/kvittering`);
    await ola.getByRole('heading', { name: 'Behovsmeldingen er sendt inn' }).waitFor();
    await expect.poll(() => ola.getByText('2054/8245-1').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(ola, 'kvittering');
    const [row] = await server.database.db.select().from(behovsmelding).where(eq(behovsmelding.id, id));
    expect(row).toMatchObject({ status: 'sendt', documentNumber: '2054/8245-1' });
    const [submission] = await server.database.db.select().from(behovsmeldingSubmission).where(and(eq(behovsmeldingSubmission.applicationId, id)));
    expect((submission!.snapshot as { values: Record<string, unknown> }).values['s1.begrunnelse']).toBe('Begrunnelse fra Ingrid');

    await ola.goto(`/behovsmeldinger/${id}`);
    const [download] = await Promise.all([ola.waitForEvent('download'), ola.getByRole('link', { name: 'Last ned innsendt versjon (PDF)' }).click()]);
    const pdf = fs.readFileSync((await download.path())!);
    const text = compact((await pdfPages(pdf)).join(' '));
    const rows = (values['s2.tiltak'] as { rader: { hva: string | null }[] }[]).flatMap((p) => p.rader);
    expect(rows.length).toBe(10);
    for (const r of rows) expect(text, `tiltaket «${r.hva}» mangler i PDF-en`).toContain(compact(r.hva!));
    expect(text).toContain(compact('Tema skrevet av Ola'));
  });
});
