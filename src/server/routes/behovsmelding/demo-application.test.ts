// The demo's real application (Sør-Troms og Evenes 2024) as the office and the partnership see it over HTTP: totals
// computed from its lines, `stated` and `computed` per line and part in the JSON export, exactly the two expected
// kinds of warning, and nothing for another partnership's coordinator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from '../../../test/test-app.ts';
import type { TApplicationJsonExport, TJsonBudgetLine } from '../../../documents/behovsmelding/application-json.ts';

let t: TestApp;
let id: string;
beforeAll(async () => {
  t = await createTestApp();
  const ola = await loginAs(t.app, 'koordinator', t.database.db);
  const list = (await ola.get('/api/behovsmelding/applications')).json() as { applications: { id: string; partnershipName: string; year: number }[] };
  id = list.applications.find((a) => a.partnershipName === 'Kompetanseløftet Sør-Troms og Evenes' && a.year === 2024)!.id;
});
afterAll(() => t.close());

const line = (lines: TJsonBudgetLine[], startsWith: string) => lines.find((l) => l.description.startsWith(startsWith))!;

describe('the demo application Sør-Troms og Evenes 2024', () => {
  it('exports every line with stated and computed sums; totals come from the lines', async () => {
    const staff = await loginAs(t.app, 'saksbehandler', t.database.db);
    const res = await staff.get(`/api/behovsmelding/applications/${id}/export.json`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('2023-8245-1');
    const doc = res.json() as TApplicationJsonExport;
    const [sorTroms, evenes] = doc.parts;
    expect(sorTroms).toMatchObject({ name: 'Region Sør-Troms', countsTowardsOffice: true, computed: { owner: 1_121_060, uh: 1_676_314 }, stated: { owner: 1_121_060, uh: 1_676_314 } });
    expect(evenes).toMatchObject({ name: 'Evenes', otherOfficeId: 'nordland', countsTowardsOffice: false, computed: { owner: 59_000, uh: 145_766 }, stated: { owner: 59_000, uh: 145_767 } });

    // The conference line: its amount is the 846-day detail table's total; its own factors are only checked.
    const conference = line(sorTroms!.owner!.lines, 'Dialogkonferanse, 3 gjennomføringer');
    expect(conference).toMatchObject({ stated: 516_060, computed: 516_060, factorsTimesPrice: 499_590, unitPrice: 610 });
    expect(conference.factors.map((f) => f.value)).toEqual([273, 3]);
    expect(conference.details!.lines.reduce((s, l) => s + (l.computed ?? 0), 0)).toBe(516_060);
    // UH Sør-Troms: 1 396 928 + 20 %.
    const uh = sorTroms!.uh!.lines;
    expect(uh.find((l) => l.kind === 'percentage')).toMatchObject({ percent: 20, base: 1_396_928, computed: 279_386 });
    // UH Evenes: 20 % of 121 472 = 24 294,40 → 24 294; the document wrote 24 295.
    expect(evenes!.uh!.lines.find((l) => l.kind === 'percentage')).toMatchObject({ base: 121_472, computed: 24_294, stated: 24_295, difference: 1 });

    // This office's totals leave Evenes (Nordland) out.
    expect(doc.totals!.office).toEqual({ owner: 1_121_060, uh: 1_676_314, total: 2_797_374 });
    // Warnings: the 1 kr rounding wherever it shows, and 273 × 3 × 610 against the detail total. No errors.
    expect(doc.warnings.every((w) => w.severity === 'warning')).toBe(true);
    const kinds = new Set(doc.warnings.map((w) => (w.code === 'FACTORS_DIFFER_FROM_DETAILS' ? 'faktorer' : Math.abs(w.differenceKr ?? 0) === 1 ? '1 kr' : w.code)));
    expect([...kinds].sort()).toEqual(['1 kr', 'faktorer']);
    expect(doc.warnings.find((w) => w.code === 'FACTORS_DIFFER_FROM_DETAILS')!.message.replace(/\s/gu, ' ')).toContain('273 × 3 × 610 = 499 590 kr');
  });

  it('the round list shows it as sent with this office’s amounts, and Evenes as a part at another office', async () => {
    const staff = await loginAs(t.app, 'saksbehandler', t.database.db);
    const app = (await staff.get(`/api/behovsmelding/applications/${id}`)).json() as { application: { round: { id: string }; validation: { canSubmit: boolean } } };
    expect(app.application.validation.canSubmit).toBe(true);
    const list = (await staff.get(`/api/behovsmelding/rounds/${app.application.round.id}/applications?q=sør-troms`)).json() as {
      applications: { partnershipName: string; status: string; totalKr: number; years: { year: number; ownerKr: number }[]; otherOfficeParts: unknown[] }[];
    };
    expect(list.applications).toEqual([
      expect.objectContaining({
        partnershipName: 'Kompetanseløftet Sør-Troms og Evenes',
        status: 'sendt',
        totalKr: 2_797_374,
        otherOfficeParts: [{ name: 'Evenes', officeId: 'nordland', totalKr: 204_766 }],
      }),
    ]);
    expect(list.applications[0]!.years.map((y) => [y.year, y.ownerKr])).toEqual([
      [2024, 1_121_060],
      [2025, 1_121_060],
    ]);
  });

  it('another partnership’s coordinator gets 404 for the application, its exports and its submissions', async () => {
    const nils = await loginAs(t.app, 'koordinatorNordreisa', t.database.db);
    for (const url of [`/api/behovsmelding/applications/${id}`, `/api/behovsmelding/applications/${id}/export.pdf`, `/api/behovsmelding/applications/${id}/export.json`, `/api/behovsmelding/applications/${id}/submissions/1`, `/api/behovsmelding/applications/${id}/history`])
      expect((await nils.get(url)).statusCode, url).toBe(404);
  });
});
