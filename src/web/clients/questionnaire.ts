// The questionnaire module's client: published catalogues, co-edited responses and the anonymous answer.
import { questionnaireContract } from '../../domain/questionnaire/contract.ts';
import { client } from './client.ts';

export const questionnaireApi = client(questionnaireContract);
