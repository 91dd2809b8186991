// Issue 12, point 7: before submitting, the whole application can be read and downloaded as a draft PDF marked
// UTKAST. Tenancy: the draft of one partnership's application is refused (404, as if it did not exist) to a
// coordinator of another partnership, who must not learn what it says nor that it exists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compact, normalised, pdfPages } from '../../documents/blocks/test-pdf-text.ts';
import { pdfinfo } from '../../documents/blocks/test-pdfinfo.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { demoActor } from '../../test/actors.ts';
import { duringRound, fillApplication, openRound, startApplication } from '../../test/behovsmelding-fixture.ts';
import { partnershipByName, SOR_TROMS } from '../../test/org-lookups.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { exportApplication } from './export-application.ts';
import { exportDraftPdf } from './export-draft-pdf.ts';
import { grantExtension } from './grant-extension.ts';
import { submitApplication } from './submit-application.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

let year = 2060;
async function setup() {
  const db = database.db;
  year += 2;
  const staff = await demoActor(db, 'saksbehandler');
  const ola = await demoActor(db, 'koordinator');
  const round = await openRound(db, staff, year);
  const p = await partnershipByName(db, SOR_TROMS);
  const app = await startApplication(db, ola, { roundId: round.id, partnershipId: p.id, year });
  await fillApplication(db, ola, app.id, year);
  return { db, staff, ola, round, app, partnership: p, clock: duringRound(year) };
}

describe('the draft PDF (issue 12, point 7)', () => {
  it('a draft can be downloaded as a PDF marked UTKAST before it is submitted', async () => {
    const { db, ola, app, clock } = await setup();
    const file = await exportDraftPdf({ db, actor: ola, clock, id: app.id });
    expect(file.contentType).toBe('application/pdf');
    expect(file.filename).toBe(`behovsmelding-utkast-${SOR_TROMS}.pdf`);
    const pages = await pdfPages(file.data);
    // On the first page, under the title; and the whole application follows (section 6 is the last).
    expect(compact(pages[0]!)).toContain(compact('UTKAST – ikke sendt inn'));
    expect(compact(pages.join(' '))).toContain(compact('6. Bruk av tilskuddsmidler og budsjett'));
    // A draft has no document number, submission time nor sender: it cannot pass for a submission.
    expect(normalised(pages[0]!)).not.toMatch(/Dokumentnummer|Innsendt av/);
  }, 30_000);

  it('the draft PDF says UTKAST in its document title, as a PDF reader shows it', async () => {
    const { db, ola, app, clock } = await setup();
    const info = await pdfinfo((await exportDraftPdf({ db, actor: ola, clock, id: app.id })).data);
    const title = /^Title:\s+(.*)$/m.exec(info)?.[1] ?? '';
    expect(title).toContain('UTKAST');
    expect(title).toContain(`Behovsmelding for ${year}`);
  }, 30_000);

  it('the draft PDF prints the deadline that applies to the partnership: its extension, not the round’s', async () => {
    const { db, staff, ola, round, app, partnership, clock } = await setup();
    await grantExtension({ db, actor: staff, clock, roundId: round.id, input: { partnershipId: partnership.id, untilLocal: `${year - 1}-12-15T23:59:59`, reason: 'Sykdom' } });
    const first = compact((await pdfPages((await exportDraftPdf({ db, actor: ola, clock, id: app.id })).data))[0]!);
    expect(first).toContain(compact(`Frist 15.12.${year - 1} kl. 23:59 (utsatt frist for partnerskapet; utlysningens frist 01.12.${year - 1} kl. 23:59)`));
  }, 30_000);

  it('the submitted PDF carries no UTKAST marking', async () => {
    const { db, ola, app, clock } = await setup();
    await submitApplication({ db, actor: ola, clock, id: app.id });
    const file = await exportApplication({ db, actor: ola, clock, id: app.id, format: 'pdf' });
    const text = compact((await pdfPages(file.data)).join(' '));
    expect(text).not.toContain('UTKAST');
    expect(text).toContain('Dokumentnummer');
  }, 30_000);

  it('the draft PDF of another partnership’s application is refused as not found', async () => {
    const { db, app, clock } = await setup();
    const other = await demoActor(db, 'koordinatorNordreisa');
    const refusal = await exportDraftPdf({ db, actor: other, clock, id: app.id }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).status).toBe(404);
  });
});
