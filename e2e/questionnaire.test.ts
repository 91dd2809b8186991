// The questionnaire engine in the browser (ADR 020): the demo survey, declared as data only (no custom
// components), drawn by the generic renderer in both storages. Co-edited: Ola starts a response from the start
// page, his answers are autosaved and are there after a reload; the same answer saved from a second window meets
// his newer one and is shown with both values until chosen; he submits and the PDF holds an answer. Anonymous: a
// visitor who is not logged in answers by keyboard and submits once; the thank-you page shows, the stored row has
// no user, and no session cookie was set. The change log lists every save, newest first. Axe on every page.
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAnswerField } from '../src/db/questionnaire-field-repository.ts';
import { questionnaireAnonymousAnswer, questionnaireSubmission } from '../src/db/schema/index.ts';
import { compact, pdfPages } from '../src/documents/blocks/test-pdf-text.ts';
import { demoLogin, expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { chooseOption, press, tabTo, typeInto } from './support/keyboard.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

let server: TestServer;
let browser: Browser;
let olaContext: BrowserContext;
let secondContext: BrowserContext;
let ola: Page;
let second: Page;
let responseId: string;

const field = (page: Page, path: string) => page.locator(`[id="q-${path.replace(/[^A-Za-z0-9_-]/g, '-')}"]`);
const stored = async (key: string) => (await findAnswerField(server.database.db, responseId, key))?.value;
const saved = (page: Page) => expect.poll(() => page.getByText(/^Lagret \d\d[:.]\d\d/).count(), { timeout: 15_000 }).toBeGreaterThan(0);

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  olaContext = await newContext(browser, server.baseUrl);
  secondContext = await newContext(browser, server.baseUrl);
  ola = await olaContext.newPage();
  second = await secondContext.newPage();
  await demoLogin(ola, 'Ola Strand');
  await demoLogin(second, 'Ola Strand');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the demo survey, co-edited', () => {
  it('is started from the start page (offered as the policy allows) and autosaved; a reload shows the answers', async () => {
    await ola.goto('/');
    await ola.getByRole('link', { name: 'Kartlegging av kompetansebehov (fyll ut sammen)' }).click();
    await ola.waitForURL('**/skjema/ny/kartlegging-demo');
    await ola.getByRole('heading', { level: 1, name: 'Kartlegging av kompetansebehov' }).waitFor();
    await expectNoAxeViolations(ola, 'start utfylling');
    await ola.getByLabel('Hva gjelder besvarelsen?').fill('Tromsdalen barnehage (nettlesertest)');
    await ola.getByRole('button', { name: 'Start utfylling' }).click();
    await ola.waitForURL(/\/skjema\/[0-9a-f-]{36}$/);
    responseId = new URL(ola.url()).pathname.split('/').pop()!;

    await field(ola, 'enhetNavn').fill('Tromsdalen barnehage');
    await field(ola, 'enhetNavn').blur();
    await ola.getByRole('radio', { name: 'Barnehage' }).check();
    await field(ola, 'antallAnsatte').fill('24');
    await field(ola, 'antallAnsatte').blur();
    await saved(ola);
    await expect.poll(() => stored('antallAnsatte')).toBe(24);
    expect(await stored('enhetType')).toBe('barnehage');
    // The condition: "Hva slags enhet?" applies only to "Annet".
    expect(await field(ola, 'enhetTypeAnnet').count()).toBe(0);
    await expectNoAxeViolations(ola, 'besvarelse under utfylling');

    await ola.reload();
    await expect.poll(() => field(ola, 'enhetNavn').inputValue()).toBe('Tromsdalen barnehage');
    expect(await field(ola, 'antallAnsatte').inputValue()).toBe('24');
    expect(await ola.getByRole('radio', { name: 'Barnehage' }).isChecked()).toBe(true);
  });

  it('the same answer saved from a second window meets the newer one: both values are shown and one is chosen', async () => {
    await second.goto(`/skjema/${responseId}`);
    await expect.poll(() => field(second, 'enhetNavn').inputValue()).toBe('Tromsdalen barnehage');
    // The second window writes while offline (its save cannot reach the server) …
    await secondContext.setOffline(true);
    await field(second, 'enhetNavn').fill('Navn fra andre vindu');
    await field(second, 'enhetNavn').blur();
    // … while the first saves the same answer.
    await field(ola, 'enhetNavn').fill('Navn fra første vindu');
    await field(ola, 'enhetNavn').blur();
    await expect.poll(() => stored('enhetNavn'), { timeout: 15_000 }).toBe('Navn fra første vindu');
    await secondContext.setOffline(false);
    const conflict = second.getByRole('heading', { name: '«Navn på barnehagen, skolen eller enheten» ble endret av noen andre' });
    await conflict.waitFor({ timeout: 20_000 });
    await expect.poll(() => second.getByText('Navn fra første vindu').count()).toBeGreaterThan(0);
    expect(await stored('enhetNavn')).toBe('Navn fra første vindu');
    await expectNoAxeViolations(second, 'konflikt ved svaret');
    await second.getByRole('button', { name: 'Behold mitt svar' }).click();
    await expect.poll(() => stored('enhetNavn'), { timeout: 15_000 }).toBe('Navn fra andre vindu');
    // The first window picks up the choice.
    await expect.poll(() => field(ola, 'enhetNavn').inputValue(), { timeout: 15_000 }).toBe('Navn fra andre vindu');
  });

  it('is submitted when complete, then read-only with its PDF, which holds the answers', async () => {
    await ola.reload();
    await field(ola, 'enhetNavn').waitFor();
    await ola.getByRole('checkbox', { name: 'Lesing og skriving' }).check();
    await ola.getByRole('radio', { name: 'Nei' }).check();
    await field(ola, 'behovBeskrivelse').fill('Flere barn trenger tett oppfølging i språk.');
    await field(ola, 'behovBeskrivelse').blur();
    await ola.getByRole('button', { name: 'Legg til rad' }).click();
    await field(ola, 'onskedeTiltak.0.tiltak').fill('Språkløyper for alle ansatte');
    await field(ola, 'onskedeTiltak.0.malgruppe').selectOption({ label: 'Alle ansatte' });
    await field(ola, 'onskedeTiltak.0.tiltak').blur();
    await expect.poll(async () => ((await stored('onskedeTiltak')) as Record<string, unknown>[] | undefined)?.[0], { timeout: 15_000 }).toMatchObject({ tiltak: 'Språkløyper for alle ansatte', malgruppe: 'alle' });
    await ola.getByRole('button', { name: 'Send inn' }).click();
    await ola.getByText('Besvarelsen er sendt inn og kan ikke endres.').waitFor({ timeout: 15_000 });
    await expectNoAxeViolations(ola, 'innsendt besvarelse');
    const [submission] = await server.database.db.select().from(questionnaireSubmission).where(eq(questionnaireSubmission.responseId, responseId));
    expect(submission).toBeDefined();

    const [download] = await Promise.all([ola.waitForEvent('download'), ola.getByRole('link', { name: 'Last ned besvarelsen som PDF' }).click()]);
    const pdf = fs.readFileSync((await download.path())!);
    const text = compact((await pdfPages(pdf)).join(' '));
    expect(text).toContain(compact('Navn fra andre vindu'));
    expect(text).toContain(compact('Språkløyper for alle ansatte'));
  });

  it('keeps a change log, linked from the response: every save newest first, with the question, the answer and who saved it', async () => {
    await ola.getByRole('link', { name: 'Endringslogg' }).click();
    await ola.waitForURL(`**/skjema/${responseId}/historikk`);
    await ola.getByRole('heading', { level: 1, name: 'Endringslogg' }).waitFor();
    const table = ola.getByRole('table', { name: /Endringer, nyeste først/ });
    await table.waitFor();
    const rows = await table.getByRole('row').allTextContents();
    const at = (text: string) => rows.findIndex((r) => r.includes(text));
    // The name was saved three times: first, from the first window, then kept from the second — newest first.
    expect(at('Navn fra andre vindu')).toBeGreaterThan(0);
    expect(at('Navn fra andre vindu')).toBeLessThan(at('Navn fra første vindu'));
    expect(at('Navn fra første vindu')).toBeLessThan(at('Tromsdalen barnehage'));
    expect(rows[at('Navn fra andre vindu')]).toContain('Navn på barnehagen, skolen eller enheten');
    expect(rows[at('Navn fra andre vindu')]).toContain('Ola Strand');
    expect(at('Språkløyper for alle ansatte')).toBeGreaterThan(0);
    await expectNoAxeViolations(ola, 'endringslogg');
  });
});

