// The demo questionnaires: the survey of competence needs (reference-data/questionnaires/kartlegging-demo.json),
// published by the admin through the use case as it is (co-edited) and, from the same data, as an anonymous survey
// (`kartlegging-anonym`), so `npm start` can show both storages of the engine (ADR 020).
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { readReferenceJson } from '../db/reference-files.ts';
import { appUser } from '../db/schema/index.ts';
import { loadActor } from '../db/session-repository.ts';
import type { TCatalogueInput } from '../domain/questionnaire/catalogue.ts';
import { systemClock } from '../domain/shared/clock.ts';
import { publishQuestionnaire } from '../usecases/questionnaire/publish-questionnaire.ts';
import { saveResponseField } from '../usecases/questionnaire/save-response-field.ts';
import { startResponse } from '../usecases/questionnaire/start-response.ts';

export const DEMO_QUESTIONNAIRE_ID = 'kartlegging-demo';
export const DEMO_ANONYMOUS_QUESTIONNAIRE_ID = 'kartlegging-anonym';

/** The demo survey as data, and the same survey to be answered anonymously. */
export function demoQuestionnaires(): TCatalogueInput[] {
  const demo = readReferenceJson<TCatalogueInput>('questionnaires/kartlegging-demo.json');
  return [demo, { ...demo, id: DEMO_ANONYMOUS_QUESTIONNAIRE_ID, storage: 'anonymous' }];
}

async function actorByEmail(db: Db, email: string) {
  const [user] = await db.select().from(appUser).where(eq(appUser.email, email));
  const actor = user ? await loadActor(db, user.id) : null;
  if (!actor) throw new Error(`demo: no user ${email}`);
  return actor;
}

/** Both demo surveys, and a response begun by Ola (the Sør-Troms coordinator) with Ingrid (UiT) as editor. */
export async function seedDemoQuestionnaires(db: Db): Promise<void> {
  const admin = await actorByEmail(db, 'ada.admin@example.org');
  for (const input of demoQuestionnaires()) await publishQuestionnaire({ db, actor: admin, clock: systemClock, input });
  const ola = await actorByEmail(db, 'ola.koordinator@example.org');
  const ingrid = await actorByEmail(db, 'ingrid.uh@example.org');
  const response = await startResponse({
    db,
    actor: ola,
    clock: systemClock,
    input: { questionnaireId: DEMO_QUESTIONNAIRE_ID, subject: 'Harstad kommune, barnehagene', editors: ingrid.userId ? [ingrid.userId] : [] },
  });
  for (const [key, value] of Object.entries({ enhetNavn: 'Kanebogen barnehage', enhetType: 'barnehage' }))
    await saveResponseField({ db, actor: ola, clock: systemClock, id: response.id, key, input: { value, baseVersion: 0 } });
}
