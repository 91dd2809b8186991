// Behovsmelding use cases also need the clock (deadlines; tests set it) and, for attachments, the file store.
import type { FileStore } from '../../db/file-store.ts';
import type { Clock } from '../../domain/behovsmelding/clock.ts';
import type { UseCaseContext } from '../shared/context.ts';

export type BehovsmeldingContext = UseCaseContext & { clock: Clock };
export type AttachmentContext = BehovsmeldingContext & { files: FileStore };
