// A use case reaching into HTTP or into the layers that call it.
import type { FastifyRequest } from 'fastify'; // ✗
import { requireActor } from '../../server/plugins/session.ts'; // ✗
import { t } from '../../web/i18n/index.ts'; // ✗
import { seedDemoData } from '../../seed/demo-seed.ts'; // ✗

export function example(request: FastifyRequest) {
  return [requireActor(request), t, seedDemoData];
}
