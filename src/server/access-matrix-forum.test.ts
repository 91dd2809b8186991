// Access matrix, part three (src/server/access-matrix.test.ts explains the matrix): the samarbeidsforum.
import { forumCases } from './access-matrix/cases-forum.ts';
import { describeMatrix } from './access-matrix/run-matrix.ts';

describeMatrix(forumCases);
