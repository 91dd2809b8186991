// Starts a partnership's behovsmelding in a round. One per partnership and round; filed in the case of the
// applicant's county. It starts with what is known (issue 12, point 6): the fields of an earlier application of the
// partnership the coordinator chose to copy (`copyFromId`; left out, the one of the year before, as year 2 and 3 of
// a multi-year measure continue it) — all but the confirmation 4.3, which must be given anew — and, where the copy
// leaves them empty, the partnership's owners, UH, units, responsible owner with its account, and the person
// starting it as the contact (domain/behovsmelding/application-prefill.ts).
import { appendAudit } from '../../db/audit-repository.ts';
import { findExtension } from '../../db/behovsmelding-round-repository.ts';
import { findApplication, findPreviousYearApplication, insertApplication } from '../../db/behovsmelding-application-repository.ts';
import { loadFields, saveFieldIfUnchanged } from '../../db/behovsmelding-field-repository.ts';
import { findOrganisation } from '../../db/org-repository.ts';
import { findPartnership } from '../../db/partnership-repository.ts';
import { findScheme } from '../../db/reference-repository.ts';
import { assertCan, can } from '../../domain/access/policy.ts';
import { isSubmissionOnTime } from '../../domain/behovsmelding/round-deadline.ts';
import { roundStatus } from '../../domain/behovsmelding/round-status.ts';
import { ZCreateApplication } from '../../domain/behovsmelding/round.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput, validationError } from '../../domain/shared/parse.ts';
import { uniqueViolation } from '../../db/unique-violation.ts';
import type { UseCaseContext } from '../context.ts';
import { loadApplication } from '../../loaders/behovsmelding/load-application.ts';
import { applicationResource } from '../../domain/behovsmelding/application-resource.ts';
import { applicationView } from '../../views/behovsmelding/application-view.ts';
import { loadRound } from '../../loaders/behovsmelding/load-round.ts';
import { storedFields } from '../../views/behovsmelding/stored-fields.ts';
import { checkFieldValue, FIELD_CATALOGUE_VERSION } from '../../domain/behovsmelding/field-value-check.ts';
import { prefillValues } from '../../domain/behovsmelding/application-prefill.ts';
import { loadPrefillFacts } from '../../loaders/behovsmelding/load-prefill-facts.ts';

const NOT_CARRIED_OVER = new Set(['s4.lagetIPartnerskap']);

export async function createApplication({ db, actor, clock, input }: UseCaseContext & { input: unknown }) {
  const data = parseInput(ZCreateApplication, input);
  return db.transaction(async (tx) => {
    const partnership = await findPartnership(tx, data.partnershipId);
    // Asked as an application of the partnership's own office: the only office whose rounds it may apply in (below).
    const resource = partnership ? applicationResource(partnership, partnership.officeId) : null;
    if (!partnership || !resource || !can(actor, 'read', resource)) throw AppError.notFound(msg('behovsmelding.partnershipNotFound'));
    assertCan(actor, 'start', resource);
    const round = await loadRound(tx, data.roundId);
    if (round.officeId !== partnership.officeId)
      throw validationError([{ field: 'roundId', message: msg('behovsmelding.roundOtherOffice', { office: round.officeName }) }]);
    // A partnership of one scheme applies in that scheme's rounds; one without a scheme in any round of its office.
    if (partnership.schemeId !== null && round.schemeId !== partnership.schemeId) {
      const own = await findScheme(tx, partnership.schemeId);
      const message = msg('behovsmelding.roundOtherScheme', { scheme: round.schemeName, ownScheme: own?.name.nb ?? msg('behovsmelding.anotherScheme') });
      throw validationError([{ field: 'roundId', message }]);
    }
    const status = roundStatus(round, clock.now());
    const extension = await findExtension(tx, round.id, partnership.id);
    if (status === 'planlagt') throw new AppError('CONFLICT', msg('behovsmelding.roundNotOpen'));
    if (status === 'stengt') {
      const timing = isSubmissionOnTime({ deadlineLocal: round.deadlineLocal, submittedAt: clock.now(), extensionUntilLocal: extension?.untilLocal ?? null });
      if (!timing.onTime) throw new AppError('CONFLICT', timing.message);
    }
    const countyNumber = await countyOf(tx, round.caseNumbers, partnership.applicantId);
    const previous = data.copyFromId === undefined
      ? await findPreviousYearApplication(tx, { partnershipId: partnership.id, officeId: round.officeId, schemeId: round.schemeId, year: round.year })
      : await copySource(tx, data.copyFromId, partnership.id);
    const created = await insertApplication(tx, { roundId: round.id, partnershipId: partnership.id, countyNumber, previousId: previous?.id ?? null })
      .catch(uniqueViolation('partnershipId', msg('behovsmelding.alreadyApplied')));
    const at = clock.now();
    // Only what is valid under today's catalogue is carried over (a value that no longer validates is left for the
    // applicant to give anew).
    const copied: Record<string, unknown> = {};
    if (previous)
      for (const field of storedFields(await loadFields(tx, previous.id)).rows) if (!NOT_CARRIED_OVER.has(field.key)) copied[field.key] = field.value;
    const facts = await loadPrefillFacts(tx, { partnership, roundYear: round.year, actor });
    for (const [key, value] of Object.entries(prefillValues(copied, facts))) {
      // A fact too long for its field (a long organisation name) is left for the applicant rather than stored invalid.
      const checked = checkFieldValue(key, value);
      if (!checked.ok) continue;
      await saveFieldIfUnchanged(tx, { applicationId: created.id, key, value: checked.value, baseVersion: 0, actor, at, checkedCatalogueVersion: FIELD_CATALOGUE_VERSION });
    }
    await appendAudit(tx, actor, {
      action: 'create',
      entityType: 'behovsmelding',
      entityId: created.id,
      before: null,
      after: { roundId: round.id, partnershipId: partnership.id, countyNumber, previousId: previous?.id ?? null },
    });
    return applicationView(tx, actor, await loadApplication(tx, actor, created.id, 'read'), clock);
  });
}

/** The application chosen to copy from: one of this partnership's (any round, any year), or none. */
async function copySource(tx: Parameters<typeof findApplication>[0], id: string | null, partnershipId: string) {
  if (id === null) return undefined;
  const source = await findApplication(tx, id);
  if (!source || source.partnershipId !== partnershipId) throw validationError([{ field: 'copyFromId', message: msg('behovsmelding.copySourceNotFound') }]);
  return source;
}

/** The county whose case the application goes in: the only one, or the applicant's. */
async function countyOf(tx: Parameters<typeof findApplication>[0], caseNumbers: Record<string, string>, applicantId: string): Promise<string> {
  const counties = Object.keys(caseNumbers);
  if (counties.length === 1) return counties[0]!;
  const applicant = await findOrganisation(tx, applicantId);
  const county = applicant?.municipalityNumber?.slice(0, 2);
  if (county && counties.includes(county)) return county;
  throw validationError([
    { field: 'roundId', message: msg('behovsmelding.noCaseNumberForCounty') },
  ]);
}
