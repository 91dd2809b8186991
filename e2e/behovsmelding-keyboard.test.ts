// The whole behovsmelding by keyboard alone, as the region's coordinator: start it, fill every required question of
// sections 1–6 (a part with its counts, section 6 and the owner's budget), see the summary without errors, submit,
// and land on the receipt. Every control is reached with Tab and used with Enter, Space, arrows or typing.
import type { Browser, Locator, Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { behovsmelding, partnership } from '../src/db/schema/index.ts';
import { systemClock } from '../src/domain/shared/clock.ts';
import { demoActor } from '../src/test/actors.ts';
import { createRound } from '../src/usecases/behovsmelding/create-round.ts';
import { expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { chooseOption, press, tabTo, typeInto } from './support/keyboard.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

let server: TestServer;
let browser: Browser;
let page: Page;
const ROUND_TITLE = 'Behovsmeldinger 2057 – tastaturtest';

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  page = await (await newContext(browser, server.baseUrl)).newPage();
  await createRound({
    db: server.database.db,
    actor: await demoActor(server.database.db, 'saksbehandler'),
    clock: systemClock,
    input: {
      officeId: 'troms-og-finnmark',
      schemeId: 'kompetanseloftet',
      year: 2057,
      title: ROUND_TITLE,
      opensAtLocal: '2020-01-01T08:00:00',
      deadlineLocal: '2099-12-01T23:59:59',
      coordinatorAllowed: true,
      caseNumbers: [
        { countyNumber: '55', caseNumber: '2056/8245' },
        { countyNumber: '56', caseNumber: '2056/8244' },
      ],
    },
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const field = (key: string): Locator => page.locator(`[id="field-${key}"]`);
const type = (key: string, text: string) => typeInto(page, field(key), text);
const button = (name: string | RegExp) => page.getByRole('button', { name });
/** The step list's links and the pager ("Neste: …") are links; follow one by keyboard. */
const goToStep = async (name: RegExp) => {
  await press(page, page.getByRole('navigation', { name: 'Stegene i behovsmeldingen' }).getByRole('link', { name }));
  await page.waitForLoadState('networkidle');
};
const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');

describe('the behovsmelding by keyboard alone', () => {
  it('starts a new behovsmelding for the partnership', async () => {
    await page.goto('/logg-inn');
    await press(page, button('Logg inn som Ola Strand'));
    await page.waitForURL((url) => url.pathname === '/');
    await press(page, page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Behovsmeldinger', exact: true }));
    await press(page, page.getByRole('link', { name: 'Ny behovsmelding' }));
    await page.waitForURL('**/behovsmeldinger/ny');
    await chooseOption(page, page.getByLabel(/^Utlysning/), new RegExp(ROUND_TITLE));
    await chooseOption(page, page.getByLabel(/^Partnerskap/), 'Kompetanseløftet Sør-Troms og Evenes');
    await press(page, button('Start behovsmelding'));
    await page.waitForURL(/\/behovsmeldinger\/[0-9a-f-]{36}$/);
  });

  it('fills sections 1–4', async () => {
    await goToStep(/^1\. /);
    await type('s1.tema', 'Inkluderende og traumeinformert praksis');
    await type('s1.begrunnelse', 'KOSIP-kartleggingen i august viste behov.');
    await type('s1.medvirkning', 'Hver enhet analyserte egne resultater med hele personalet.');
    await type('s1.samiskePerspektiver', 'Samisk og kvensk perspektiv i alle tiltak.');
    await tabTo(page, page.getByRole('checkbox', { name: 'Inkludering' }));
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('checkbox', { name: 'Inkludering' }).isChecked()).toBe(true);

    await goToStep(/^2\. /);
    await type('s2.overordnetMal', 'Alle barn og unge er faglig og sosialt inkludert.');
    await press(page, button('Legg til delmål'));
    await page.keyboard.type('Felles forståelse av inkluderende praksis.');
    await press(page, button('Legg til periode'));
    await page.keyboard.type('Høst 57 – vår 58');
    // A new period comes with its first row.
    await type('s2.tiltak.0.rader.0.nummer', '1');
    await type('s2.tiltak.0.rader.0.hva', 'Kompetansepakke om inkluderende praksis');
    await type('s2.tiltak.0.rader.0.hvordan', 'Digitalt på hver enhet');
    for (const [key, text] of [
      ['s2.ppt', 'PPT deltar i alle tiltak.'],
      ['s2.kollektiveProsesser', 'Lærende profesjonsfellesskap.'],
      ['s2.malgrupper', 'Alle ansatte.'],
      ['s2.start', 'August 2057'],
      ['s2.slutt', 'Juni 2058'],
      ['s2.uhErfaringer', 'I undervisningen.'],
      ['s2.evaluering', 'Halvårlig rapportering.'],
    ] as const)
      await type(key, text);

    await goToStep(/^4\. /);
    await type('s4.kontaktNavn', 'Tone Eide');
    await type('s4.kontaktArbeidssted', 'Harstad kommune');
    await type('s4.kontaktEpost', 'tone.eide@example.org');
    await type('s4.kontaktTelefon', '41234567');
    // Finding 6 (issue 8): the form shows the server's limit — the browser's maxlength and a counter.
    expect(await field('s4.kontaktTelefon').getAttribute('maxlength')).toBe('30');
    await expect.poll(() => page.getByText('22 tegn igjen').isVisible()).toBe(true);
    await tabTo(page, page.getByRole('radio', { name: 'Ja' }));
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('radio', { name: 'Ja' }).isChecked()).toBe(true);
  });

  let partId = '';
  it('section 6: a part, its section 6 and the owner’s budget', async () => {
    await goToStep(/^6\. /);
    await press(page, button('Legg til del'));
    partId = /^field-parts\.([a-z0-9-]+)\./.exec(await focusedId())?.[1] ?? '';
    expect(partId, 'fokus skal stå i den nye delens første felt').not.toBe('');
    await page.keyboard.type('Region Sør-Troms');
    await type(`parts.${partId}.budgetYear`, '2057');

    await press(page, button('Legg til år'));
    await type(`parts.${partId}.grantUse.years.0.year`, '2057');
    await type(`parts.${partId}.grantUse.years.0.ownerKr`, '100000');
    await type(`parts.${partId}.grantUse.years.0.uhKr`, '0');
    await type(`parts.${partId}.grantUse.years.0.shares.kartlegging`, '0');
    await type(`parts.${partId}.grantUse.years.0.shares.planlegging`, '10');
    await type(`parts.${partId}.grantUse.years.0.shares.gjennomforing`, '90');

    await press(page, button(/^Lag Budsjett eier/));
    // The new table's first line takes the focus.
    await expect.poll(focusedId).toBe(`field-parts.${partId}.ownerBudget.lines.0.description`);
    await page.keyboard.type('Dialogkonferanser');
    await press(page, field(`parts.${partId}.ownerBudget.lines.0`).getByRole('button', { name: 'Legg til faktor' }));
    await page.keyboard.type('100');
    await type(`parts.${partId}.ownerBudget.lines.0.unitPrice`, '1000');
    const line = field(`parts.${partId}.ownerBudget.lines.0`);
    await expect.poll(async () => (await line.innerText()).replace(/\s+/g, ' ')).toContain('Beregnet: kr 100 000');
    await expectNoAxeViolations(page, 'seksjon 6 fylt ut');
  });

  it('section 5: owner, UH, counts of the part', async () => {
    await goToStep(/^5\. /);
    await type('s5.ansvarligEier.navn', 'Harstad kommune');
    await type('s5.ansvarligEier.kontaktperson', 'Tone Eide');
    await type('s5.ansvarligEier.orgnr', '972 417 971');
    await type('s5.ansvarligEier.kontonr', '8109 10 69555');
    await type('s5.ansvarligEier.betalingsreferanse', 'Prosjekt 9989');
    // The partnership's UH comes pre-filled from the partnership (issue 12, point 6), so no row is added here.
    await expect.poll(() => field('s5.uh.0.navn').inputValue()).toBe('UiT Norges arktiske universitet');
    await type('s5.uh.0.orgnr', '970422528');
    await type('s5.uh.0.kontonr', '76940518691');
    await type(`parts.${partId}.unitCounts.kommunaleGrunnskoler.total`, '18');
    await type('s5.pptKontorer', 'PPT Harstad dekker alle kommunene.');
    await type('s5.samarbeid', 'Eier og UiT planlegger og gjennomfører sammen.');
  });

  it('before submitting, a confirmation names the round, the deadline and the amounts; "Avbryt" sends nothing', async () => {
    await goToStep(/Oppsummering/);
    await expect.poll(() => page.getByText('Ingen feil.').count(), { timeout: 15_000 }).toBe(1);
    // The whole application can be read first, as a PDF marked UTKAST (its content: export-draft-pdf.test.ts).
    expect(await page.getByRole('link', { name: 'Last ned utkastet som PDF' }).first().getAttribute('href')).toMatch(/\/export\.pdf\?utkast=1$/);
    await press(page, button('Send inn'));
    const dialog = page.getByRole('dialog', { name: 'Vil du sende inn behovsmeldingen?' });
    await dialog.waitFor();
    // The dialog fades in: axe measures contrast, so let the animation finish first.
    await dialog.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
    const text = async () => (await dialog.innerText()).replace(/\s+/g, ' ');
    await expect.poll(text).toContain(ROUND_TITLE);
    expect(await text()).toContain('Frist 01.12.2099 kl. 23:59');
    expect(await text()).toContain('Eierne søker om kr 100 000');
    expect(await text()).toContain('Universitet/høgskole (UH) søker om kr 0');
    expect(await text()).toContain('Søkt beløp totalt kr 100 000');
    await expectNoAxeViolations(page, 'bekreft innsending');
    await press(page, dialog.getByRole('button', { name: 'Avbryt' }));
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(new URL(page.url()).pathname).toMatch(/\/oppsummering$/);
    const [p] = await server.database.db.select().from(partnership).where(eq(partnership.name, 'Kompetanseløftet Sør-Troms og Evenes'));
    const rows = await server.database.db.select().from(behovsmelding).where(eq(behovsmelding.partnershipId, p!.id));
    expect(rows.filter((r) => r.documentNumber?.startsWith('2056/'))).toEqual([]);
  });

  it('the summary has no errors; submitting lands on the receipt', async () => {
    await goToStep(/Oppsummering/);
    await expect.poll(() => page.getByText('Ingen feil.').count(), { timeout: 15_000 }).toBe(1);
    await expectNoAxeViolations(page, 'oppsummering');
    await press(page, button('Send inn'));
    await press(page, page.getByRole('dialog').getByRole('button', { name: 'Ja, send inn' }));
    await page.waitForURL('**/kvittering');
    await page.getByRole('heading', { name: 'Behovsmeldingen er sendt inn' }).waitFor();
    await expect.poll(() => page.getByText('2056/8245-1').count()).toBeGreaterThan(0);
    const [p] = await server.database.db.select().from(partnership).where(eq(partnership.name, 'Kompetanseløftet Sør-Troms og Evenes'));
    const rows = await server.database.db.select().from(behovsmelding).where(eq(behovsmelding.partnershipId, p!.id));
    expect(rows.find((r) => r.documentNumber === '2056/8245-1')).toMatchObject({ status: 'sendt' });
  });
});