describe('the demo survey, anonymous', () => {
  it('is answered by keyboard and submitted once by a visitor who is not logged in; nothing names them', async () => {
    const context = await newContext(browser, server.baseUrl);
    const visitor = await context.newPage();
    const rows = async () => (await server.database.db.select({ n: count() }).from(questionnaireAnonymousAnswer))[0]!.n;
    const before = await rows();
    await visitor.goto('/kartlegging/kartlegging-anonym');
    await visitor.getByRole('heading', { level: 1, name: 'Kartlegging av kompetansebehov' }).waitFor();
    await expectNoAxeViolations(visitor, 'anonym kartlegging');

    // Sent empty first: the errors are listed, linked to their fields.
    await press(visitor, visitor.getByRole('button', { name: 'Send inn svaret' }));
    await visitor.getByRole('heading', { name: /rette opp følgende feil/ }).waitFor();
    await expectNoAxeViolations(visitor, 'anonym kartlegging med feil');

    await typeInto(visitor, field(visitor, 'enhetNavn'), 'Anonym skole');
    await tabTo(visitor, visitor.getByRole('radio', { name: 'Barnehage' }));
    await visitor.keyboard.press('ArrowDown');
    expect(await visitor.getByRole('radio', { name: 'Grunnskole' }).isChecked()).toBe(true);
    await typeInto(visitor, field(visitor, 'antallAnsatte'), '12');
    await tabTo(visitor, visitor.getByRole('checkbox', { name: 'Digital kompetanse' }));
    await visitor.keyboard.press(' ');
    await tabTo(visitor, visitor.getByRole('radio', { name: 'Ja' }));
    await visitor.keyboard.press('ArrowDown');
    expect(await visitor.getByRole('radio', { name: 'Nei' }).isChecked()).toBe(true);
    await typeInto(visitor, field(visitor, 'behovBeskrivelse'), 'Vi trenger mer om digital dømmekraft.');
    await press(visitor, visitor.getByRole('button', { name: 'Legg til rad' }));
    await typeInto(visitor, field(visitor, 'onskedeTiltak.0.tiltak'), 'Kurs i digital dømmekraft');
    await chooseOption(visitor, field(visitor, 'onskedeTiltak.0.malgruppe'), 'Pedagoger');
    await press(visitor, visitor.getByRole('button', { name: 'Send inn svaret' }));

    await visitor.waitForURL('**/kartlegging/kartlegging-anonym/takk');
    await visitor.getByRole('heading', { level: 1, name: 'Takk for svaret' }).waitFor();
    await expectNoAxeViolations(visitor, 'takk for svaret');
    expect(await rows()).toBe(before + 1);
    const all = await server.database.db.select().from(questionnaireAnonymousAnswer);
    const mine = all.find((r) => (r.answers as Record<string, unknown>).enhetNavn === 'Anonym skole')!;
    expect(Object.keys(mine).sort()).toEqual(['answers', 'id', 'questionnaireId', 'questionnaireVersion', 'submittedOn']);
    expect(mine.answers).toMatchObject({ enhetType: 'grunnskole', antallAnsatte: 12, omrader: ['digital'], harPlan: false });
    expect((await context.cookies()).filter((c) => c.name === 'kl_session')).toEqual([]);
    await context.close();
  });
});
