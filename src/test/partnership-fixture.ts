// A valid partnership form over seeded demo organisations, for tests to vary one field at a time.
import { expect } from 'vitest';
import type { DbOrTx } from '../db/client.ts';
import { AppError } from '../domain/shared/app-error.ts';
import { orgId, UIT } from './org-lookups.ts';

export async function demoOrgIds(db: DbOrTx) {
  return {
    harstad: await orgId(db, 'Harstad kommune'),
    kvafjord: await orgId(db, 'Kvæfjord kommune'),
    nordreisa: await orgId(db, 'Nordreisa kommune'),
    skjervoy: await orgId(db, 'Skjervøy kommune'),
    uit: await orgId(db, UIT),
    ks: await orgId(db, 'KS Nord-Norge'),
  };
}
export type DemoOrgIds = Awaited<ReturnType<typeof demoOrgIds>>;

/** Harstad (applicant and payee) and Kvæfjord as owners, UiT as UH, one school in Kvæfjord. */
export function partnershipForm(ids: DemoOrgIds, overrides: Record<string, unknown> = {}) {
  return {
    name: 'Kompetanseløftet Harstad og Kvæfjord',
    officeId: 'troms-og-finnmark',
    schemeId: 'kompetanseloftet',
    applicantId: ids.harstad,
    payeeId: ids.harstad,
    members: [
      { organisationId: ids.harstad, role: 'owner' },
      { organisationId: ids.kvafjord, role: 'owner' },
      { organisationId: ids.uit, role: 'uh' },
    ],
    units: [{ name: 'Borkenes skole', kind: 'skole', municipalityNumber: '5510', ownerId: ids.kvafjord }],
    ...overrides,
  };
}

/** Runs a use case that must fail, and returns its AppError. */
export async function appError(run: Promise<unknown>): Promise<AppError> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
