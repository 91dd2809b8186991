// Access matrix, part two (src/server/access-matrix.test.ts explains the matrix): organisations, partnerships,
// reference data, behovsmeldinger and questionnaires.
import { behovsmeldingCases } from './access-matrix/cases-behovsmelding.ts';
import { orgCases } from './access-matrix/cases-org.ts';
import { partnershipCases } from './access-matrix/cases-partnership.ts';
import { questionnaireCases } from './access-matrix/cases-questionnaire.ts';
import { referenceCases } from './access-matrix/cases-reference.ts';
import { describeMatrix } from './access-matrix/run-matrix.ts';

describeMatrix([...orgCases, ...partnershipCases, ...referenceCases, ...behovsmeldingCases, ...questionnaireCases]);
