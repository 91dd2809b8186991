// The version an edit starts from (optimistic concurrency). Versions are PostgreSQL integers: a number beyond them
// is not a version anyone has, and must be refused here rather than by the database (which would be a 500).
import { z } from 'zod';

const MAX_VERSION = 2_147_483_647;

export const zExpectedVersion = z
  .number({ error: 'Mangler versjon' })
  .int({ message: 'Ugyldig versjon' })
  .positive({ message: 'Ugyldig versjon' })
  .max(MAX_VERSION, { message: 'Ugyldig versjon' });

/** A field's version before a save: 0 when it has never been saved. */
export const zBaseVersion = z.number({ error: 'Mangler versjon' }).int({ message: 'Ugyldig versjon' }).min(0, { message: 'Ugyldig versjon' }).max(MAX_VERSION, { message: 'Ugyldig versjon' });
