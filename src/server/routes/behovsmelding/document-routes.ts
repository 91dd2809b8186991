// Downloads and uploads: exports of an application and of a round, and attachments (multipart upload). Malformed
// multipart is the sender's fault, never ours: the parser's errors become a 400 with a Norwegian message before the
// use case runs, so nothing is written (issue 8, finding 5). Shapes in src/domain/behovsmelding/*-contract.ts: the
// files are answers of their own (`response: null`), sent here.
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RouteDeps } from '../../app.ts';
import { fileStoreFor } from '../../../db/file-store.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { applicationContract } from '../../../domain/behovsmelding/application-contract.ts';
import { MAX_ATTACHMENT_BYTES } from '../../../domain/behovsmelding/attachment-type.ts';
import { roundContract } from '../../../domain/behovsmelding/round-contract.ts';
import { AppError } from '../../../domain/shared/app-error.ts';
import { msg } from '../../../domain/shared/message-catalogs.ts';
import { addAttachment } from '../../../usecases/behovsmelding/add-attachment.ts';
import { deleteAttachment } from '../../../usecases/behovsmelding/delete-attachment.ts';
import { exportApplication } from '../../../usecases/behovsmelding/export-application.ts';
import { exportDraftPdf } from '../../../usecases/behovsmelding/export-draft-pdf.ts';
import { exportRound } from '../../../usecases/behovsmelding/export-round.ts';
import { getAttachment } from '../../../usecases/behovsmelding/get-attachment.ts';
import { route } from '../../contract/route.ts';
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

const uploadError = (message: string) => new AppError('VALIDATION', message, { fieldErrors: [{ field: 'file', message }] });

// @fastify/multipart's limit errors are 413s and busboy's own (no boundary, body cut off, bad part headers) have no
// status at all; every one of them means the request itself is malformed.
const MULTIPART_MESSAGES: Record<string, string> = {
  FST_FILES_LIMIT: msg('behovsmelding.upload.oneFile'),
  FST_FIELDS_LIMIT: msg('behovsmelding.upload.tooManyFields'),
  FST_PARTS_LIMIT: msg('behovsmelding.upload.tooManyFields'),
};
const UNREADABLE_UPLOAD = msg('behovsmelding.upload.unreadable');

/**
 * The one file of an upload, after the whole request is read (so a second file or too many fields is seen). A file
 * over the size limit comes back `truncated`: the use case says "too large" after checking access.
 */
async function readUpload(request: FastifyRequest): Promise<{ filename: string; data: Buffer; truncated: boolean }> {
  if (!request.isMultipart()) throw uploadError(msg('behovsmelding.upload.chooseFile'));
  let upload: { filename: string; data: Buffer; truncated: boolean } | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type !== 'file') continue;
      const data = await part.toBuffer().catch((error: { code?: string }) => {
        if (error.code === 'FST_REQ_FILE_TOO_LARGE') return null;
        throw error;
      });
      if (data === null) return { filename: part.filename, data: Buffer.alloc(0), truncated: true };
      upload = { filename: part.filename, data, truncated: part.file.truncated };
    }
  } catch (error) {
    throw uploadError(MULTIPART_MESSAGES[(error as { code?: string }).code ?? ''] ?? UNREADABLE_UPLOAD);
  }
  if (!upload) throw uploadError(msg('behovsmelding.upload.chooseFile'));
  return upload;
}

export async function registerDocumentRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, config, clock } = deps;
  const files = (tx: DbOrTx) => fileStoreFor({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, db: tx });
  // One file per request, at most the attachment limit (+1 byte, so "too large" is told from "exactly the limit"); a
  // few small fields at most (the form sends none), so a request cannot make the parser hold much.
  await app.register(multipart, { limits: { files: 1, fileSize: MAX_ATTACHMENT_BYTES + 1, fields: 5, parts: 6, fieldSize: 1024, headerPairs: 20 } });

  route(app, applicationContract.exportApplication, async (request, reply) => {
    const actor = requireActor(request);
    const draft = request.query.utkast === '1';
    // The draft as PDF, marked UTKAST, is rendered anew each time (issue 12, point 7); the rest as before.
    if (draft && request.params.format === 'pdf') return sendFile(reply, await exportDraftPdf({ db, clock, actor, id: request.params.id }));
    return sendFile(reply, await exportApplication({ db, clock, files, actor, id: request.params.id, format: request.params.format, draft }));
  });
  route(app, roundContract.exportRound, async (request, reply) =>
    sendFile(reply, await exportRound({ db, clock, files, actor: requireActor(request), roundId: request.params.id, format: request.params.format })),
  );
  // The body is multipart (the file), not JSON: read here, so the contract has no body schema.
  route(app, applicationContract.uploadAttachment, async (request) => {
    const actor = requireActor(request);
    const upload = await readUpload(request);
    return { attachment: await addAttachment({ db, clock, files, actor, id: request.params.id, upload }) };
  });
  route(app, applicationContract.getAttachment, async (request, reply) =>
    sendFile(reply, await getAttachment({ db, clock, files, actor: requireActor(request), id: request.params.id, attachmentId: request.params.attachmentId })),
  );
  route(app, applicationContract.deleteAttachment, async (request, reply) => {
    await deleteAttachment({ db, clock, actor: requireActor(request), id: request.params.id, attachmentId: request.params.attachmentId });
    return reply.status(204).send();
  });
}
