// A case officer records the day the finance system paid an exported batch (issue 15, point 1): 'eksportert' →
// 'betalt' with the Oslo date, and — in the same transaction — a payment notice e-mail to each payee (issue 15,
// point 3), in its written standard. A payee's notice goes to its organisation's e-mail and, for the owners' share,
// to the coordinators of the partnerships it is paid for (as the behovsmelding receipt goes to the coordinator);
// a payee with neither gets none, and the audit row says so. Logs and audit carry ids, not addresses.
import { appendAudit } from '../../db/audit-repository.ts';
import { queueEmail } from '../../db/email-repository.ts';
import { listPaymentItems, payeeContacts, updatePaymentBatchIfUnchanged, type PaymentItemView } from '../../db/payment-batch-repository.ts';
import { assertCan } from '../../domain/access/policy.ts';
import { paymentNotice } from '../../domain/notify/payment-notice.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import { osloDateOf } from '../../domain/tilsagn/issue-letters.ts';
import { letterLanguage, recipientProfileOf, tilsagnSettingOf } from '../../domain/tilsagn/recipient.ts';
import { ZMarkPaymentBatchPaidInput } from '../../domain/utbetaling/batch-contract.ts';
import { asPaymentBatchState, nextPaymentBatchState, paidOnValid } from '../../domain/utbetaling/payment-batch.ts';
import { loadPaymentBatch } from '../../loaders/utbetaling/load-payment-batch.ts';
import { paymentBatchDetail, paymentBatchResource } from '../../views/utbetaling/payment-batch-view.ts';
import type { UseCaseContext } from '../context.ts';

/** `publicUrl`: the app's address (config.publicUrl), so the notice links to the partnership. */
export async function markPaymentBatchPaid({ db, actor, clock, batchId, input, publicUrl }: UseCaseContext & { batchId: string; input: unknown; publicUrl?: string }) {
  return db.transaction(async (tx) => {
    const { batch, round } = await loadPaymentBatch(tx, batchId, { lock: true });
    assertCan(actor, 'mark-paid', await paymentBatchResource(tx, batch));
    const body = parseInput(ZMarkPaymentBatchPaidInput, input);
    const state = nextPaymentBatchState(asPaymentBatchState(batch.state), 'mark-paid');
    const at = clock.now();
    const paidOnLocal = paidOnValid(body.paidOnLocal, osloDateOf(at));
    const saved = await updatePaymentBatchIfUnchanged(tx, {
      id: batch.id,
      fromState: batch.state,
      expectedVersion: body.expectedVersion,
      set: { state, paidOnLocal, paidMarkedByName: actor.name },
      at,
    });
    if (!saved) throw new AppError('CONFLICT', msg('utbetaling.batch.stale'));

    const items = await listPaymentItems(tx, [batch.id]);
    const byPayee = new Map<string, PaymentItemView[]>();
    for (const i of items) byPayee.set(i.recipientOrgId, [...(byPayee.get(i.recipientOrgId) ?? []), i]);
    const contacts = await payeeContacts(tx, round.officeId, [...byPayee.keys()], [...new Set(items.map((i) => i.partnershipId))]);
    const setting = tilsagnSettingOf(contacts.setting);
    const notices: { payeeOrgId: string; outboxIds: string[] }[] = [];
    for (const [orgId, own] of byPayee) {
      const org = contacts.orgs.find((o) => o.id === orgId);
      const partnershipIds = [...new Set(own.map((i) => i.partnershipId))];
      const to = new Set<string>();
      if (org?.email) to.add(org.email.toLowerCase());
      for (const p of new Set(own.filter((i) => i.recipient === 'owner').map((i) => i.partnershipId))) {
        const coordinator = contacts.coordinators.get(p);
        if (coordinator) to.add(coordinator);
      }
      const notice = paymentNotice({
        language: letterLanguage(recipientProfileOf(org?.profile), setting),
        officeName: round.officeName,
        payeeName: own[0]!.orgName,
        paidOnLocal,
        items: own.map((i) => ({ partnershipName: i.partnershipName, year: i.year, amountKr: i.amountKr, kontonr: i.kontonr, documentNumber: i.documentNumber })),
        link: `${publicUrl ?? ''}/partnerskap${partnershipIds.length === 1 ? `/${partnershipIds[0]}` : ''}`,
      });
      const outboxIds: string[] = [];
      for (const address of to) outboxIds.push((await queueEmail(tx, { to: address, ...notice })).id);
      notices.push({ payeeOrgId: orgId, outboxIds });
    }
    await appendAudit(tx, actor, { action: 'update', entityType: 'payment-batch', entityId: batch.id, before: { state: batch.state }, after: { state, paidOnLocal, notices } });
    return paymentBatchDetail(tx, actor, round, saved);
  });
}
