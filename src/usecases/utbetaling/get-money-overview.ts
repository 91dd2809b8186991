// The office's money per year (issue 15, point 2): what is reserved, decided, accepted, paid, held over, offset,
// claimed and received, for one scheme or all the office's schemes together. For the office's case officers,
// budsjettdisponenter and readers (the utbetaling resource's `read`); the forum and the partnerships see none of it.
import { listOfficeSchemeIds, listOverviewFacts } from '../../db/money-overview-repository.ts';
import { listOffices, listSchemes } from '../../db/reference-repository.ts';
import { allowedVerbs, assertCan } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { moneyOverview } from '../../domain/utbetaling/money-overview.ts';
import { ZMoneyOverviewQuery, type MoneyOverview } from '../../domain/utbetaling/overview-contract.ts';
import type { UseCaseContext } from '../context.ts';

export async function getMoneyOverview({ db, actor, query }: Omit<UseCaseContext, 'clock'> & { query: unknown }): Promise<MoneyOverview> {
  const q = parseInput(ZMoneyOverviewQuery, query ?? {});
  const resource = { type: 'utbetaling', officeId: q.embete } as const;
  assertCan(actor, 'read', resource);
  // Sequential: `db` may be a transaction (one connection).
  const office = (await listOffices(db)).find((o) => o.id === q.embete);
  if (!office) throw AppError.notFound(msg('utbetaling.overview.officeNotFound'));
  const schemeIds = await listOfficeSchemeIds(db, office.id);
  const schemes = (await listSchemes(db)).filter((s) => schemeIds.includes(s.id)).map((s) => ({ id: s.id, name: s.name.nb }));
  // A scheme the office has no round of has no money here: shown as every scheme rather than refused.
  const schemeId = q.ordning && schemeIds.includes(q.ordning) ? q.ordning : null;
  const { years, total } = moneyOverview(await listOverviewFacts(db, { officeId: office.id, schemeId }));
  return { officeId: office.id, officeName: office.name, schemeId, schemes, allowed: allowedVerbs(actor, resource), accountChangesAllowed: allowedVerbs(actor, { type: 'account-change', officeId: office.id }), years, total };
}
