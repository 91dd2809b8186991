// Downloads of a behovsmelding: the latest submission as PDF, Word and JSON; the draft as PDF (marked UTKAST) and JSON.
import { Link } from '@digdir/designsystemet-react';
import { behovsmeldingApi } from '../../../clients/behovsmelding.ts';
import { useT } from '../../../i18n/i18n-context.tsx';

export function exportUrl(id: string, format: 'pdf' | 'docx' | 'json', draft = false): string {
  return behovsmeldingApi.exportApplication.url({ params: { id, format }, query: draft ? { utkast: '1' } : {} });
}

export function ExportLinks({ id, submitted }: { id: string; submitted: boolean }) {
  const t = useT();
  return (
    <ul className="kl-link-list">
      {submitted && (
        <>
          <li>
            <Link href={exportUrl(id, 'pdf')} download>
              {t('bm.export.pdf')}
            </Link>
          </li>
          <li>
            <Link href={exportUrl(id, 'docx')} download>
              {t('bm.export.docx')}
            </Link>
          </li>
          <li>
            <Link href={exportUrl(id, 'json')} download>
              {t('bm.export.json')}
            </Link>
          </li>
        </>
      )}
      <li>
        <Link href={exportUrl(id, 'pdf', true)} download>
          {t('bm.export.draftPdf')}
        </Link>
      </li>
      <li>
        <Link href={exportUrl(id, 'json', true)} download>
          {t('bm.export.draftJson')}
        </Link>
      </li>
    </ul>
  );
}
