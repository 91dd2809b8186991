// A loader reaching up into a use case and the server, and around the repositories into the tables.
import { getRound } from '../../usecases/behovsmelding/get-round.ts'; // ✗
import { buildApp } from '../../server/app.ts'; // ✗
import { eq } from 'drizzle-orm'; // ✗
import { person } from '../../db/schema/index.ts'; // ✗

export const used = [getRound, buildApp, eq, person];
