// `/arkiv/utlysninger/:roundId` (issue 15, point 4; docs/archive.md): a round's documents as the office journalfører
// them in its Noark 5 archive — each entry's document number, type I/U/N, title, parties, dates, case officer,
// screening and files — the archive package (ZIP) to hand over, and per entry the journalpost number the archive
// returned. What is offered comes from the server's `allowed` (the round's for the package, each entry's for its
// number): the page never guesses from roles.
import { Button, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { z } from 'zod';
import { ZJournalpostNumberInput, type TJournalEntryAnswer } from '../../../domain/arkiv/journal-contract.ts';
import { arkivApi } from '../../clients/arkiv.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { RowLink } from '../../components/list-table.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { TextField } from '../../forms/fields.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { useCall } from '../../hooks/use-call.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { entryNames, journalpostBody, localDate, partyText, screeningText } from './round-values.ts';

type Body = z.input<typeof ZJournalpostNumberInput>;
const TYPE_LABEL = { I: 'arkiv.type.I', U: 'arkiv.type.U', N: 'arkiv.type.N' } as const;
const keyOf = (e: Pick<TJournalEntryAnswer, 'kind' | 'id'>) => `${e.kind}:${e.id}`;

export function ArkivRoundPage() {
  const t = useT();
  const { roundId = '' } = useParams();
  const { data, error } = useCall(arkivApi.listJournalEntries, { params: { roundId } });
  return (
    <Page
      title={t('page.arkivRound')}
      lead={data && <Paragraph>{t('arkiv.round.lead', { round: data.roundTitle, year: String(data.year), office: data.officeName })}</Paragraph>}
    >
      {error && <ApiErrorAlert error={error} />}
      {!data && !error && <Loading />}
      {data && (
        <>
          <Paragraph>{t('arkiv.round.intro')}</Paragraph>
          <Paragraph>
            <RowLink to={`/tilsagn/utlysninger/${data.roundId}`}>{t('arkiv.round.tilsagnLink')}</RowLink>
          </Paragraph>
          {data.allowed.includes('export') && <ExportPackage roundId={data.roundId} />}
          <Entries key={data.roundId} roundTitle={data.roundTitle} initial={data.entries} />
        </>
      )}
    </Page>
  );
}

function ExportPackage({ roundId }: { roundId: string }) {
  const t = useT();
  return (
    <section aria-labelledby="arkiv-export" className="kl-section">
      <Heading level={2} data-size="sm" id="arkiv-export">
        {t('arkiv.round.exportHeading')}
      </Heading>
      <Paragraph>{t('arkiv.round.exportNote')}</Paragraph>
      <Paragraph>
        <Link href={arkivApi.exportArchiveZip.url({ params: { roundId } })} download>
          {t('arkiv.round.exportLink')}
        </Link>
      </Paragraph>
    </section>
  );
}

function Entries({ roundTitle, initial }: { roundTitle: string; initial: TJournalEntryAnswer[] }) {
  const t = useT();
  // A saved number comes back as the entry: replaced in place, so the other rows' typing is kept.
  const [entries, setEntries] = useState(initial);
  const saved = (next: TJournalEntryAnswer) => setEntries((list) => list.map((e) => (keyOf(e) === keyOf(next) ? next : e)));
  const party = (p: NonNullable<TJournalEntryAnswer['avsender']>) => partyText(p, (orgnr) => t('arkiv.round.orgnr', { orgnr }));
  const names = entryNames(entries, (number) => t('arkiv.round.caseOf', { number }));
  return (
    <section aria-labelledby="arkiv-entries" className="kl-section">
      <Heading level={2} data-size="sm" id="arkiv-entries">
        {t('arkiv.round.entriesHeading')}
      </Heading>
      {entries.length === 0 ? (
        <Paragraph>{t('arkiv.round.none')}</Paragraph>
      ) : (
        <TableScroll>
          <Table zebra className="kl-table">
            <caption>{t('arkiv.round.entriesCaption', { round: roundTitle })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('arkiv.col.document')}</Table.HeaderCell>
                <Table.HeaderCell>{t('arkiv.col.type')}</Table.HeaderCell>
                <Table.HeaderCell>{t('arkiv.col.title')}</Table.HeaderCell>
                <Table.HeaderCell>{t('arkiv.col.parties')}</Table.HeaderCell>
                <Table.HeaderCell>{t('arkiv.col.date')}</Table.HeaderCell>
                <Table.HeaderCell>{t('arkiv.col.officer')}</Table.HeaderCell>
                <Table.HeaderCell>{t('arkiv.col.screening')}</Table.HeaderCell>
                <Table.HeaderCell>{t('arkiv.col.files')}</Table.HeaderCell>
                <Table.HeaderCell>{t('arkiv.col.journalpost')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {entries.map((e, i) => (
                <Table.Row key={keyOf(e)}>
                  <Table.HeaderCell scope="row">
                    {e.dokumentnummer ?? t('arkiv.round.noDocumentNumber')}
                    {e.saksnummer && (
                      <>
                        <br />
                        <span className="kl-muted">{t('arkiv.round.caseNumber', { number: e.saksnummer })}</span>
                      </>
                    )}
                  </Table.HeaderCell>
                  <Table.Cell>{t(TYPE_LABEL[e.journalposttype])}</Table.Cell>
                  <Table.Cell>
                    {e.tittel}
                    {e.gjelderDokumentnummer && (
                      <>
                        <br />
                        <span className="kl-muted">{t('arkiv.round.regarding', { number: e.gjelderDokumentnummer })}</span>
                      </>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    {e.avsender && <div>{t('arkiv.round.from', { party: party(e.avsender) })}</div>}
                    {e.mottaker && <div>{t('arkiv.round.to', { party: party(e.mottaker) })}</div>}
                  </Table.Cell>
                  <Table.Cell>
                    {localDate(e.dokumentdato)}
                    {e.journaldato !== e.dokumentdato && (
                      <>
                        <br />
                        <span className="kl-muted">{t('arkiv.round.journalDate', { date: localDate(e.journaldato) })}</span>
                      </>
                    )}
                  </Table.Cell>
                  <Table.Cell>{e.saksbehandler ?? '–'}</Table.Cell>
                  <Table.Cell>{screeningText(e) || t('arkiv.round.open')}</Table.Cell>
                  <Table.Cell>
                    <ul className="kl-link-list">
                      {e.files.map((f) => (
                        <li key={f.filnavn}>
                          {f.filnavn}
                          {f.tilknyttetRegistreringSom === 'Vedlegg' && ` (${t('arkiv.file.attachment')})`}{' '}
                          {f.mangler && (
                            <Tag data-color="warning" data-size="sm">
                              {t('arkiv.file.missing')}
                            </Tag>
                          )}
                        </li>
                      ))}
                    </ul>
                  </Table.Cell>
                  <Table.Cell>
                    {e.allowed.includes('record-number') ? <JournalpostForm entry={e} name={names.get(keyOf(e)) ?? e.tittel} index={i} onSaved={saved} /> : (e.journalpostnummer ?? t('arkiv.round.noNumber'))}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}

/** The archive's number for one entry (PUT …/entries/:kind/:id/journalpost); an empty field removes it. The label
 * names the document, so each row's field and button say which entry they are for. */
function JournalpostForm({ entry, name, index, onSaved }: { entry: TJournalEntryAnswer; name: string; index: number; onSaved: (entry: TJournalEntryAnswer) => void }) {
  const t = useT();
  const { announce } = useStatus();
  const prefix = `journalpost-${index}`;
  const form = useForm<{ journalpostnummer: string }, Body, z.output<typeof ZJournalpostNumberInput>>({
    initial: { journalpostnummer: entry.journalpostnummer ?? '' },
    toBody: (v) => journalpostBody(v.journalpostnummer),
    schema: ZJournalpostNumberInput,
    fieldPrefix: prefix,
    onSubmit: async (body) => {
      const next = await arkivApi.recordJournalpostNumber({ params: { kind: entry.kind, id: entry.id }, body });
      onSaved(next);
      form.set('journalpostnummer', next.journalpostnummer ?? '');
      announce(t(next.journalpostnummer ? 'arkiv.round.numberSaved' : 'arkiv.round.numberRemoved', { document: name }));
    },
  });
  return (
    <FormFrame form={form} label={t('arkiv.round.numberLabel', { document: name })}>
      <TextField
        name={`${prefix}.journalpostnummer`}
        label={t('arkiv.round.numberLabel', { document: name })}
        value={form.values.journalpostnummer}
        error={form.errorFor(`${prefix}.journalpostnummer`)}
        onChange={(v) => form.set('journalpostnummer', v)}
        autoComplete="off"
      />
      <div className="kl-actions">
        <Button type="submit" variant="secondary" data-size="sm" loading={form.submitting} aria-disabled={form.submitting || undefined}>
          {t('arkiv.round.numberSave')}
          <span className="ds-sr-only"> {t('arkiv.round.numberSaveFor', { document: name })}</span>
        </Button>
      </div>
    </FormFrame>
  );
}
