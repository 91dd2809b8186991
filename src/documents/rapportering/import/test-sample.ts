// The fictional sample printout and its structured truth, copied from ../shared/reference/samples/ into the
// repository's reference-data/samples/ (the demo imports the same printout, and a fresh clone has no ../shared).
import fs from 'node:fs';
import path from 'node:path';
import { ZInternRapport } from '../../../domain/rapportering/intern-rapport.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../../../reference-data/samples');
export const SAMPLE = fs.readFileSync(path.join(FIXTURES, 'intern-rapport-eksempel.txt'), 'utf8');
export const EXPECTED = ZInternRapport.parse(JSON.parse(fs.readFileSync(path.join(FIXTURES, 'intern-rapport-eksempel.expected.json'), 'utf8')));
