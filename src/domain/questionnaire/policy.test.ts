// A response belongs to the one who started it and the editors they named; the admin passes, as in the composition.
import { expect, it } from 'vitest';
import { actorWith, grant } from '../access/policy-actors.ts';
import type { Actor } from '../access/roles.ts';
import { questionnaireAllowedVerbs, responseResource } from './policy.ts';

const as = (userId: string | null, grants = [grant.coordinator('org')]): Actor => ({ ...actorWith(grants), userId });
const response = responseResource({ createdByUserId: 'u-creator', editorUserIds: ['u-editor'] });

it('lets the creator and the named editors read, edit, submit and export a response, and nobody else', () => {
  expect(questionnaireAllowedVerbs(as('u-creator'), response)).toEqual(['read', 'edit', 'submit', 'export']);
  expect(questionnaireAllowedVerbs(as('u-editor'), response)).toEqual(['read', 'edit', 'submit', 'export']);
  expect(questionnaireAllowedVerbs(as('u-other', [grant.staff('office')]), response)).toEqual([]);
  expect(questionnaireAllowedVerbs(as(null), responseResource({ createdByUserId: null, editorUserIds: [] }))).toEqual([]);
  expect(questionnaireAllowedVerbs(as('u-admin', [grant.admin()]), response)).toEqual(['read', 'edit', 'submit', 'export']);
});

it('lets anyone with a role start a response, and only the admin publish a catalogue', () => {
  expect(questionnaireAllowedVerbs(as('u-1', [grant.reader(null)]), { type: 'questionnaire' })).toEqual(['start']);
  expect(questionnaireAllowedVerbs(as('u-1', []), { type: 'questionnaire' })).toEqual([]);
  expect(questionnaireAllowedVerbs(as('u-admin', [grant.admin()]), { type: 'questionnaire' })).toEqual(['publish', 'start']);
});
