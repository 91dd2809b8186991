// Issue 8 over HTTP. The attacker is a coordinator (Ola, Sør-Troms og Evenes) uploading to his own draft; the victim
// is the office's case handler (Siri) who downloads the attachment or the round's ZIP case file and double-clicks it.
// Finding 3: a file whose name lies about its content (`plan.bat` holding a PDF, a PDF/HTA polyglot, a `.jar` passing
// as xlsx) must never reach her under a name that runs — not when uploaded now, and not from rows stored before the
// fix. Finding 5: malformed multipart (no boundary, a truncated body, more files or fields than allowed) was a 500;
// it is a 400 with a Norwegian message, and nothing is written. The app's own PDF still uploads (not too much).
import fs from 'node:fs';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileStoreFor } from '../../../db/file-store.ts';
import { behovsmeldingAttachment, storedFile } from '../../../db/schema/index.ts';
import { renderApplicationPdf } from '../../../documents/behovsmelding/application-pdf.ts';
import { testSnapshot } from '../../../documents/behovsmelding/test-snapshot.ts';
import { demoActor } from '../../../test/actors.ts';
import { duringRound, fillApplication, openRound, startApplication } from '../../../test/behovsmelding-fixture.ts';
import { auditCount, partnershipByName, SOR_TROMS } from '../../../test/org-lookups.ts';
import { createTestApp, loginAs, type TestApp, type TestClient } from '../../../test/test-app.ts';
import { submitApplication } from '../../../usecases/behovsmelding/submit-application.ts';

const YEAR = 2031;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
const BOUNDARY = '----angriper7f3a';
const CT = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };

let t: TestApp;
let ola: TestClient;
let siri: TestClient;
let roundId: string;
let appId: string;
beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const staff = await demoActor(db, 'saksbehandler');
  const coordinator = await demoActor(db, 'koordinator');
  const round = await openRound(db, staff, YEAR);
  const app = await startApplication(db, coordinator, { roundId: round.id, partnershipId: (await partnershipByName(db, SOR_TROMS)).id, year: YEAR });
  await fillApplication(db, coordinator, app.id, YEAR);
  [roundId, appId] = [round.id, app.id];
  ola = await loginAs(t.app, 'koordinator', db);
  siri = await loginAs(t.app, 'saksbehandler', db);
});
afterAll(() => t.close());

