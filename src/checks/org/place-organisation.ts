// Checks the municipality an organisation names and works out the office that serves it.
import type { DbOrTx } from '../../db/client.ts';
import { findMunicipality2024, findOffice, findOfficeForCounty } from '../../db/org-repository.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';

export async function placeOrganisation(
  tx: DbOrTx,
  input: { municipalityNumber: string | null; officeId: string | null },
): Promise<{ officeId: string | null }> {
  if (input.officeId && !(await findOffice(tx, input.officeId)))
    throw new AppError('VALIDATION', msg('org.unknownOffice'), {
      fieldErrors: [{ field: 'officeId', message: msg('org.unknownOffice') }],
    });
  if (!input.municipalityNumber) return { officeId: input.officeId };
  const m = await findMunicipality2024(tx, input.municipalityNumber);
  if (!m) {
    const message = msg('org.unknownMunicipality', { number: input.municipalityNumber });
    throw new AppError('VALIDATION', message, { fieldErrors: [{ field: 'municipalityNumber', message }] });
  }
  if (input.officeId) return { officeId: input.officeId };
  const office = await findOfficeForCounty(tx, m.countyNumber);
  return { officeId: office?.id ?? null };
}
