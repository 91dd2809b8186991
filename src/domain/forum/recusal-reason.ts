// The reason the system gives with a proposed recusal, in Bokmål: the minutes (innstilling) print it as it stands.
// Apart from recusal.ts, which the browser loads for its schemas: rendering needs every module's message catalogs,
// which only the server has (message-catalogs.ts; ADR 025 addendum).
import { msg, renderNb } from '../shared/message-catalogs.ts';
import type { TProposedRecusal } from './recusal.ts';

/** The reason stored with a proposed recusal: who takes part in the application, and as what. */
export function proposedReason(p: TProposedRecusal): string {
  const roles = p.roles.map((r) => renderNb(msg(`forum.recusal.role.${r}`)));
  const list = roles.length > 1 ? `${roles.slice(0, -1).join(', ')} ${renderNb(msg('forum.recusal.and'))} ${roles.at(-1)}` : roles[0]!;
  return p.viaHostOf
    ? renderNb(msg('forum.recusal.proposedViaHost', { organisation: p.organisationName, rsk: p.viaHostOf, roles: list }))
    : renderNb(msg('forum.recusal.proposed', { organisation: p.organisationName, roles: list }));
}
