// Words and layout (issue 12, points 8–10), as the browser shows them: one test per defect found by a newcomer.
// A round of its own (open until 2099) with Sør-Troms' application, filled through the use cases, and the demo's
// round with submitted applications for the round page's width.
import { and, eq, sql } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { behovsmelding } from '../src/db/schema/index.ts';
import { systemClock } from '../src/domain/shared/clock.ts';
import { demoActor } from '../src/test/actors.ts';
import { partnershipByName, SOR_TROMS } from '../src/test/org-lookups.ts';
import { createApplication } from '../src/usecases/behovsmelding/create-application.ts';
import { createRound } from '../src/usecases/behovsmelding/create-round.ts';
import { saveField } from '../src/usecases/behovsmelding/save-field.ts';
import { findField } from '../src/db/behovsmelding-field-repository.ts';
import { demoLogin, launchBrowser, newContext } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

let server: TestServer;
let browser: Browser;
let applicationId = '';
let partId = '';
const ROUND_TITLE = 'Behovsmeldinger 2091 – ord og oppsett';
const LONG = 'Kompetanseheving for alle ansatte i barnehagene. '.repeat(210).slice(0, 10_000);
const budgetLine = (description: string, unitPrice: number) => ({ kind: 'item', id: null, description, factors: [], unitPrice, statedAmount: null, details: null });

async function save(key: string, value: unknown) {
  const db = server.database.db;
  const actor = await demoActor(db, 'koordinator');
  const baseVersion = (await findField(db, applicationId, key))?.version ?? 0;
  await saveField({ db, actor, clock: systemClock, id: applicationId, key, input: { value, baseVersion } });
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const db = server.database.db;
  const round = await createRound({
    db,
    actor: await demoActor(db, 'saksbehandler'),
    clock: systemClock,
    input: {
      officeId: 'troms-og-finnmark',
      schemeId: 'kompetanseloftet',
      year: 2091,
      title: ROUND_TITLE,
      opensAtLocal: '2020-01-01T08:00:00',
      deadlineLocal: '2099-12-01T23:59:59',
      coordinatorAllowed: true,
      caseNumbers: [{ countyNumber: '55', caseNumber: '2090/8245' }],
    },
  });
  const p = await partnershipByName(db, SOR_TROMS);
  applicationId = (await createApplication({ db, actor: await demoActor(db, 'koordinator'), clock: systemClock, input: { roundId: round.id, partnershipId: p.id } })).id;
  // One part with a budget of two lines.
  partId = 'hoved';
  await save('parts', [{ id: partId, name: 'Sør-Troms', otherOfficeId: null, budgetYear: 2091 }]);
  await save(`parts.${partId}.ownerBudget`, { title: null, lines: [budgetLine('Dialogkonferanser', 610), budgetLine('Veiledning', 1000)], statedTotal: null });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function pageAs(user: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await newContext(browser, server.baseUrl);
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  await demoLogin(page, user);
  return page;
}


describe('words and layout in the browser (issue 12, points 8–10)', () => {
  it('one over-long budget line description (10 000 characters) does not block saving the budget, and buttons name the line by number', async () => {
    const page = await pageAs('Ola Strand');
    await page.goto(`/behovsmeldinger/${applicationId}/seksjon-6`);
    const line2 = page.locator(`[id="field-parts.${partId}.ownerBudget.lines.1"]`);
    const description = page.locator(`[id="field-parts.${partId}.ownerBudget.lines.1.description"]`);
    await description.focus();
    await page.keyboard.press('Control+A');
    // As a paste: the browser takes what the field's limit lets in.
    await page.keyboard.insertText(LONG);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('.bm-save-status [role="status"]').innerText()).toMatch(/^Lagret \d\d:\d\d$/);
    const stored = (await findField(server.database.db, applicationId, `parts.${partId}.ownerBudget`))?.value as { lines: { description: string }[] };
    expect(stored.lines[1]!.description).toBe(LONG.slice(0, 500).trim());
    expect(await page.getByText('lines.1.description').count()).toBe(0);

    // Buttons say which line they act on by its number, not by repeating its text.
    await expect.poll(() => line2.getByRole('button', { name: 'Slett linje 2' }).count()).toBe(1);
    expect(await line2.getByRole('button', { name: 'Flytt linje 2 opp' }).count()).toBe(1);
    const names = await page.getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.textContent ?? ''));
    expect(names.filter((n) => n.includes('Kompetanseheving'))).toEqual([]);
    await page.context().close();
  });

  it('the sticky "Lagret" bar does not cover the first line of what the page scrolls to', async () => {
    const page = await pageAs('Ola Strand');
    await page.goto(`/behovsmeldinger/${applicationId}/seksjon-6`);
    const label = page.locator(`label[for="field-parts.${partId}.ownerBudget.lines.1.description"]`);
    await label.waitFor();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    // As a link to a place in the page (#…) or a field taking focus scrolls it to the top of the view.
    await label.evaluate((el) => el.scrollIntoView());
    const bar = await page.locator('.bm-save-status').boundingBox();
    const first = await label.boundingBox();
    expect(bar && first).toBeTruthy();
    expect(first!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height);
    await page.context().close();
  });

  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 375, height: 800 },
  ]) {
    it(`the round's application table does not widen the page at ${viewport.width} px (the table scrolls in its box)`, async () => {
      const db = server.database.db;
      const [row] = await db
        .select({ roundId: behovsmelding.roundId, n: sql<number>`count(*)` })
        .from(behovsmelding)
        .where(and(eq(behovsmelding.status, 'sendt')))
        .groupBy(behovsmelding.roundId)
        .orderBy(sql`count(*) desc`)
        .limit(1);
      expect(row).toBeTruthy();
      const page = await pageAs('Siri Havlund', viewport);
      await page.goto(`/utlysninger/${row!.roundId}`);
      await page.locator('.kl-table-scroll table').first().waitFor();
      await page.waitForLoadState('networkidle');
      const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
      expect(width.scroll).toBeLessThanOrEqual(width.inner);
      await page.screenshot({ path: `/tmp/h5/shots/round-${viewport.width}.png`, fullPage: false });
      await page.context().close();
    });
  }
});
