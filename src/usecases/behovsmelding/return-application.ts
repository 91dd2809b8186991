// The office returns a submitted application for correction with a message: editing reopens, the submitted
// snapshot and the field history stay, and the contact person is told by e-mail.
import { appendAudit } from '../../db/audit-repository.ts';
import { queueEmail } from '../../db/email-repository.ts';
import { markApplicationReturned } from '../../db/behovsmelding-application-repository.ts';
import { findField } from '../../db/behovsmelding-field-repository.ts';
import { ZReturnInput } from '../../domain/behovsmelding/round.ts';
import { ZEmail } from '../../domain/shared/fields.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput } from '../../domain/shared/parse.ts';
import type { UseCaseContext } from '../context.ts';
import { loadApplication } from '../../loaders/behovsmelding/load-application.ts';
import { applicationView } from '../../views/behovsmelding/application-view.ts';

export async function returnApplication({ db, actor, clock, id, input }: UseCaseContext & { id: string; input: unknown }) {
  const { message } = parseInput(ZReturnInput, input);
  return db.transaction(async (tx) => {
    const loaded = await loadApplication(tx, actor, id, 'return', 'update');
    const { app, round, partnership } = loaded;
    if (app.status !== 'sendt') throw new AppError('CONFLICT', msg('behovsmelding.onlySubmittedCanBeReturned'));
    const now = clock.now();
    await markApplicationReturned(tx, { id: app.id, message, returnedAt: now, returnedByName: actor.name });
    const contact = ZEmail.safeParse((await findField(tx, app.id, 's4.kontaktEpost'))?.value);
    if (contact.success)
      await queueEmail(tx, {
        to: contact.data,
        subject: `Behovsmelding ${app.documentNumber ?? ''} er returnert for retting`.replace('  ', ' '),
        text: `${round.officeName} har returnert behovsmeldingen fra ${partnership.name} for retting.\n\nMelding fra ${actor.name}:\n${message}\n\nRett behovsmeldingen i Kompetanseløft og send den inn på nytt.`,
      });
    await appendAudit(tx, actor, { action: 'return', entityType: 'behovsmelding', entityId: app.id, before: { status: app.status }, after: { status: 'returnert', message } });
    return applicationView(tx, actor, await loadApplication(tx, actor, id, 'read'), clock);
  });
}
