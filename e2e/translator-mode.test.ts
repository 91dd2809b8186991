// Translator mode in the browser (ADR 019): text that fell back to Bokmål (⟦…⟧) and draft translations (⸢…⸣) are
// marked on the element holding them, each with its own attribute, title and outline; turning the mode off removes
// the marks. The login page is enough: the marks come from the layout's provider, whatever the page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const context = await newContext(browser, server.baseUrl);
  await context.addInitScript(() => localStorage.setItem('kl.language', localStorage.getItem('kl.language') ?? 'nn'));
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const marks = (id: string) =>
  page.locator(`#${id}`).evaluate((el) => ({
    missing: el.getAttribute('data-missing-translation'),
    draft: el.getAttribute('data-draft-translation'),
    title: el.getAttribute('title'),
    outline: `${getComputedStyle(el).outlineStyle} ${getComputedStyle(el).outlineColor}`,
  }));

describe('translator mode', () => {
  it('marks drafts and missing translations apart, with titles for translators in Bokmål', async () => {
    await page.goto('/logg-inn?oversetter=1');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nn');
    // Text as translate() renders it: a draft and a fallback, arriving after the page (as a page's data does).
    await page.evaluate(() => {
      document.querySelector('main')?.insertAdjacentHTML('beforeend', '<p id="draft">⸢Eit utkast⸣</p><p id="missing">⟦Berre bokmål⟧</p>');
    });
    await expect.poll(() => marks('draft')).toMatchObject({ draft: 'nn', missing: null, title: 'Utkast til oversettelse – ikke gjennomgått' });
    await expect.poll(() => marks('missing')).toMatchObject({ missing: 'nn', draft: null, title: 'Mangler oversettelse til Nynorsk' });
    const [draft, missing] = [await marks('draft'), await marks('missing')];
    expect(draft.outline).toMatch(/^dotted /);
    expect(missing.outline).toMatch(/^dashed /);
    expect(draft.outline.replace(/^\w+ /, '')).not.toBe(missing.outline.replace(/^\w+ /, ''));
  });

  it('removes the marks and their titles when turned off', async () => {
    await page.getByRole('switch', { name: /Omsetjarmodus/ }).click();
    await expect.poll(() => marks('draft')).toMatchObject({ draft: null, title: null });
    await expect.poll(() => marks('missing')).toMatchObject({ missing: null, title: null });
  });
});
