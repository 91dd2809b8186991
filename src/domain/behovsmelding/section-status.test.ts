// Section 6 of a new behovsmelding (issue 12, point 10): nothing entered is not an error, and one missing thing is
// said once.
import { describe, expect, it } from 'vitest';
import { renderNb } from '../shared/message-catalogs.ts';
import { validateApplication } from './validate-application.ts';

const rules = { coordinatorAllowed: true };
const section6 = (values: Record<string, unknown>) => validateApplication(values as never, rules);

describe('section 6 before anything is entered', () => {
  it('section 6 does not show "Har feil" before anything is entered', () => {
    const v = section6({});
    expect(v.sections.find((s) => s.section === 6)?.status).toBe('tom');
    const part = { id: 'hoved', name: 'Sør-Troms', otherOfficeId: null, budgetYear: 2091 };
    const noYears = section6({ parts: [part], 'parts.hoved.grantUse': { heldOverOwnerKr: null, heldOverUhKr: null, years: [], coordinatorJustification: { owner: null, uh: null } } });
    expect(noYears.sections.find((s) => s.section === 6)?.status).toBe('påbegynt');
  });

  it('section 6 gives one message for one fact: a behovsmelding without parts is told so once', () => {
    const v = section6({});
    const onParts = v.issues.filter((i) => i.path === 'parts').map((i) => renderNb(i.message));
    expect(onParts).toEqual(['Behovsmeldingen må ha minst én del med budsjett']);
  });
});
