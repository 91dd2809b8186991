// Issue 10, point 3 ("Must show"): a user who has chosen Nynorsk or English and submits an invalid field sees the
// message in that language — both the browser's own check (the domain's zod schema, rendered by the form) and a
// refusal from the server (rendered in the request's language, which the client sends as Accept-Language). The
// region form as the demo case officer; the language is the remembered choice (localStorage 'kl.language'). The
// expected texts come from the message catalogs (src/domain/*/messages), so a reviewed translation needs no edit here.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { msg, renderIn, renderNb } from '../src/domain/shared/message-catalogs.ts';
import { demoLogin, expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

const CASE_OFFICER = 'Siri Havlund';
/** A region the demo data already has: creating another by that name is refused by the server (409). */
const EXISTING_REGION = 'Sør-Troms';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A logged-in case officer whose remembered UI language is `language`. */
async function officerIn(language: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, server.baseUrl);
  await context.addInitScript((code) => localStorage.setItem('kl.language', code), language);
  const page = await context.newPage();
  await demoLogin(page, CASE_OFFICER);
  return { context, page };
}

/** The texts of the error summary's links, in order (each links to its field: href="#f-…"). */
const summaryLinks = (page: Page) => page.locator('a[href^="#f-"]').allTextContents();

/** The text a field's aria-describedby points at: where its error message is read out. */
const fieldDescription = (page: Page, id: string) =>
  page.locator(`#${id}`).evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((ref) => (ref ? (document.getElementById(ref)?.textContent ?? '') : ''))
      .join(' '),
  );

async function submit(page: Page) {
  await page.locator('main form button[type="submit"]').first().press('Enter');
}

describe.each([
  // Today: "Namn må fyllast ut" / "Det finst allereie ein region med namnet Sør-Troms".
  ['nn', 'Nynorsk'],
  // Today: "Name is required" / "A region named Sør-Troms already exists".
  ['en', 'English'],
])('a user who has chosen %s (%s)', (language) => {
  const say = (token: string) => renderIn(language, token);
  const nameRequired = say(msg('shared.required', { label: msg('reference.label.name') }));
  const nameTaken = say(msg('reference.regionNameTaken', { name: EXISTING_REGION }));

  it('has its own texts for these messages, not the Bokmål fallback', () => {
    expect(nameRequired).not.toBe(renderNb(msg('shared.required', { label: msg('reference.label.name') })));
    expect(nameTaken).not.toBe(renderNb(msg('reference.regionNameTaken', { name: EXISTING_REGION })));
  });

  it('sees the browser’s check and the server’s refusal of the region form in that language', async () => {
    const { context, page } = await officerIn(language);
    try {
      await page.goto('/regioner/ny');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language === 'en' ? 'en' : 'nn');

      // (1) Checked in the browser: the name empty (and no office, no municipality).
      await submit(page);
      await expect
        .poll(() => summaryLinks(page))
        .toEqual([nameRequired, say(msg('reference.chooseOffice')), say(msg('reference.atLeastOneMunicipality'))]);
      expect(await fieldDescription(page, 'f-name')).toContain(nameRequired);
      await expectNoAxeViolations(page, `ny region med feil i nettleseren (${language})`);

      // (2) Refused by the server: the form is valid, but a region by that name exists.
      await page.locator('#f-name').fill(EXISTING_REGION);
      await page.locator('#f-officeId').selectOption({ index: 1 });
      const municipality = page.locator('#f-municipalityNumbers input[type="checkbox"]').first();
      await municipality.waitFor();
      await municipality.check();
      const answer = page.waitForResponse((r) => r.url().endsWith('/api/regions') && r.request().method() === 'POST');
      await submit(page);
      const response = await answer;
      expect(response.status()).toBe(409);
      expect(((await response.json()) as { error: { message: string } }).error.message).toBe(nameTaken);
      await expect.poll(() => summaryLinks(page)).toEqual([nameTaken]);
      expect(await fieldDescription(page, 'f-name')).toContain(nameTaken);
      await expectNoAxeViolations(page, `ny region avvist av tjeneren (${language})`);
    } finally {
      await context.close();
    }
  });
});
