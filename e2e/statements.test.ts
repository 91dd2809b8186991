// Issue 12, point 13: the accessibility statement (in the parts uustatus.no asks for) and the privacy notice are
// reachable from the footer of every page, without logging in, in Bokmål and Nynorsk, filled from the operating
// office's configuration (name, e-mail, address, personvernombud, date), and pass axe (WCAG 2.1 AA).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLogin, expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

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

async function visitorIn(language: 'nb' | 'nn'): Promise<Page> {
  const context = await newContext(browser, server.baseUrl);
  await context.addInitScript((code) => localStorage.setItem('kl.language', code), language);
  return context.newPage();
}

const mainText = async (page: Page) => (await page.locator('main').innerText()).replace(/\s+/g, ' ');
const footerLink = (page: Page, name: string) => page.getByRole('contentinfo').getByRole('link', { name, exact: true });

/** The two statements' footer links, page titles and a phrase each must contain, per language. */
const STATEMENTS = {
  nb: [
    { link: 'Tilgjengelighetserklæring', title: 'Tilgjengelighetserklæring for Kompetanseløft', must: ['WCAG 2.1 nivå AA', 'Kjente avvik', 'Tilsynet for universell utforming av IKT'] },
    { link: 'Personvernerklæring', title: 'Personvernerklæring for Kompetanseløft', must: ['Rettslig grunnlag', 'Hvor lenge vi lagrer', 'Datatilsynet'] },
  ],
  nn: [
    { link: 'Tilgjengeerklæring', title: 'Tilgjengeerklæring for Kompetanseløft', must: ['WCAG 2.1 nivå AA', 'Kjende avvik', 'Tilsynet for universell utforming av IKT'] },
    { link: 'Personvernerklæring', title: 'Personvernerklæring for Kompetanseløft', must: ['Rettsleg grunnlag', 'Kor lenge vi lagrar', 'Datatilsynet'] },
  ],
} as const;

describe('the accessibility statement and the privacy notice (issue 12, point 13)', () => {
  it.each(['nb', 'nn'] as const)('an accessibility statement and a privacy notice are reachable from the footer without login, filled from the operator’s settings (%s)', async (language) => {
    const page = await visitorIn(language);
    const { operator } = server.config;
    const date = operator.statementsDate.split('-').reverse().join('.');
    for (const statement of STATEMENTS[language]) {
      // From the footer of a public page that has nothing to do with them.
      await page.goto('/logg-inn');
      await footerLink(page, statement.link).click();
      await page.getByRole('heading', { level: 1, name: statement.title }).waitFor();
      await expect.poll(() => mainText(page)).toContain(operator.email);
      const text = await mainText(page);
      for (const phrase of [...statement.must, operator.name, operator.address, date]) expect(text, `${statement.title}: «${phrase}» mangler`).toContain(phrase);
      expect(await page.getByRole('link', { name: operator.email }).getAttribute('href')).toBe(`mailto:${operator.email}`);
      await expectNoAxeViolations(page, `${statement.title} (${language}, ikke innlogget)`);
    }
    // The privacy notice names whom to ask about personal data.
    expect(await mainText(page)).toContain(operator.privacyOfficer);
    await page.context().close();
  });

  it('the footer links to both statements on every page, also after login', async () => {
    const page = await visitorIn('nb');
    await demoLogin(page, 'Ola Strand');
    for (const url of ['/', '/behovsmeldinger', '/om', '/finnes-ikke']) {
      await page.goto(url);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      expect(await footerLink(page, 'Tilgjengelighetserklæring').getAttribute('href'), url).toBe('/om/tilgjengelighet');
      expect(await footerLink(page, 'Personvernerklæring').getAttribute('href'), url).toBe('/om/personvern');
    }
    await page.context().close();
  });
});
