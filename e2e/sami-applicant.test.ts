// Issue 12, point 11 ("Must show"; sameloven § 3-2): a coordinator from the Sámi language area (the demo user from
// Guovdageaidnu – Kautokeino) chooses Davvisámegiella, logs in, fills and submits a behovsmelding, and every text on
// the way — the layout, each step of the form, the validation messages of a bad entry and of the summary, the
// confirmation and the receipt — is a Northern Sámi text, none a fallback to Bokmål. Translator mode (?oversetter=1)
// wraps a fallback in ⟦…⟧ and a draft translation in ⸢…⸣: no page may show ⟦ (in its text or in an accessible name),
// drafts are expected (the translations wait for a reviewer), and neither mark may reach the page title. The form's
// questions are the catalogue's Sámi labels (they were Bokmål in every language), and a message names its field in
// Sámi too.
import type { Browser, Locator, Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { behovsmelding, partnership } from '../src/db/schema/index.ts';
import { AREA_LABELS, BEHOVSMELDING_CATALOGUE, withoutNumber } from '../src/domain/behovsmelding/application-fields.ts';
import { systemClock } from '../src/domain/shared/clock.ts';
import { msg, renderIn } from '../src/domain/shared/message-catalogs.ts';
import { entryText, type CatalogEntry } from '../src/domain/shared/message.ts';
import { SAMI_COORDINATOR_NAME, SAMI_PARTNERSHIP_NAME } from '../src/seed/demo-sami-coordinator.ts';
import { demoActor } from '../src/test/actors.ts';
import { createRound } from '../src/usecases/behovsmelding/create-round.ts';
import { interpolate } from '../src/web/i18n/translate.ts';
import sharedSe from '../src/web/i18n/messages/se.json';
import authSe from '../src/web/pages/auth/texts/se.json';
import behovsmeldingSe from '../src/web/pages/behovsmelding/texts/se.json';
import { launchBrowser, newContext } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

const ROUND_TITLE = 'Dárbodieđáhusat 2058 – sámegiela geahččalus';
const TEXTS: Record<string, unknown> = { ...sharedSe, ...authSe, ...behovsmeldingSe };
/** A UI text as the Sámi reader gets it (without the translator-mode marks), failing if it has none. */
function se(key: string, vars?: Record<string, string | number>): string {
  const text = entryText(TEXTS[key] as CatalogEntry | undefined);
  if (!text) throw new Error(`Ingen nordsamisk tekst for ${key}`);
  return interpolate(text, vars);
}

/** A Sámi text as translator mode shows it: a draft mark may stand around it and around any text put into it. */
const marked = (text: string, { exact = false } = {}) =>
  new RegExp(`^[⸢⸣]*${[...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[⸢⸣]*')}[⸢⸣]*${exact ? '$' : ''}`);
const button = (name: string, scope: Page | Locator = page) => scope.getByRole('button', { name: marked(name) });

let server: TestServer;
let browser: Browser;
let page: Page;
let applicationId = '';
let partId = '';
/** The pages seen, with what each showed: checked as the test goes, and reported together. */
const seen: { where: string; fallbacks: string[]; drafts: number; title: string }[] = [];

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
      year: 2058,
      title: ROUND_TITLE,
      opensAtLocal: '2020-01-01T08:00:00',
      deadlineLocal: '2099-12-01T23:59:59',
      coordinatorAllowed: true,
      caseNumbers: [
        { countyNumber: '55', caseNumber: '2057/9455' },
        { countyNumber: '56', caseNumber: '2057/9456' },
      ],
    },
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every ⟦…⟧ on the page: in its text, and in the names and hints a screen reader reads (aria-label, placeholder,
 * alt, title — except the titles translator mode itself adds, which are for translators and in Bokmål). */
async function pageState(where: string) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  const state = await page.evaluate(() => {
    const text = document.body.innerText;
    const fallbacks = [...text.matchAll(/⟦[^⟧]*⟧/g)].map((m) => m[0]);
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [alt], [title], [aria-description]'))
      for (const name of ['aria-label', 'placeholder', 'alt', 'title', 'aria-description']) {
        if (name === 'title' && el.hasAttribute('data-missing-translation-title')) continue;
        const value = el.getAttribute(name) ?? '';
        if (value.includes('⟦')) fallbacks.push(`${name}="${value}"`);
      }
    return { fallbacks, drafts: (text.match(/⸢/g) ?? []).length, title: document.title };
  });
  seen.push({ where, ...state });
  expect(state.fallbacks, `tekst på bokmål (⟦…⟧) på ${where}`).toEqual([]);
  expect(state.title, `sidetittelen på ${where}`).not.toMatch(/[⟦⟧⸢⸣]/);
  expect(state.drafts, `oversettermodus skal merke utkast på ${where}`).toBeGreaterThan(0);
  return state;
}

