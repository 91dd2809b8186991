// WCAG 2.1 AA on every page the UI has. The list comes from the router itself (pageRoutes), so a new page cannot be
// forgotten; parameters are filled from seeded data; each page must be the real page, not "Fant ikke siden"; forms
// are checked again with their error summary showing.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageRoutes } from '../src/web/routes.tsx';
import type { ParamKind } from '../src/web/route-meta.ts';
import { demoLogin, expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { fillPath, seededParams } from './support/route-params.ts';
import { openInApp } from './support/navigate.ts';
import { trackRequests } from './support/settle.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

const NOT_FOUND = 'Fant ikke siden';
const ERROR_SUMMARY = 'For å gå videre må du rette opp følgende feil:';
/** Pages whose main content is a form that can be submitted with errors. */
const FORM_PAGE = /\/(ny|rediger)$|^\/inviter$|^\/referanse\/ordninger\/:id$/;
const PUBLIC_PAGES = ['/logg-inn', '/innlogging-feilet', '/om', '/kartlegging/kartlegging-anonym'];

let server: TestServer;
let browser: Browser;
let admin: BrowserContext;
let page: Page;
let params: Record<ParamKind, string>;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  params = await seededParams(server.database.db);
  admin = await newContext(browser, server.baseUrl);
  page = await admin.newPage();
  // Counted from the start, so a login request still open later is not missed (support/settle.ts).
  trackRequests(page);
  await demoLogin(page, 'Ada Fjellheim');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page as a user moves through the app (support/navigate.ts): inside the running app after the first. */
async function openPage(p: Page, url: string) {
  await openInApp(p, url);
  const h1 = p.getByRole('heading', { level: 1 });
  await expect.poll(() => h1.count()).toBe(1);
  return (await h1.textContent())?.trim() ?? '';
}

describe('every page as the admin (who may see them all)', () => {
  it.each(pageRoutes.map((r) => [r.path, r] as const))('%s', async (_path, route) => {
    const url = fillPath(route.path, route.params, params);
    const heading = await openPage(page, url);
    expect(heading, `${url} viste ikke-funnet-siden`).not.toBe(NOT_FOUND);
    await expect.poll(() => page.locator('.ds-spinner, [aria-busy="true"]').count(), { timeout: 10_000 }).toBe(0);
    await expectNoAxeViolations(page, url);

    if (!FORM_PAGE.test(route.path)) return;
    // Empty every text field the form has and submit: the error summary appears and must pass axe too.
    const form = page.locator('main form').last();
    for (const field of await form.locator('input[type="text"], input[type="email"], input:not([type]), textarea').all())
      if (await field.isEditable()) await field.fill('');
    await form.locator('button[type="submit"]').first().press('Enter');
    await expect.poll(() => page.getByText(ERROR_SUMMARY).count(), { message: `${url}: feiloppsummeringen kom ikke` }).toBe(1);
    await expectNoAxeViolations(page, `${url} med feiloppsummering`);
  });
});

describe('public pages as a visitor who is not logged in', () => {
  it.each(PUBLIC_PAGES)('%s', async (url) => {
    const visitor = await newContext(browser, server.baseUrl);
    const p = await visitor.newPage();
    const heading = await openPage(p, url);
    expect(heading).not.toBe(NOT_FOUND);
    await expectNoAxeViolations(p, `${url} (ikke innlogget)`);
    await visitor.close();
  });

  it('shows "Fant ikke siden" for an unknown address, accessibly', async () => {
    expect(await openPage(page, '/finnes-ikke/her')).toBe(NOT_FOUND);
    await expectNoAxeViolations(page, 'ikke-funnet-siden');
  });

  it('every page of the list is a real route of the router (no page without a title key)', () => {
    expect(new Set(pageRoutes.map((r) => r.path)).size).toBe(pageRoutes.length);
    for (const r of pageRoutes) expect(r.title).toMatch(/^page\./);
  });
});
