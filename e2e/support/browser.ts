// Debian's chromium driven by playwright-core (never a downloaded browser), plus axe-core checks.
import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { expect } from 'vitest';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH))
    throw new Error(`Nettlesertestene trenger Debian-pakken chromium (${CHROMIUM_PATH}). Installer med: sudo apt-get install -y chromium`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A fresh context (axe needs pages from browser.newContext()) with the server's base URL. */
export async function newContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
}

/** WCAG 2.1 A/AA violations on the page as it is now; the test fails listing each rule and its nodes. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
  expect(summary, `axe-brudd på ${label}`).toEqual([]);
}

/** Logs in through the demo login page by keyboard: Tab to the user's button, Enter. */
export async function demoLogin(page: Page, userName: string): Promise<void> {
  await page.goto('/logg-inn');
  const button = page.getByRole('button', { name: new RegExp(userName) });
  await button.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/logg-inn'));
}
