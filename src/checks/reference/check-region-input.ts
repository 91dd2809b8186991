// The checks of a region form that need the database: the office exists and every municipality is one of 2024.
// Municipalities are not tied to the office: a region may span counties (Sør-Troms includes Evenes in Nordland).
import type { DbOrTx } from '../../db/client.ts';
import { findOffice } from '../../db/org-repository.ts';
import { findMunicipalities2024 } from '../../db/reference-repository.ts';
import { findRegionByName } from '../../db/region-repository.ts';
import { AppError, type FieldError } from '../../domain/shared/app-error.ts';
import { validationError } from '../../domain/shared/parse.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import type { TRegionInput } from '../../domain/reference/region.ts';

export async function checkRegionInput(tx: DbOrTx, data: TRegionInput, regionId: string | null): Promise<void> {
  const errors: FieldError[] = [];
  if (!(await findOffice(tx, data.officeId))) errors.push({ field: 'officeId', message: msg('reference.unknownOffice') });
  const known = new Set((await findMunicipalities2024(tx, data.municipalityNumbers)).map((m) => m.number));
  data.municipalityNumbers.forEach((n, i) => {
    if (!known.has(n))
      errors.push({ field: `municipalityNumbers.${i}`, message: msg('reference.unknownMunicipality', { number: n }) });
  });
  if (errors.length) throw validationError(errors);
  const sameName = await findRegionByName(tx, data.name);
  if (sameName && sameName.id !== regionId) {
    const message = msg('reference.regionNameTaken', { name: data.name });
    throw new AppError('CONFLICT', message, { fieldErrors: [{ field: 'name', message }] });
  }
}
