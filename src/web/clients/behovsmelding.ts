// The behovsmelding module's client: rounds, extensions, applications, fields, submissions, attachments, exports.
import { applicationContract, type Attachment } from '../../domain/behovsmelding/application-contract.ts';
import { behovsmeldingContract } from '../../domain/behovsmelding/contract.ts';
import type { ResponseOf } from '../../domain/shared/endpoint.ts';
import { api } from '../api.ts';
import { client } from './client.ts';

export const behovsmeldingApi = client(behovsmeldingContract);

/** Uploads one attachment. The body is multipart (the file in the field `file`), not JSON, so the endpoint has no
 * body schema and this sends the form itself, to the endpoint's URL and typed by its answer. */
export async function uploadAttachment(applicationId: string, file: File): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file);
  const url = behovsmeldingApi.uploadAttachment.url({ params: { id: applicationId } });
  const { attachment } = await api.upload<ResponseOf<typeof applicationContract.uploadAttachment>>(url, form);
  return attachment;
}
