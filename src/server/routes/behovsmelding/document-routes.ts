// Downloads and uploads: exports of an application and of a round, and attachments (multipart upload).
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../../app.ts';
import { fileStoreFor } from '../../../db/file-store.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { systemClock } from '../../../domain/behovsmelding/clock.ts';
import { MAX_ATTACHMENT_BYTES } from '../../../domain/behovsmelding/attachment-type.ts';
import { AppError } from '../../../domain/shared/app-error.ts';
import { addAttachment } from '../../../usecases/behovsmelding/add-attachment.ts';
import { deleteAttachment } from '../../../usecases/behovsmelding/delete-attachment.ts';
import { exportApplication } from '../../../usecases/behovsmelding/export-application.ts';
import { exportRound } from '../../../usecases/behovsmelding/export-round.ts';
import { getAttachment } from '../../../usecases/behovsmelding/get-attachment.ts';
import { requireActor } from '../../plugins/session.ts';

/** RFC 6266: an ASCII fallback and the UTF-8 name (æøå in file names). */
export function sendFile(reply: FastifyReply, file: { filename: string; contentType: string; data: Buffer }, disposition: 'attachment' | 'inline' = 'attachment') {
  const ascii = file.filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .send(file.data);
}

export async function registerDocumentRoutes(app: FastifyInstance, deps: AppDeps) {
  const { db, config } = deps;
  const clock = deps.clock ?? systemClock;
  const files = (tx: DbOrTx) => fileStoreFor({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, db: tx });
  // One file per request, at most the attachment limit (+1 byte, so "too large" is told from "exactly the limit").
  await app.register(multipart, { limits: { files: 1, fileSize: MAX_ATTACHMENT_BYTES + 1, fields: 5 } });

  app.get<{ Params: { id: string; format: string }; Querystring: { utkast?: string } }>('/api/behovsmelding/applications/:id/export.:format', async (request, reply) =>
    sendFile(reply, await exportApplication({ db, clock, actor: requireActor(request), id: request.params.id, format: request.params.format, draft: request.query.utkast === '1' })),
  );
  app.get<{ Params: { id: string; format: string } }>('/api/behovsmelding/rounds/:id/export.:format', async (request, reply) =>
    sendFile(reply, await exportRound({ db, clock, files, actor: requireActor(request), roundId: request.params.id, format: request.params.format })),
  );
  app.post<{ Params: { id: string } }>('/api/behovsmelding/applications/:id/attachments', async (request, reply) => {
    const actor = requireActor(request);
    if (!request.isMultipart()) throw new AppError('VALIDATION', 'Velg en fil å laste opp', { fieldErrors: [{ field: 'file', message: 'Velg en fil å laste opp' }] });
    const part = await request.file();
    if (!part) throw new AppError('VALIDATION', 'Velg en fil å laste opp', { fieldErrors: [{ field: 'file', message: 'Velg en fil å laste opp' }] });
    const data = await part.toBuffer().catch((error: { code?: string }) => {
      if (error.code === 'FST_REQ_FILE_TOO_LARGE') return null;
      throw error;
    });
    const attachment = await addAttachment({
      db,
      clock,
      files,
      actor,
      id: request.params.id,
      upload: { filename: part.filename, data: data ?? Buffer.alloc(0), truncated: data === null || part.file.truncated },
    });
    return reply.status(201).send({ attachment });
  });
  app.get<{ Params: { id: string; attachmentId: string } }>('/api/behovsmelding/applications/:id/attachments/:attachmentId', async (request, reply) =>
    sendFile(reply, await getAttachment({ db, clock, files, actor: requireActor(request), id: request.params.id, attachmentId: request.params.attachmentId })),
  );
  app.delete<{ Params: { id: string; attachmentId: string } }>('/api/behovsmelding/applications/:id/attachments/:attachmentId', async (request, reply) => {
    await deleteAttachment({ db, clock, actor: requireActor(request), id: request.params.id, attachmentId: request.params.attachmentId });
    return reply.status(204).send();
  });
}
