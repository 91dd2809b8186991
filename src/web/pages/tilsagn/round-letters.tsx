// The round's issued decision letters (issue 14, point 3): document number (and the archive's journalpost number once
// recorded), addressee, language, whether each file is made, and the PDF and Word downloads — the Sámi copy's too.
// The job queue renders the letters after the issue, so while any is being made the list is asked again every two
// seconds, and "Alle brev er klare" is announced when the last is done. The case officers record the archive's
// number here (round-archive-form.tsx).
import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import type { RoundLetter } from '../../../domain/tilsagn/letters-contract.ts';
import type { TLetterLanguage } from '../../../domain/tilsagn/letter-input.ts';
import { tilsagnApi } from '../../clients/tilsagn.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { RoundArchiveForm } from './round-archive-form.tsx';
import { LANGUAGE_LABEL, LETTER_STATE_LABEL } from './round-labels.ts';
import { lettersRendering } from './round-values.ts';

const POLL_MS = 2000;

/** Each letter says what the actor may do with it (`allowed`): fetch its files, record the archive's number. */
export function RoundLetters({ roundId }: { roundId: string }) {
  const t = useT();
  const { announce } = useStatus();
  const { data, error, reload } = useCall(tilsagnApi.listRoundLetters, { params: { roundId } });
  const letters = data?.letters;
  const rendering = letters ? lettersRendering(letters) : false;
  // Announce only a change seen here (some were being made, now none are), never on a visit to finished letters.
  const wasRendering = useRef(false);
  useEffect(() => {
    if (!letters) return;
    if (rendering) {
      wasRendering.current = true;
      const timer = setTimeout(reload, POLL_MS);
      return () => clearTimeout(timer);
    }
    if (wasRendering.current) {
      wasRendering.current = false;
      if (letters.every((l) => l.files.every((f) => f.state === 'klar'))) announce(t('tilsagn.round.allReady'));
    }
  }, [letters, rendering, reload, announce, t]);
  return (
    <section aria-labelledby="round-letters" className="kl-section">
      <Heading level={2} data-size="sm" id="round-letters">
        {t('tilsagn.round.lettersHeading')}
      </Heading>
      {error && <ApiErrorAlert error={error} />}
      {!data && !error && <Loading />}
      {letters && letters.length === 0 && <Paragraph>{t('tilsagn.round.noLetters')}</Paragraph>}
      {rendering && <Paragraph>{t('tilsagn.round.rendering')}</Paragraph>}
      {letters && letters.length > 0 && (
        <>
          <LettersTable letters={letters} />
          {letters.some((l) => l.allowed.includes('record-archive-number')) && (
            <RoundArchiveForm letters={letters.filter((l) => l.allowed.includes('record-archive-number'))} onSaved={reload} />
          )}
        </>
      )}
    </section>
  );
}

function LettersTable({ letters }: { letters: RoundLetter[] }) {
  const t = useT();
  const language = (l: TLetterLanguage) => t(LANGUAGE_LABEL[l]);
  return (
    <TableScroll>
      <Table zebra className="kl-table">
        <caption>{t('tilsagn.round.lettersCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('tilsagn.round.col.document')}</Table.HeaderCell>
            <Table.HeaderCell>{t('tilsagn.round.col.addressee')}</Table.HeaderCell>
            <Table.HeaderCell>{t('tilsagn.round.col.kind')}</Table.HeaderCell>
            <Table.HeaderCell>{t('tilsagn.round.col.language')}</Table.HeaderCell>
            <Table.HeaderCell>{t('tilsagn.round.col.status')}</Table.HeaderCell>
            <Table.HeaderCell>{t('tilsagn.round.col.files')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {letters.map((l) => (
            <Table.Row key={l.vedtakId}>
              <Table.HeaderCell scope="row">
                {l.documentNumber}
                {l.archiveNumber && (
                  <>
                    <br />
                    <span className="kl-muted">{t('tilsagn.round.journalpost', { number: l.archiveNumber })}</span>
                  </>
                )}
              </Table.HeaderCell>
              <Table.Cell>
                {l.addresseeName}
                <br />
                <span className="kl-muted">{l.partnershipName}</span>
              </Table.Cell>
              <Table.Cell>{t(l.kind === 'avslag' ? 'tilsagn.round.kindAvslag' : 'tilsagn.round.kindTilsagn')}</Table.Cell>
              <Table.Cell>
                {l.samiLanguage ? t('tilsagn.round.withSami', { language: language(l.language), sami: language(l.samiLanguage) }) : language(l.language)}
              </Table.Cell>
              <Table.Cell>
                {l.files.map((f) => (
                  <div key={f.language}>
                    {l.files.length > 1 ? `${language(f.language)}: ` : ''}
                    {t(LETTER_STATE_LABEL[f.state])}
                  </div>
                ))}
              </Table.Cell>
              <Table.Cell>
                <Downloads letter={l} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

/** PDF and Word of each file that is made; the link's name holds the document number ("PDF 2026/12-3"), so a list
 * of links read alone still says which letter each is. */
function Downloads({ letter }: { letter: RoundLetter }) {
  const t = useT();
  const ready = letter.allowed.includes('read-letter') ? letter.files.filter((f) => f.state === 'klar') : [];
  return (
    <ul className="kl-link-list">
      {ready.flatMap((f) =>
        (['pdf', 'docx'] as const).map((format) => {
          const copy = f.language !== letter.language;
          const href = tilsagnApi.getVedtakLetter.url({ params: { id: letter.vedtakId, format }, query: copy ? { language: f.language } : {} });
          const name = format === 'pdf' ? 'PDF' : 'DOCX';
          return (
            <li key={`${f.language}-${format}`}>
              <Link href={href} download>
                {copy
                  ? t('tilsagn.round.downloadLanguage', { format: name, number: letter.documentNumber, language: t(LANGUAGE_LABEL[f.language]) })
                  : t('tilsagn.round.download', { format: name, number: letter.documentNumber })}
              </Link>
            </li>
          );
        }),
      )}
    </ul>
  );
}
