// When a page is settled as a user sees it: its heading drawn, no request open for QUIET_MS (a response's render starts
// the next one well within it), no spinner or busy region left. Playwright's networkidle waits a fixed 500 ms after
// the last request, which over the hundreds of pages the crawl and the accessibility test visit was most of their time.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const QUIET_MS = 200;
export type Requests = { open: number; last: number };
const tracked = new WeakMap<Page, Requests>();

/** The page's requests: how many are open and when the last one began or ended (listeners added once per page). */
export function trackRequests(page: Page): Requests {
  const known = tracked.get(page);
  if (known) return known;
  const net = { open: 0, last: Date.now() };
  const begin = () => Object.assign(net, { open: net.open + 1, last: Date.now() });
  const end = () => Object.assign(net, { open: net.open - 1, last: Date.now() });
  page.on('request', begin);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  tracked.set(page, net);
  return net;
}

export async function settle(page: Page, net: Requests = trackRequests(page)) {
  await page.locator('h1').first().waitFor({ timeout: 10_000 });
  await expect.poll(() => net.open === 0 && Date.now() - net.last >= QUIET_MS, { interval: 50 }).toBe(true);
  await expect.poll(() => page.locator('.ds-spinner, [aria-busy="true"]').count(), { timeout: 10_000 }).toBe(0);
}
