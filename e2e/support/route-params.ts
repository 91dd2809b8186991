// Fills the path parameters of the router's pages with ids from the seeded demo data.
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../src/db/client.ts';
import { behovsmelding, behovsmeldingRound, forumAgendaItem, forumMeeting, klage, organisation, partnership, paymentBatch, person, questionnaireResponse, region, unusedFunds, vedtak } from '../../src/db/schema/index.ts';
import type { ParamKind } from '../../src/web/route-meta.ts';

export async function seededParams(db: Db): Promise<Record<ParamKind, string>> {
  const [org] = await db.select().from(organisation).where(eq(organisation.name, 'Harstad kommune'));
  const [p] = await db.select().from(person).where(eq(person.email, 'ola.koordinator@example.org'));
  const [r] = await db.select().from(region).where(eq(region.name, 'Sør-Troms'));
  const [ps] = await db.select().from(partnership).where(eq(partnership.name, 'Kompetanseløftet Sør-Troms og Evenes'));
  const [round] = await db.select().from(behovsmeldingRound).where(eq(behovsmeldingRound.title, 'Behovsmeldinger 2024 – Kompetanseløftet for spesialpedagogikk og inkluderende praksis'));
  // Nord-Troms' application is returned for correction: the form pages show it editable, with the office's message.
  const [nordTroms] = await db.select().from(partnership).where(eq(partnership.name, 'Kompetanseløftet Nord-Troms'));
  const [application] = await db.select().from(behovsmelding).where(eq(behovsmelding.partnershipId, nordTroms!.id));
  // The demo seed's co-edited response (src/seed/demo-questionnaire.ts), begun by Ola.
  const [response] = await db.select().from(questionnaireResponse).where(eq(questionnaireResponse.subject, 'Harstad kommune, barnehagene'));
  // An application item of the demo's forum (src/seed/demo-forum/); without one, an id no item has, so the item
  // page is walked in its "not found" state rather than not at all.
  const [item] = await db
    .select({ id: forumAgendaItem.id })
    .from(forumAgendaItem)
    .where(eq(forumAgendaItem.kind, 'application'))
    .orderBy(forumAgendaItem.title)
    .limit(1);
  // The demo's latest forum meeting (its agenda, recusal and notice), the same fallback as the item's.
  const [meeting] = await db.select({ id: forumMeeting.id }).from(forumMeeting).orderBy(desc(forumMeeting.startsAtLocal)).limit(1);
  // A decision of the demo's decided round (src/seed/demo-tilsagn/), the one a klage was registered against if any,
  // and that klage; the same fallback as the item's.
  const [k] = await db.select({ id: klage.id, vedtakId: klage.vedtakId }).from(klage).limit(1);
  const [v] = k ? [{ id: k.vedtakId }] : await db.select({ id: vedtak.id }).from(vedtak).limit(1);
  // A payment batch and an unused-funds case of the money demo (W5's seed), the same fallback as the item's.
  const [batch] = await db.select({ id: paymentBatch.id }).from(paymentBatch).orderBy(paymentBatch.createdAt).limit(1);
  const [unused] = await db.select({ id: unusedFunds.id }).from(unusedFunds).orderBy(unusedFunds.registeredAt).limit(1);
  return {
    organisation: org!.id,
    person: p!.id,
    region: r!.id,
    partnership: ps!.id,
    scheme: 'kompetanseloftet',
    round: round!.id,
    application: application!.id,
    questionnaire: 'kartlegging-demo',
    anonymousQuestionnaire: 'kartlegging-anonym',
    questionnaireResponse: response!.id,
    forumItem: item?.id ?? '00000000-0000-4000-8000-000000000000',
    forumMeeting: meeting?.id ?? '00000000-0000-4000-8000-000000000000',
    vedtak: v?.id ?? '00000000-0000-4000-8000-000000000000',
    klage: k?.id ?? '00000000-0000-4000-8000-000000000000',
    paymentBatch: batch?.id ?? '00000000-0000-4000-8000-000000000000',
    unusedFunds: unused?.id ?? '00000000-0000-4000-8000-000000000000',
  };
}

export function fillPath(path: string, params: Record<string, ParamKind> | undefined, values: Record<ParamKind, string>): string {
  return path.replace(/:(\w+)/g, (_m, name: string) => {
    const kind = params?.[name];
    if (!kind) throw new Error(`${path}: parameteren :${name} mangler type i pageRoutes`);
    return values[kind];
  });
}
