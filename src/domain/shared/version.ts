// The version an edit starts from (optimistic concurrency). Versions are PostgreSQL integers: a number beyond them
// is not a version anyone has, and must be refused here rather than by the database (which would be a 500).
import { z } from 'zod';
import { msg } from './message-keys.ts';

const MAX_VERSION = 2_147_483_647;

export const zExpectedVersion = z
  .number({ error: msg('shared.versionMissing') })
  .int({ message: msg('shared.versionInvalid') })
  .positive({ message: msg('shared.versionInvalid') })
  .max(MAX_VERSION, { message: msg('shared.versionInvalid') });

/** A field's version before a save: 0 when it has never been saved. */
export const zBaseVersion = z
  .number({ error: msg('shared.versionMissing') })
  .int({ message: msg('shared.versionInvalid') })
  .min(0, { message: msg('shared.versionInvalid') })
  .max(MAX_VERSION, { message: msg('shared.versionInvalid') });
