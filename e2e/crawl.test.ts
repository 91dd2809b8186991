// The UI offers only what is allowed (issue 9): every demo user starts on their start page and follows the UI's own
// links — those in the page and the navigation, and links styled as buttons — as far as they reach. No request the
// UI makes may answer 4xx or 5xx (an offered action the server then refuses, a list that fails), no page may have
// an axe violation (WCAG 2.1 A/AA, 1 280 px, Bokmål) or scroll sideways. Download links (/api/…) are fetched, not
// opened. Buttons that are not links are not pressed: they change things (send, delete, log out).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLogin, expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

const DEMO_USERS = ['Ada Fjellheim', 'Siri Havlund', 'Nora Lien', 'Frode Myrvang', 'Ola Strand', 'Hanne Vik', 'Nils Elvebakk', 'Ingrid Bakke', 'Per Dalheim', 'Liv Sandnes'];
/** Pages of one shape (ids replaced) visited per user; enough to meet every kind of page without walking all data. */
const PER_SHAPE = 1;
const MAX_PAGES = 60;
/** Shapes already checked with axe in this run: markup is checked once per shape (e2e/accessibility.test.ts checks
 * every page as the admin); refused requests, console errors and sideways scroll are checked for every user. */
const axeChecked = new Set<string>();

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

const shapeOf = (path: string) => path.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id').replace(/\d{4}(?=\/|$)/g, ':n');

async function linksOn(page: Page, origin: string): Promise<string[]> {
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.flatMap((href) => {
    const url = new URL(href);
    if (url.origin !== origin) return [];
    url.hash = '';
    return [url.pathname + url.search];
  });
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await expect.poll(() => page.locator('.ds-spinner, [aria-busy="true"]').count(), { timeout: 10_000 }).toBe(0);
}

describe('every demo user follows the UI from their start page', () => {
  it.each(DEMO_USERS)('%s meets no refused request, no axe violation and no sideways scroll', async (user) => {
    const context = await browser.newContext({ baseURL: server.baseUrl, locale: 'nb-NO', timezoneId: 'Europe/Oslo', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    let at = '';
    page.on('response', (res) => {
      if (res.status() >= 400 && res.url().startsWith(server.baseUrl)) problems.push(`${at}: ${res.request().method()} ${new URL(res.url()).pathname} → ${res.status()}`);
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`${at}: konsollfeil ${msg.text().slice(0, 200)}`);
    });
    await demoLogin(page, user);

    const queue = ['/'];
    const seen = new Set<string>();
    const shapes = new Map<string, number>();
    while (queue.length > 0 && seen.size < MAX_PAGES) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      const shape = shapeOf(path.split('?')[0]!);
      if ((shapes.get(shape) ?? 0) >= PER_SHAPE) continue;
      seen.add(path);
      shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
      at = path;
      if (path.startsWith('/api/') || path.startsWith('/auth/')) {
        const res = await page.request.get(path, { maxRedirects: 0 });
        if (res.status() >= 400) problems.push(`${at}: lenken svarer ${res.status()}`);
        continue;
      }
      await page.goto(path);
      await settle(page);
      if (!axeChecked.has(shape)) {
        axeChecked.add(shape);
        await expectNoAxeViolations(page, `${path} som ${user}`);
      }
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (sideways > 0) problems.push(`${path}: siden ruller ${sideways} px sidelengs ved 1 280 px`);
      for (const link of await linksOn(page, server.baseUrl)) if (!seen.has(link)) queue.push(link);
    }
    await context.close();
    expect(problems, `${user} besøkte ${seen.size} sider`).toEqual([]);
    expect(seen.size).toBeGreaterThan(3);
  });
});
