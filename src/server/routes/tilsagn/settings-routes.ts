// Thin HTTP layer over the tilsagn module's "settings" endpoints (src/domain/tilsagn/settings-contract.ts): the
// recipients' profiles and the office's letter settings.
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../app.ts';
import { settingsContract as c } from '../../../domain/tilsagn/settings-contract.ts';
import { getRecipientProfile } from '../../../usecases/tilsagn/get-recipient-profile.ts';
import { getTilsagnSettings } from '../../../usecases/tilsagn/get-tilsagn-settings.ts';
import { listRecipientProfiles } from '../../../usecases/tilsagn/list-recipient-profiles.ts';
import { updateRecipientProfile } from '../../../usecases/tilsagn/update-recipient-profile.ts';
import { updateTilsagnSettings } from '../../../usecases/tilsagn/update-tilsagn-settings.ts';
import { route } from '../../contract/route.ts';
import { requireActor } from '../../plugins/session.ts';

export function registerSettingsRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, clock } = deps;
  const ctx = (request: Parameters<typeof requireActor>[0]) => ({ db, clock, actor: requireActor(request) });

  route(app, c.listRecipientProfiles, async (request) => listRecipientProfiles({ ...ctx(request), officeId: request.params.officeId }));
  route(app, c.getRecipientProfile, async (request) => getRecipientProfile({ ...ctx(request), organisationId: request.params.id }));
  route(app, c.updateRecipientProfile, async (request) => updateRecipientProfile({ ...ctx(request), organisationId: request.params.id, input: request.body }));
  route(app, c.getTilsagnSettings, async (request) => getTilsagnSettings({ ...ctx(request), officeId: request.params.officeId }));
  route(app, c.updateTilsagnSettings, async (request) => updateTilsagnSettings({ ...ctx(request), officeId: request.params.officeId, input: request.body }));
}
