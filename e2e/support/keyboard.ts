// Keyboard-only driving: controls are reached by pressing Tab (or Shift+Tab) until they have focus, the way a
// keyboard user gets there, never by clicking or by calling focus(). Fails if a control cannot be reached.
import type { Locator, Page } from 'playwright-core';

const MAX_TABS = 250;

async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)).catch(() => false);
}

export async function tabTo(page: Page, locator: Locator, options: { backwards?: boolean } = {}): Promise<void> {
  await locator.waitFor({ state: 'visible' });
  for (let i = 0; i < MAX_TABS; i++) {
    if (await isFocused(locator)) return;
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
  }
  const active = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  throw new Error(`Nådde ikke ${locator} med tastaturet etter ${MAX_TABS} tab-trykk (fokus er på ${active})`);
}

/** Tab to a field and type into it, replacing what was there. */
export async function typeInto(page: Page, locator: Locator, text: string): Promise<void> {
  await tabTo(page, locator);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** Tab to a native select and choose an option by its visible label, with the arrow keys. */
export async function chooseOption(page: Page, select: Locator, label: string | RegExp): Promise<void> {
  await tabTo(page, select);
  const labels = await select.locator('option').allTextContents();
  const target = labels.findIndex((l) => (typeof label === 'string' ? l.trim() === label : label.test(l)));
  if (target < 0) throw new Error(`Fant ikke valget ${label} i ${select} (har: ${labels.join(' | ')})`);
  const current = await select.evaluate((el) => (el as HTMLSelectElement).selectedIndex);
  const key = target > current ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(target - current); i++) await page.keyboard.press(key);
  const chosen = await select.evaluate((el) => (el as HTMLSelectElement).selectedIndex);
  if (chosen !== target) throw new Error(`Piltastene valgte indeks ${chosen}, ikke ${target}, i ${select}`);
}

/** Tab to a button or link and activate it with Enter. */
export async function press(page: Page, locator: Locator, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await tabTo(page, locator);
  await page.keyboard.press(key === 'Space' ? ' ' : 'Enter');
}
