// The office's letter templates (issue 14, point 3), on a real database: the defaults until the office edits one; a
// case officer's edit is saved with a version check and audited, and is what letters are then written from (and only
// at that office); a body naming an unknown field is refused naming it; a Sámi translation is marked reviewed or draft
// in the same save; the office's people read, only its case officers write, another office neither.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAudit } from '../../db/audit-repository.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import { renderNb } from '../../domain/shared/message-catalogs.ts';
import { defaultLetterTemplate } from '../../domain/tilsagn/default-letter-templates.ts';
import { demoActor } from '../../test/actors.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.ts';
import { templateFor } from '../../loaders/tilsagn/letter-template.ts';
import { getLetterTemplate } from './get-letter-template.ts';
import { listLetterTemplates } from './list-letter-templates.ts';
import { updateLetterTemplate } from './update-letter-template.ts';

const TF = 'troms-og-finnmark';
const NORDLAND = 'nordland';
const clock = fixedClock('2026-11-20T09:00:00Z');

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

async function caught(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

const nbSections = () => defaultLetterTemplate('tilsagn', 'nb')!.sections;

describe('letter templates', () => {
  it('until the office edits one, every scheme has the defaults: Norwegian used, Northern Sámi a draft, Lule and South Sámi none', async () => {
    const db = database.db;
    const siri = await demoActor(db, 'saksbehandler');
    const list = await listLetterTemplates({ db, actor: siri, officeId: TF });
    expect(list.allowed).toContain('edit-templates');
    const dekomp = list.schemes.find((s) => s.schemeId === 'dekomp')!;
    expect(dekomp.templates).toHaveLength(10);
    const of = (kind: string, language: string) => dekomp.templates.find((t) => t.kind === kind && t.language === language);
    expect(of('tilsagn', 'nb')).toMatchObject({ source: 'default', status: 'reviewed', version: 0, updatedByName: null });
    expect(of('avslag', 'nn')).toMatchObject({ source: 'default', status: 'reviewed' });
    expect(of('tilsagn', 'se')).toMatchObject({ source: 'default', status: 'draft' });
    expect(of('tilsagn', 'smj')).toMatchObject({ source: 'none', status: null });

    const one = await getLetterTemplate({ db, actor: siri, officeId: TF, schemeId: 'dekomp', kind: 'tilsagn', language: 'nn' });
    expect(one.template.sections.map((s) => s.key)).toEqual(expect.arrayContaining(['decision', 'conditions', 'reporting', 'control', 'acceptance', 'appeal', 'documents']));
    expect(one.fields).toEqual(expect.arrayContaining(['purpose', 'reportDue', 'acceptanceDue', 'appealBody', 'grantRules', 'budgetChapterPost', 'cofundingPercent', 'amountTable']));
    expect((await templateFor(db, TF, 'dekomp', 'tilsagn', 'nb'))!.source).toBe('default');
    expect(await templateFor(db, TF, 'dekomp', 'avslag', 'sma')).toBeNull();
  });

  it('a case officer edits the Bokmål tilsagn template: saved, audited, what letters are written from — at this office only', async () => {
    const db = database.db;
    const siri = await demoActor(db, 'saksbehandler');
    const sections = nbSections().map((s) => (s.key === 'purpose' ? { ...s, body: `${s.body}\n\nSpørsmål om tilskuddet kan rettes til embetet.` } : s));
    const saved = await updateLetterTemplate({ db, actor: siri, clock, officeId: TF, schemeId: 'dekomp', kind: 'tilsagn', language: 'nb', input: { sections, expectedVersion: 0 } });
    expect(saved.template).toMatchObject({ source: 'office', status: 'reviewed', version: 1, updatedByName: siri.name, updatedAt: '2026-11-20T09:00:00.000Z' });

    const used = await templateFor(db, TF, 'dekomp', 'tilsagn', 'nb');
    expect(used).toMatchObject({ source: 'office', status: 'reviewed' });
    expect(used!.sections.find((s) => s.key === 'purpose')!.body).toContain('Spørsmål om tilskuddet kan rettes til embetet.');
    // Another office, and another scheme at this office, still write from the default.
    expect((await templateFor(db, NORDLAND, 'dekomp', 'tilsagn', 'nb'))!.source).toBe('default');
    expect((await templateFor(db, TF, 'kompetanseloftet', 'tilsagn', 'nb'))!.source).toBe('default');

    const audit = await findAudit(db, { entityType: 'letter-template', entityId: `${TF}/dekomp/tilsagn/nb`, limit: 10, offset: 0 });
    expect(audit.map((a) => a.action)).toEqual(['create']);

    const listed = await listLetterTemplates({ db, actor: siri, officeId: TF });
    expect(listed.schemes.find((s) => s.schemeId === 'dekomp')!.templates.find((t) => t.kind === 'tilsagn' && t.language === 'nb')).toMatchObject({ source: 'office', version: 1 });
  });

  it('two people saving at once: the second gets a conflict, not a silent overwrite', async () => {
    const db = database.db;
    const siri = await demoActor(db, 'saksbehandler');
    const key = { officeId: TF, schemeId: 'rekomp', kind: 'avslag', language: 'nn' } as const;
    const sections = defaultLetterTemplate('avslag', 'nn')!.sections;
    await updateLetterTemplate({ db, actor: siri, clock, ...key, input: { sections, expectedVersion: 0 } });
    const again = await caught(updateLetterTemplate({ db, actor: siri, clock, ...key, input: { sections, expectedVersion: 0 } }));
    expect(again.status).toBe(409);
    expect(renderNb(again.userMessage)).toMatch(/brevmalen/);
    const second = await updateLetterTemplate({ db, actor: siri, clock, ...key, input: { sections: sections.slice(0, 3), expectedVersion: 1 } });
    expect(second.template).toMatchObject({ version: 2 });
    expect(second.template.sections).toHaveLength(3);
    expect((await caught(updateLetterTemplate({ db, actor: siri, clock, ...key, input: { sections, expectedVersion: 1 } }))).status).toBe(409);
  });

  it('a body naming an unknown field is refused, naming it; so is the amount table inside a sentence, and bad input', async () => {
    const db = database.db;
    const siri = await demoActor(db, 'saksbehandler');
    const key = { officeId: TF, schemeId: 'dekomp', kind: 'avslag', language: 'nb' } as const;
    const typo = [...nbSections(), { key: 'extra', heading: 'Frist {frist}', body: 'Se {purpose2} og {purpose}.' }];
    const unknown = await caught(updateLetterTemplate({ db, actor: siri, clock, ...key, input: { sections: typo, expectedVersion: 0 } }));
    expect(unknown.status).toBe(400);
    expect(renderNb(unknown.userMessage)).toBe('Brevmalen bruker felt som ikke finnes: {frist}, {purpose2}');
    expect(unknown.fieldErrors?.[0]?.field).toBe('sections');

    const inline = [{ key: 'decision', heading: 'Vedtak', body: 'Beløpene: {amountTable}' }];
    const misplaced = await caught(updateLetterTemplate({ db, actor: siri, clock, ...key, input: { sections: inline, expectedVersion: 0 } }));
    expect(misplaced.status).toBe(400);
    expect(misplaced.fieldErrors?.[0]?.field).toBe('sections.0.body');

    for (const input of [
      { sections: [], expectedVersion: 0 },
      { sections: [{ key: 'Ugyldig nøkkel', heading: '', body: 'Tekst' }], expectedVersion: 0 },
      { sections: [{ key: 'a', heading: '', body: ' ' }], expectedVersion: 0 },
      { sections: [{ key: 'a', heading: '', body: 'x' }, { key: 'a', heading: '', body: 'y' }], expectedVersion: 0 },
      { sections: nbSections() },
    ])
      expect((await caught(updateLetterTemplate({ db, actor: siri, clock, ...key, input }))).status).toBe(400);
    expect((await caught(updateLetterTemplate({ db, actor: siri, clock, ...key, kind: 'brev', input: { sections: nbSections(), expectedVersion: 0 } }))).status).toBe(400);
    expect((await caught(updateLetterTemplate({ db, actor: siri, clock, ...key, language: 'en', input: { sections: nbSections(), expectedVersion: 0 } }))).status).toBe(400);
    expect((await caught(updateLetterTemplate({ db, actor: siri, clock, ...key, schemeId: 'ukjent', input: { sections: nbSections(), expectedVersion: 0 } }))).status).toBe(404);
    // Nothing of it was saved.
    expect((await templateFor(db, TF, 'dekomp', 'avslag', 'nb'))!.source).toBe('default');
  });

  it('a Sámi translation is marked reviewed or draft in the same save; a Lule Sámi one can be written from nothing', async () => {
    const db = database.db;
    const siri = await demoActor(db, 'saksbehandler');
    const se = { officeId: TF, schemeId: 'dekomp', kind: 'tilsagn', language: 'se' } as const;
    const sections = defaultLetterTemplate('tilsagn', 'se')!.sections;
    const reviewed = await updateLetterTemplate({ db, actor: siri, clock, ...se, input: { sections, status: 'reviewed', expectedVersion: 0 } });
    expect(reviewed.template).toMatchObject({ status: 'reviewed', version: 1 });
    expect(await templateFor(db, TF, 'dekomp', 'tilsagn', 'se')).toMatchObject({ status: 'reviewed', source: 'office' });
    // Edited again without saying: back to a draft, for the change is not reviewed.
    const edited = await updateLetterTemplate({ db, actor: siri, clock, ...se, input: { sections: sections.slice(1), expectedVersion: 1 } });
    expect(edited.template.status).toBe('draft');
    expect((await caught(updateLetterTemplate({ db, actor: siri, clock, ...se, input: { sections, status: 'ferdig', expectedVersion: 2 } }))).status).toBe(400);

    const smj = { ...se, language: 'smj' } as const;
    await updateLetterTemplate({ db, actor: siri, clock, ...smj, input: { sections: [{ key: 'decision', heading: 'Mearrádus', body: 'Mearrádus {documentNumber}.' }], expectedVersion: 0 } });
    expect(await templateFor(db, TF, 'dekomp', 'tilsagn', 'smj')).toMatchObject({ status: 'draft', source: 'office' });
    // A Norwegian template is the decision's own text: always used, whatever the save says.
    const nn = await updateLetterTemplate({
      db,
      actor: siri,
      clock,
      ...se,
      language: 'nn',
      input: { sections: defaultLetterTemplate('tilsagn', 'nn')!.sections, status: 'draft', expectedVersion: 0 },
    });
    expect(nn.template.status).toBe('reviewed');
  });

  it('the forum reads but cannot edit; another office’s case officer and a coordinator do neither', async () => {
    const db = database.db;
    const frode = await demoActor(db, 'forum');
    const nora = await demoActor(db, 'saksbehandlerNordland');
    const ola = await demoActor(db, 'koordinator');
    const key = { officeId: TF, schemeId: 'kompetanseloftet', kind: 'tilsagn', language: 'nb' } as const;
    const input = { sections: nbSections(), expectedVersion: 0 };

    const read = await getLetterTemplate({ db, actor: frode, ...key });
    expect(read.allowed).not.toContain('edit-templates');
    expect((await caught(updateLetterTemplate({ db, actor: frode, clock, ...key, input }))).status).toBe(403);
    for (const actor of [nora, ola]) {
      expect((await caught(listLetterTemplates({ db, actor, officeId: TF }))).status).toBe(403);
      expect((await caught(getLetterTemplate({ db, actor, ...key }))).status).toBe(403);
      expect((await caught(updateLetterTemplate({ db, actor, clock, ...key, input }))).status).toBe(403);
    }
    expect((await templateFor(db, TF, 'kompetanseloftet', 'tilsagn', 'nb'))!.source).toBe('default');
  });
});