/** The section's questions asked once are labelled with their Sámi text, and no question of the form in Bokmål
 * (a label the same in both, "3.1 Rekomp", aside). The list of parts and the per-part questions have labels of
 * their own (message keys, checked with the page's other texts). */
async function expectSamiQuestions(section: number) {
  const own = BEHOVSMELDING_CATALOGUE.sections[section - 1]!.questions.filter((q) => !(q.type === 'custom' && q.repeatFor) && q.key !== 'parts');
  // The step's questions are drawn once its page has loaded the application: wait for the first, then read them all.
  if (own[0]) await expect.poll(() => page.locator('main').innerText(), { timeout: 15_000 }).toContain(own[0].label.se);
  const main = await page.locator('main').innerText();
  for (const q of own) expect(main, `spørsmålet ${q.key} på nordsamisk`).toContain(q.label.se);
  const bokmal = BEHOVSMELDING_CATALOGUE.sections.flatMap((s) => s.questions).filter((q) => q.label.nb !== q.label.se);
  expect(bokmal.filter((q) => main.includes(q.label.nb)).map((q) => q.label.nb), `spørsmål på bokmål i seksjon ${section}`).toEqual([]);
}

const field = (key: string): Locator => page.locator(`[id="field-${key}"]`);
async function fill(key: string, text: string) {
  await field(key).fill(text);
  await field(key).blur();
}
const STEP_TITLES: Record<string, string> = {
  'seksjon-1': 'page.bmSection1',
  'seksjon-2': 'page.bmSection2',
  'seksjon-3': 'page.bmSection3',
  'seksjon-4': 'page.bmSection4',
  'seksjon-5': 'page.bmSection5',
  'seksjon-6': 'page.bmSection6',
  vedlegg: 'page.bmAttachments',
  oppsummering: 'page.bmSummary',
};
/** Follows the step list's link and waits for the step's own heading (the old page's is there until it renders). */
async function goToStep(slug: string) {
  await page.locator(`nav a[href$="/${slug}"]`).first().click();
  await page.waitForURL(`**/${slug}`);
  await page.getByRole('heading', { level: 1, name: marked(se(STEP_TITLES[slug]!)) }).waitFor();
  return pageState(slug);
}
describe('a Sámi-area coordinator meets the behovsmelding in Northern Sámi', () => {
  it('chooses Davvisámegiella on the login page and logs in as the demo coordinator from Guovdageaidnu', async () => {
    await page.goto('/logg-inn?oversetter=1');
    await page.locator('#kl-language').selectOption('se');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('se');
    await pageState('innlogging');
    await button(se('login.demoButton', { name: SAMI_COORDINATOR_NAME })).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/logg-inn'));
    await pageState('startsiden');
  });

  it('starts a behovsmelding for her partnership', async () => {
    await page.getByRole('navigation', { name: new RegExp(se('nav.label')) }).getByRole('link', { name: marked(se('bm.nav'), { exact: true }) }).first().click();
    await page.waitForURL('**/behovsmeldinger');
    await pageState('behovsmeldingslisten');
    await page.goto('/behovsmeldinger/ny');
    await pageState('ny behovsmelding');
    // Provoke the form's own check: start without choosing.
    await button(se('bm.new.create')).click();
    const after = await pageState('ny behovsmelding med feil');
    expect(await page.locator('main').innerText()).toContain(renderIn('se', msg('behovsmelding.chooseRound')));
    expect(after.fallbacks).toEqual([]);
    const round = page.locator('[id="f-roundId"]');
    const option = (await round.locator('option').allTextContents()).find((o) => o.includes(ROUND_TITLE));
    expect(option, 'utlysningen skal tilbys').toBeDefined();
    await round.selectOption({ label: option! });
    const partnershipSelect = page.locator('[id="f-partnershipId"]');
    await partnershipSelect.selectOption({ label: SAMI_PARTNERSHIP_NAME });
    await button(se('bm.new.create')).click();
    await page.waitForURL(/\/behovsmeldinger\/[0-9a-f-]{36}$/);
    applicationId = /\/behovsmeldinger\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
    await pageState('oversikten');
  });

  it('sees the summary’s validation messages in Northern Sámi before anything is filled', async () => {
    await goToStep('oppsummering');
    // The summary's list of errors comes after its heading (the application is validated on the server).
    await expect.poll(() => page.locator('main').innerText()).toContain(se('bm.summary.errors').split(' (')[0]);
    // "{label} ferte deavdojuvvot": the domain's own message, in Northern Sámi.
    expect(await page.locator('main').innerText()).toContain(renderIn('se', msg('shared.required', { label: '' })).trim());
    // …naming the question in Sámi, not in Bokmål inside the Sámi sentence.
    const tema = BEHOVSMELDING_CATALOGUE.sections[0]!.questions[0]!;
    expect(await page.locator('main').innerText()).toContain(renderIn('se', msg('shared.required', { label: withoutNumber(tema.label.se!) })));
    expect(await page.locator('main').innerText()).not.toContain(withoutNumber(tema.label.nb));
    await pageState('oppsummeringen med feil');
  });

  it('fills sections 1–4', async () => {
    await goToStep('seksjon-1');
    expect(await field('s1.tema').evaluate((el) => (el as HTMLTextAreaElement).labels?.[0]?.innerText ?? '')).toContain('1.1 Mii lea gelbbolašvuođadoaibmabiju fáddá?');
    await expectSamiQuestions(1);
    await fill('s1.tema', 'Searvvahis ja traumadiđolaš bargovuohki');
    await fill('s1.begrunnelse', 'Kárten borgemánus čájehii dárbbu.');
    await fill('s1.medvirkning', 'Juohke ovttadat guorahalai iežas bohtosiid.');
    await fill('s1.samiskePerspektiver', 'Sámi perspektiiva buot doaibmabijuin.');
    await page.getByRole('checkbox', { name: AREA_LABELS.inkludering.se }).check();

    await goToStep('seksjon-2');
    await expectSamiQuestions(2);
    await fill('s2.overordnetMal', 'Buot mánát ja nuorat leat fágalaččat ja sosiálalaččat searvvahuvvon.');
    await button(se('bm.goals.add')).click();
    await page.keyboard.type('Oktasaš ipmárdus searvvahis bargovuogis.');
    await button(se('bm.tiltak.addPeriod')).click();
    await page.keyboard.type('Čakča 58 – giđđa 59');
    await fill('s2.tiltak.0.rader.0.nummer', '1');
    await fill('s2.tiltak.0.rader.0.hva', 'Gelbbolašvuođapáhkka searvvahis bargovuogi birra');
    await fill('s2.tiltak.0.rader.0.hvordan', 'Digitálalaččat juohke ovttadagas');
    for (const [key, text] of [
      ['s2.ppt', 'PPB lea mielde buot doaibmabijuin.'],
      ['s2.kollektiveProsesser', 'Oahppi fágalaš searvevuođat.'],
      ['s2.malgrupper', 'Buot bargit.'],
      ['s2.start', 'Borgemánnu 2058'],
      ['s2.slutt', 'Geassemánnu 2059'],
      ['s2.uhErfaringer', 'Oahpahusas.'],
      ['s2.evaluering', 'Jahkebeallásaš raporteren.'],
    ] as const)
      await fill(key, text);

    await goToStep('seksjon-3');
    await expectSamiQuestions(3);
    await goToStep('seksjon-4');
    await expectSamiQuestions(4);
    await fill('s4.kontaktNavn', SAMI_COORDINATOR_NAME);
    await fill('s4.kontaktArbeidssted', 'Guovdageainnu suohkan');
    await fill('s4.kontaktEpost', 'maret.anne.sara@example.org');
    await fill('s4.kontaktTelefon', '41234567');
    await page.getByRole('radio', { name: marked(se('common.yes'), { exact: true }) }).check();
    await pageState('seksjon 4 utfylt');
  });

  it('section 6: a part, its grant use and the owner’s budget, with a bad amount corrected', async () => {
    await goToStep('seksjon-6');
    await expectSamiQuestions(6);
    await button(se('bm.part.add')).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^field-parts\.[a-z0-9-]+\./);
    partId = /^field-parts\.([a-z0-9-]+)\./.exec(await page.evaluate(() => document.activeElement?.id ?? ''))?.[1] ?? '';
    await page.keyboard.type('Guovdageaidnu');
    await fill(`parts.${partId}.budgetYear`, '2058');

    await button(se('bm.grant.addYear')).click();
    await fill(`parts.${partId}.grantUse.years.0.year`, '2058');
    // A bad entry: words for a sum in kroner. The form says so in Northern Sámi.
    await fill(`parts.${partId}.grantUse.years.0.ownerKr`, 'čuođiduhát');
    await expect.poll(() => page.locator('main').innerText()).toContain(se('bm.number.invalidKroner'));
    await pageState('seksjon 6 med feil beløp');
    await fill(`parts.${partId}.grantUse.years.0.ownerKr`, '100000');
    await fill(`parts.${partId}.grantUse.years.0.uhKr`, '0');
    await fill(`parts.${partId}.grantUse.years.0.shares.kartlegging`, '0');
    await fill(`parts.${partId}.grantUse.years.0.shares.planlegging`, '10');
    await fill(`parts.${partId}.grantUse.years.0.shares.gjennomforing`, '90');

    await button(se('bm.budget.create', { budget: se('bm.budget.owner', { part: 'Guovdageaidnu' }) })).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toBe(`field-parts.${partId}.ownerBudget.lines.0.description`);
    await page.keyboard.type('Gulahallankonferánssat');
    await button(se('bm.budget.addFactor'), field(`parts.${partId}.ownerBudget.lines.0`)).click();
    await page.keyboard.type('100');
    await fill(`parts.${partId}.ownerBudget.lines.0.unitPrice`, '1000');
    await expect
      .poll(async () => (await field(`parts.${partId}.ownerBudget.lines.0`).innerText()).replace(/\s+/g, ' '))
      .toContain(se('bm.budget.computed', { amount: 'kr 100 000' }));
    await pageState('seksjon 6 utfylt');
  });

  it('section 5: the responsible owner, UH and the part’s counts', async () => {
    await goToStep('seksjon-5');
    await expectSamiQuestions(5);
    await fill('s5.ansvarligEier.navn', 'Guovdageainnu suohkan');
    await fill('s5.ansvarligEier.kontaktperson', SAMI_COORDINATOR_NAME);
    await fill('s5.ansvarligEier.orgnr', '972 417 971');
    await fill('s5.ansvarligEier.kontonr', '8109 10 69555');
    await fill('s5.ansvarligEier.betalingsreferanse', 'Prošeakta 2058');
    if ((await field('s5.uh.0.navn').count()) === 0) {
      await button(se('bm.uh.add')).click();
      await page.keyboard.type('Sámi allaskuvla');
    }
    await fill('s5.uh.0.orgnr', '970422528');
    await fill('s5.uh.0.kontonr', '76940518691');
    await fill(`parts.${partId}.unitCounts.kommunaleGrunnskoler.total`, '3');
    await fill('s5.pptKontorer', 'PPB Guovdageainnus gokčá gieldda.');
    await fill('s5.samarbeid', 'Eaiggát ja Sámi allaskuvla plánejit ja čađahit ovttas.');
    await pageState('seksjon 5 utfylt');
  });

  it('reads the attachments page, sees a summary without errors, confirms and lands on the receipt', async () => {
    await goToStep('vedlegg');
    await goToStep('oppsummering');
    await expect.poll(() => page.getByText(se('bm.summary.noErrors')).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await pageState('oppsummeringen uten feil');
    await button(se('bm.submit.button')).click();
    // The confirmation (issue 12, point 7) names the round and the amounts before anything is sent.
    const confirm = page.getByRole('dialog');
    await expect.poll(async () => page.url().endsWith('/kvittering') || (await confirm.isVisible())).toBe(true);
    if (await confirm.isVisible()) {
      await pageState('bekreftelsen');
      await button(se('bm.submit.confirm'), confirm).click();
    }
    await page.waitForURL('**/kvittering');
    await page.getByRole('heading', { name: marked(se('bm.receipt.heading')) }).waitFor();
    await pageState('kvitteringen');
    const [p] = await server.database.db.select().from(partnership).where(eq(partnership.name, SAMI_PARTNERSHIP_NAME));
    const rows = await server.database.db.select().from(behovsmelding).where(eq(behovsmelding.partnershipId, p!.id));
    expect(rows.find((r) => r.id === applicationId)).toMatchObject({ status: 'sendt' });
    expect(seen.every((s) => s.fallbacks.length === 0)).toBe(true);
  });
});
