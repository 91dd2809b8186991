// Thin HTTP layer over the arkiv module's "journal" endpoints (src/domain/arkiv/journal-contract.ts).
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../app.ts';
import { journalContract as c } from '../../../domain/arkiv/journal-contract.ts';
import { exportArchiveZip } from '../../../usecases/arkiv/export-archive-zip.ts';
import { listJournalEntries } from '../../../usecases/arkiv/list-journal-entries.ts';
import { recordJournalpostNumber } from '../../../usecases/arkiv/record-journalpost-number.ts';
import { route } from '../../contract/route.ts';
import { requireActor } from '../../plugins/session.ts';
import { sendFile } from '../behovsmelding/document-routes.ts';

export function registerJournalRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, clock, config } = deps;
  route(app, c.listJournalEntries, async (request) => listJournalEntries({ db, clock, config, actor: requireActor(request), roundId: request.params.roundId }));
  route(app, c.exportArchiveZip, async (request, reply) =>
    sendFile(reply, await exportArchiveZip({ db, clock, config, actor: requireActor(request), roundId: request.params.roundId })),
  );
  route(app, c.recordJournalpostNumber, async (request) =>
    recordJournalpostNumber({ db, clock, config, actor: requireActor(request), kind: request.params.kind, id: request.params.id, input: request.body }),
  );
}
