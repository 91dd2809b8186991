// A one-shot anonymous answer: every answer at once, validated whole, stored as one row with the catalogue version,
// the answers that count and the day — through the anonymous storage, which takes nothing about who answered. No
// actor is asked for and none is written: no user id, session, IP or instant, and no audit row (an audit row would
// carry both the actor and the time, and so link the answer to a login). Invalid answers are refused (400, an error
// at each field) and nothing is written.
import { findQuestionnaire } from '../../db/questionnaire-repository.ts';
import { anonymousStorage } from '../../db/questionnaire-storage.ts';
import { ZAnonymousAnswer } from '../../domain/questionnaire/inputs.ts';
import { unknownAnswerKeys, validateResponse } from '../../domain/questionnaire/validate.ts';
import { AppError } from '../../domain/shared/app-error.ts';
import { msg } from '../../domain/shared/message-catalogs.ts';
import { parseInput, validationError } from '../../domain/shared/parse.ts';
import type { UseCaseContext } from '../context.ts';

export async function submitAnonymousAnswer({ db, clock, input }: Omit<UseCaseContext, 'actor'> & { input: unknown }) {
  const parsed = parseInput(ZAnonymousAnswer, input);
  return db.transaction(async (tx) => {
    const questionnaire = await findQuestionnaire(tx, parsed.questionnaireId, parsed.questionnaireVersion);
    if (!questionnaire) throw AppError.notFound(msg('questionnaire.notFound'));
    const catalogue = questionnaire.catalogue;
    if (catalogue.storage !== 'anonymous') throw new AppError('CONFLICT', msg('questionnaire.anonymous.isCoEdited'));

    const unknown = unknownAnswerKeys(catalogue, parsed.answers).map((key) => ({ field: key, message: msg('questionnaire.answer.unknownQuestion', { key: key.slice(0, 60) }) }));
    const validation = validateResponse(catalogue, parsed.answers);
    const errors = [...unknown, ...validation.issues.map((i) => ({ field: i.path, message: i.message }))];
    if (errors.length) throw validationError(errors);

    const { snapshot } = await anonymousStorage.storeSubmission(
      tx,
      { questionnaireId: questionnaire.id, questionnaireVersion: questionnaire.version, answers: validation.answers, at: clock.now() },
      null,
    );
    // No id is given back: a receipt that names the row would let whoever keeps it beside a login find the answer.
    return { questionnaireId: snapshot.questionnaireId, questionnaireVersion: snapshot.questionnaireVersion, submittedOn: snapshot.submittedOn };
  });
}