const filePart = (name: string, data: Buffer, field = 'file') =>
  Buffer.concat([Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${field}"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`), data, Buffer.from('\r\n')]);
const fieldPart = (name: string, value: string) => Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
const body = (...parts: Buffer[]) => Buffer.concat([...parts, Buffer.from(`--${BOUNDARY}--\r\n`)]);
const upload = (payload: Buffer, headers: Record<string, string> = CT) => ola.request('POST', `/api/behovsmelding/applications/${appId}/attachments`, payload, headers);

/** Everything an upload could write: attachment rows, audit rows, stored files (table and DATA_DIR). */
async function written() {
  const db = t.database.db;
  const dir = path.join(t.config.dataDir, 'files');
  return {
    attachments: (await db.select({ n: count() }).from(behovsmeldingAttachment).where(eq(behovsmeldingAttachment.applicationId, appId)))[0]!.n,
    audit: await auditCount(db),
    storedFiles: (await db.select({ n: count() }).from(storedFile))[0]!.n,
    files: fs.existsSync(dir) ? fs.readdirSync(dir).length : 0,
  };
}

async function expectRefused(payload: Buffer, headers: Record<string, string> = CT) {
  const before = await written();
  const res = await upload(payload, headers);
  expect(res.statusCode, res.body).toBe(400);
  const error = (res.json() as { error: { code: string; fieldErrors: { field: string; message: string }[] } }).error;
  expect(error.code).toBe('VALIDATION');
  expect(error.fieldErrors.map((f) => f.field)).toEqual(['file']);
  expect(await written()).toEqual(before);
  return error.fieldErrors[0]!.message;
}

describe('Finding 3: attachment names are tied to their content', () => {
  it('Finding 3: a PDF named plan.bat is stored and served as plan.pdf', async () => {
    const res = await upload(body(filePart('plan.bat', PDF)));
    expect(res.statusCode, res.body).toBe(201);
    const { attachment } = res.json() as { attachment: { id: string; filename: string; contentType: string } };
    expect(attachment).toMatchObject({ filename: 'plan.pdf', contentType: 'application/pdf' });
    const download = await siri.get(`/api/behovsmelding/applications/${appId}/attachments/${attachment.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toBe(`attachment; filename="plan.pdf"; filename*=UTF-8''plan.pdf`);
    expect(download.headers['content-type']).toBe('application/pdf');
  });

  it('Finding 3: budsjett.pdf.cmd is stored as budsjett.pdf', async () => {
    const res = await upload(body(filePart('budsjett.pdf.cmd', PDF)));
    expect((res.json() as { attachment: { filename: string } }).attachment.filename).toBe('budsjett.pdf');
  });

  it('Finding 3: a PDF/HTA polyglot (plan.hta) is refused with 400 and nothing is written', async () => {
    const polyglot = Buffer.concat([PDF, Buffer.from('<hta:application id="x"><script language="VBScript">CreateObject("WScript.Shell").Run "calc"</script>')]);
    expect(await expectRefused(body(filePart('plan.hta', polyglot)))).toMatch(/flere filtyper/);
  });

  it('Finding 3: a .jar passing as xlsx is refused with 400 and nothing is written', async () => {
    const xml = Buffer.from('<?xml version="1.0"?><x/>');
    const jar = Buffer.from(zipSync({ 'META-INF/MANIFEST.MF': Buffer.from('Main-Class: Evil\n'), 'Evil.class': new Uint8Array([0xca, 0xfe, 0xba, 0xbe]), '[Content_Types].xml': xml, 'xl/workbook.xml': xml }));
    expect(await expectRefused(body(filePart('kalkyle.xlsx', jar)))).toMatch(/ikke hører hjemme i et Excel/);
  });

  it('Finding 3: a zip bomb passing as xlsx is refused with 400 and nothing is written', async () => {
    const xml = Buffer.from('<?xml version="1.0"?><x/>');
    const bomb = Buffer.from(zipSync({ '[Content_Types].xml': xml, 'xl/workbook.xml': xml, 'xl/media/zeros.bin': [new Uint8Array(101 * 1024 * 1024), { level: 1 }] }));
    expect(await expectRefused(body(filePart('budsjett.xlsx', bomb)))).toMatch(/100 MB/);
  });

  it('Finding 3 (not too much): the app’s own rendered PDF uploads under its own name', async () => {
    const res = await upload(body(filePart('Behovsmelding 2024.pdf', await renderApplicationPdf(testSnapshot()))));
    expect(res.statusCode, res.body).toBe(201);
    expect((res.json() as { attachment: { filename: string } }).attachment.filename).toBe('Behovsmelding 2024.pdf');
  });

  it('Finding 3: a row stored before the fix as plan.bat is served and zipped as plan.pdf', async () => {
    const db = t.database.db;
    const fileKey = 'bm-legacy-plan-bat';
    await fileStoreFor({ databaseUrl: t.config.databaseUrl, dataDir: t.config.dataDir, db }).put({ key: fileKey, contentType: 'application/pdf', data: PDF });
    const [legacy] = await db
      .insert(behovsmeldingAttachment)
      .values({ applicationId: appId, fileKey, filename: 'gammel.bat', contentType: 'application/pdf', size: PDF.length, sha256: 'x', uploadedByName: 'Ola' })
      .returning();
    const download = await siri.get(`/api/behovsmelding/applications/${appId}/attachments/${legacy!.id}`);
    expect(download.headers['content-disposition']).toContain('filename="gammel.pdf"');

    await submitApplication({ db, actor: await demoActor(db, 'koordinator'), clock: duringRound(YEAR), id: appId });
    const res = await siri.get(`/api/behovsmelding/rounds/${roundId}/export.zip`);
    expect(res.statusCode).toBe(200);
    const names = Object.keys(unzipSync(new Uint8Array(res.rawPayload))).filter((n) => n.startsWith('vedlegg/'));
    expect(names.map((n) => n.split('/').pop()).sort()).toEqual(['Behovsmelding 2024.pdf', 'budsjett.pdf', 'gammel.pdf', 'plan.pdf']);
  });
});

describe('Finding 5: malformed multipart is a 400, and nothing is written', () => {
  // Runs after the submission above: make a fresh draft so a well-formed upload would have been accepted.
  beforeAll(async () => {
    const db = t.database.db;
    const staff = await demoActor(db, 'saksbehandler');
    const round = await openRound(db, staff, YEAR + 1);
    appId = (await startApplication(db, await demoActor(db, 'koordinator'), { roundId: round.id, partnershipId: (await partnershipByName(db, SOR_TROMS)).id, year: YEAR + 1 })).id;
  });

  it('Finding 5: a multipart Content-Type without a boundary is 400', async () => {
    expect(await expectRefused(body(filePart('plan.pdf', PDF)), { 'content-type': 'multipart/form-data' })).toMatch(/Opplastingen kunne ikke leses/);
  });

  it('Finding 5: a truncated multipart body is 400', async () => {
    const whole = body(filePart('plan.pdf', Buffer.concat([PDF, Buffer.alloc(4096, 0x20)])));
    expect(await expectRefused(whole.subarray(0, whole.length - 2048))).toMatch(/Opplastingen kunne ikke leses/);
  });

  it('Finding 5: two files in one upload are 400', async () => {
    expect(await expectRefused(body(filePart('a.pdf', PDF), filePart('b.pdf', PDF, 'file2')))).toMatch(/én fil/);
  });

  it('Finding 5: more fields than allowed are 400', async () => {
    const fields = Array.from({ length: 10 }, (_, i) => fieldPart(`f${i}`, 'x'));
    expect(await expectRefused(body(...fields, filePart('plan.pdf', PDF)))).toMatch(/flere felt/);
  });

  it('Finding 5: a file over the limit is still told apart as too large (400), nothing written', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024, 0x20)]);
    expect(await expectRefused(body(filePart('plan.pdf', big)))).toMatch(/for stort/);
  });

  it('Finding 5 (not too much): a well-formed upload to the same draft is accepted', async () => {
    expect((await upload(body(fieldPart('kommentar', 'budsjett'), filePart('plan.pdf', PDF)))).statusCode).toBe(201);
  });
});
