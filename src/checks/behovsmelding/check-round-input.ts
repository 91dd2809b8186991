// Checks of a round's input against the database: the office and scheme exist, the counties belong to the office,
// and no case number is already another round's (a case number names one case in the archive).
import { findCaseNumberOwner } from '../../db/behovsmelding-round-repository.ts';
import type { DbOrTx } from '../../db/client.ts';
import { findOffice } from '../../db/org-repository.ts';
import { findScheme } from '../../db/reference-repository.ts';
import type { TRoundInput } from '../../domain/behovsmelding/round.ts';
import type { FieldError } from '../../domain/shared/app-error.ts';
import { validationError } from '../../domain/shared/parse.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';

export async function checkRoundInput(db: DbOrTx, input: TRoundInput, roundId: string | null): Promise<void> {
  const errors: FieldError[] = [];
  const office = await findOffice(db, input.officeId);
  if (!office) errors.push({ field: 'officeId', message: msg('behovsmelding.unknownOffice') });
  if (!(await findScheme(db, input.schemeId))) errors.push({ field: 'schemeId', message: msg('behovsmelding.unknownScheme') });
  const counties = Object.keys(input.caseNumbers);
  counties.forEach((county, i) => {
    if (office && !office.countyNumbers.includes(county))
      errors.push({ field: `caseNumbers.${i}.countyNumber`, message: msg('behovsmelding.countyNotInOffice', { county, office: office.name }) });
  });
  const taken = await findCaseNumberOwner(db, Object.values(input.caseNumbers));
  for (const t of taken.filter((t) => t.roundId !== roundId)) {
    const i = counties.indexOf(Object.entries(input.caseNumbers).find(([, c]) => c === t.caseNumber)?.[0] ?? '');
    errors.push({ field: `caseNumbers.${i}.caseNumber`, message: msg('behovsmelding.caseNumberTaken', { caseNumber: t.caseNumber }) });
  }
  if (errors.length) throw validationError(errors);
}
