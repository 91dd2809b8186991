// `/behovsmeldinger/:id/vedlegg`: the attachments — upload and delete while the application can be edited,
// download always.
import { Button, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { ApiError } from '../../../api.ts';
import { behovsmeldingApi } from '../../../clients/behovsmelding.ts';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { TableScroll } from '../../../components/table-scroll.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import type { Attachment } from '../../../types/behovsmelding.ts';
import { ApplicationFrame } from './application-frame.tsx';
import { AttachmentUpload } from './attachment-upload.tsx';
import { formatFileSize } from './file-size.ts';
import { StepPager } from './step-pager.tsx';

const attachmentParams = (applicationId: string, a: Attachment) => ({ params: { id: applicationId, attachmentId: a.id } });

function Attachments({ applicationId, attachments, editable, reload }: { applicationId: string; attachments: Attachment[]; editable: boolean; reload: () => void }) {
  const t = useT();
  const [said, setSaid] = useState('');
  const [failure, setFailure] = useState<ApiError | null>(null);
  const remove = async (a: Attachment) => {
    setFailure(null);
    try {
      await behovsmeldingApi.deleteAttachment(attachmentParams(applicationId, a));
      setSaid(t('bm.attachments.deleted', { name: a.filename }));
      reload();
    } catch (e) {
      setFailure(e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', null));
    }
  };
  return (
    <>
      {editable && (
        <AttachmentUpload
          applicationId={applicationId}
          onUploaded={(a) => {
            setSaid(t('bm.attachments.uploaded', { name: a.filename }));
            reload();
          }}
        />
      )}
      <p role="status" className="ds-sr-only">
        {said}
      </p>
      {failure && <ApiErrorAlert error={failure} />}
      {attachments.length === 0 ? (
        <Paragraph>{t('bm.attachments.none')}</Paragraph>
      ) : (
        <TableScroll>
          <Table zebra className="kl-table" data-size="sm">
            <caption>{t('bm.attachments.caption', { count: attachments.length })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('bm.attachments.filename')}</Table.HeaderCell>
                <Table.HeaderCell>{t('bm.attachments.size')}</Table.HeaderCell>
                <Table.HeaderCell>{t('bm.attachments.uploadedBy')}</Table.HeaderCell>
                <Table.HeaderCell>{t('bm.attachments.uploadedAt')}</Table.HeaderCell>
                {editable && <Table.HeaderCell>{t('common.action')}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {attachments.map((a) => (
                <Table.Row key={a.id}>
                  <Table.Cell>
                    <Link href={behovsmeldingApi.getAttachment.url(attachmentParams(applicationId, a))} download={a.filename}>
                      {a.filename}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{formatFileSize(a.size)}</Table.Cell>
                  <Table.Cell>{a.uploadedByName}</Table.Cell>
                  <Table.Cell>{formatDateTime(a.uploadedAt)}</Table.Cell>
                  {editable && (
                    <Table.Cell>
                      <Button type="button" variant="tertiary" data-size="sm" onClick={() => void remove(a)} aria-label={t('bm.attachments.delete', { name: a.filename })}>
                        {t('bm.attachments.deleteShort')}
                      </Button>
                    </Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </>
  );
}

export function AttachmentsPage() {
  return (
    <ApplicationFrame title="page.bmAttachments" step="vedlegg">
      {({ application, editable, reload }) => (
        <>
          <Attachments applicationId={application.id} attachments={application.attachments} editable={editable} reload={reload} />
          <StepPager slug="vedlegg" />
        </>
      )}
    </ApplicationFrame>
  );
}
