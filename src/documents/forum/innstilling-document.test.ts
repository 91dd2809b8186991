// The innstilling as a tagged PDF and a Word document from one source (issue 13, point 5): text extracted from both
// holds each prioritised measure with its owner and per-UH amounts per year (later years "innstilt (foreløpig)"),
// the reasons for the application not prioritised and for the reduced one, the dissent and the recusal.
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { innstillingContent } from '../../domain/forum/innstilling-content.ts';
import { compact, pdfPages } from '../blocks/test-pdf-text.ts';
import { expectTaggedPdf } from '../blocks/test-pdfinfo.ts';
import { renderInnstillingDocx } from './innstilling-docx.ts';
import { innstillingTitle } from './innstilling-document.ts';
import { renderInnstillingPdf } from './innstilling-pdf.ts';

const uh = [
  { id: 'uit', name: 'UiT Norges arktiske universitet' },
  { id: 'samisk', name: 'Sámi allaskuvla / Samisk høgskole' },
];
const content = innstillingContent({
  round: { id: 'r', title: 'Behovsmeldinger 2026', year: 2026, officeName: 'Statsforvalteren i Troms og Finnmark' },
  state: 'vedtatt',
  adoptedAt: new Date('2026-02-10T11:00:00Z'),
  adoptedByName: 'Siri Havlund',
  meeting: { title: 'Forumsmøte februar', startsAtLocal: '2026-02-10T10:00:00' },
  scenario: { id: 's', name: 'Forslag A' },
  applications: [
    {
      id: 'a',
      partnershipName: 'Kompetanseløftet Sør-Troms og Evenes',
      owners: ['Harstad kommune', 'Kvæfjord kommune'],
      payeeName: 'Harstad kommune',
      uh: [uh[0]!],
      units: [{ label: 'kommunale grunnskoler', count: 11 }],
      askedKr: 270_000,
      priority: 1,
      reason: null,
      lines: [
        { year: 2026, recipient: 'owner', recipientOrgId: '', amountKr: 100_000 },
        { year: 2026, recipient: 'uh', recipientOrgId: 'uit', amountKr: 50_000 },
        { year: 2027, recipient: 'owner', recipientOrgId: '', amountKr: 80_000 },
        { year: 2027, recipient: 'uh', recipientOrgId: 'uit', amountKr: 40_000 },
      ],
      assessment: 'Godt forankret i kartleggingen.',
    },
    {
      id: 'b',
      partnershipName: 'Kompetanseløftet Nord-Troms',
      owners: ['Nordreisa kommune'],
      payeeName: 'Nordreisa kommune',
      uh,
      units: [],
      askedKr: 300_000,
      priority: 2,
      reason: 'Samlingene kan holdes digitalt.',
      lines: [
        { year: 2026, recipient: 'owner', recipientOrgId: '', amountKr: 150_000 },
        { year: 2026, recipient: 'uh', recipientOrgId: 'uit', amountKr: 30_000 },
        { year: 2026, recipient: 'uh', recipientOrgId: 'samisk', amountKr: 20_000 },
      ],
      assessment: null,
    },
    { id: 'c', partnershipName: 'Dekomp Troms fylkeskommune', owners: [], payeeName: '', uh: [], units: [], askedKr: 80_000, priority: null, reason: 'Tiltaket er individuell videreutdanning.', lines: [], assessment: null },
  ],
  items: [
    { position: 1, title: 'Sør-Troms', applicationId: 'a', decisionKind: 'consensus', decisionText: 'Innstilt som omsøkt', voteCounts: null, dissent: null, recusals: [{ memberName: 'Ingrid Bakke', organisationName: 'UiT Norges arktiske universitet', reason: 'UiT er UH i partnerskapet', deputyStepsIn: false }] },
    { position: 2, title: 'Nord-Troms', applicationId: 'b', decisionKind: 'vote', decisionText: null, voteCounts: { for: 4, mot: 1, avstår: 0 }, dissent: 'Utdanningsforbundet: reduksjonen rammer samlingene.', recusals: [] },
  ],
});

/** What both documents must say, compacted (no whitespace) so a wrapped table cell still matches. */
const MUST = [
  'Kompetanseløftet Sør-Troms og Evenes',
  'Eier: Harstad kommune',
  'UH: UiT Norges arktiske universitet',
  '2026 innstilt',
  '2027 innstilt (foreløpig)',
  '100 000',
  '50 000',
  '80 000',
  '40 000',
  'UH: Sámi allaskuvla / Samisk høgskole',
  '20 000',
  'Samlingene kan holdes digitalt.',
  'Tiltaket er individuell videreutdanning.',
  'Utdanningsforbundet: reduksjonen rammer samlingene.',
  '4 for, 1 mot, 0 avstår',
  'Inhabil: Ingrid Bakke (UiT Norges arktiske universitet)',
  'Godt forankret i kartleggingen.',
  '11 kommunale grunnskoler',
].map(compact);

let pdf: Buffer;
let docxText: string;

beforeAll(async () => {
  pdf = await renderInnstillingPdf(content, new Date('2026-02-10T12:00:00Z'));
  const xml = new TextDecoder().decode(unzipSync(new Uint8Array(await renderInnstillingDocx(content)))['word/document.xml']!);
  docxText = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&amp;/g, '&')).join(' ');
});

describe('the innstilling document', () => {
  it('the PDF holds each measure with owner and per-UH amounts per year, the reasons, the dissent and the recusal', async () => {
    const text = compact((await pdfPages(pdf)).join('\n'));
    for (const phrase of MUST) expect(text).toContain(phrase);
  });

  it('the Word document says the same', () => {
    const text = compact(docxText);
    for (const phrase of MUST) expect(text).toContain(phrase);
  });

  it('the PDF is tagged, with its language and title', async () => {
    await expectTaggedPdf(pdf, { lang: 'nb-NO', title: innstillingTitle(content) });
  });
});
