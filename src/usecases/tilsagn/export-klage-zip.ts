// The case documents of a klage as one ZIP (issue 14, point 5; vedtak.handle-klage), for forwarding to the appeal
// body (forvaltningsloven § 33): the behovsmelding as submitted (PDF), the forum's innstilling (PDF), the decision
// letter (the PDF the issue stored) and the klage itself as a text file. What is not there yet (a letter still
// rendering, an application from before the render job) is rendered now or left out and named in the text file, so
// the office is never stopped from forwarding by a missing file.
import type { DbOrTx } from '../../db/client.ts';
import { fileStoreFor } from '../../db/file-store.ts';
import { caseFilePath } from '../../documents/behovsmelding/case-file-path.ts';
import { renderRoundZip, type TZipEntry } from '../../documents/behovsmelding/round-zip.ts';
import { renderInnstillingPdf } from '../../documents/forum/innstilling-pdf.ts';
import { klageText } from '../../domain/tilsagn/klage.ts';
import { isLetterLanguage, letterFileName, osloDateOf } from '../../domain/tilsagn/issue-letters.ts';
import { loadKlage } from '../../loaders/tilsagn/load-klage.ts';
import { submittedDocument, submittedSnapshot } from '../../views/behovsmelding/current-snapshot.ts';
import { innstillingData } from '../../views/forum/innstilling-view.ts';
import type { UseCaseContext } from '../context.ts';

export type KlageZipConfig = { databaseUrl: string | undefined; dataDir: string };

export async function exportKlageZip({ db, actor, clock, config, klageId }: UseCaseContext & { config: KlageZipConfig; klageId: string }) {
  const { klage, decision, partnership, round, app } = await loadKlage(db, actor, klageId, 'handle-klage');
  const files = (tx: DbOrTx) => fileStoreFor({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, db: tx });
  const entries: TZipEntry[] = [];
  const missing: string[] = [];

  const snapshot = await submittedSnapshot(db, app.id);
  if (snapshot)
    entries.push({
      path: `1 Behovsmelding ${caseFilePath(snapshot, 'pdf')}`,
      data: await submittedDocument(files(db), snapshot, { applicationId: app.id, sequence: snapshot.sequence }, 'pdf'),
      modifiedAt: new Date(snapshot.submittedAt),
    });
  else missing.push('behovsmeldingen (ikke sendt inn)');

  const innstilling = await innstillingData(db, round);
  if (innstilling.state === 'vedtatt') entries.push({ path: `2 Innstilling ${round.year} ${round.officeName}.pdf`, data: await renderInnstillingPdf(innstilling.content, clock.now()) });
  else missing.push('innstillingen (ikke vedtatt)');

  const language = decision.language;
  const letter = decision.letters.find((l) => l.language === language);
  const stored = letter?.state === 'klar' && letter.pdfKey ? await files(db).get(letter.pdfKey) : undefined;
  if (stored && decision.documentNumber && isLetterLanguage(language))
    entries.push({ path: `3 Vedtak ${letterFileName(decision.documentNumber, language, 'pdf')}`, data: stored.data, modifiedAt: decision.issuedAt ?? undefined });
  else missing.push('vedtaksbrevet (ikke ferdig laget)');

  const text = klageText({
    documentNumber: decision.archiveNumber ?? decision.documentNumber,
    partnershipName: partnership.name,
    letterDateLocal: decision.issuedAt ? osloDateOf(decision.issuedAt) : null,
    receivedOnLocal: klage.receivedOnLocal,
    fromName: klage.fromName,
    summary: klage.summary,
    registeredByName: klage.registeredByName,
    assessment: klage.state === 'oversendt' || klage.state === 'avgjort' ? klage.reasons : null,
  });
  const note = missing.length > 0 ? `\nIkke med i mappen: ${missing.join('; ')}.\n` : '';
  entries.push({ path: '4 Klage.txt', data: Buffer.from(text + note, 'utf8'), modifiedAt: klage.registeredAt });

  const name = `Klagesak ${decision.documentNumber ?? partnership.name}`.replace(/[^\p{L}\p{N} -]+/gu, '-');
  return { filename: `${name}.zip`, contentType: 'application/zip', data: await renderRoundZip(entries) };
}
