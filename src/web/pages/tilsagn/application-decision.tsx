// The "Vedtak" section of an application's page (issue 14, points 4 and 6): the decision as the partnership sees it
// once the letter is issued — the stages innstilt → vedtatt (tilsagn or avslag) → akseptert, the amounts per
// recipient and year, the reasons (and any deviation from the innstilling), the letter as PDF and Word, the last day
// to accept and who accepted when, and any klage's state. The coordinator accepts here ("Aksepter tilsagnet", once
// the conditions are confirmed) when the answer's `allowed` says so. Before the letter is issued the server tells
// nothing of a decision, and the section is not shown at all; nor is it to one refused (handled quietly: the rest of
// the application page stands). Loaded lazily with the tilsagn texts (application-overview-page.tsx).
import { Alert, Button, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { Fragment } from 'react';
import { Link as RouterLink } from 'react-router';
import { tilsagnApi } from '../../clients/tilsagn.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { DetailList } from '../../components/detail-list.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { CheckboxField } from '../../forms/fields.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { useCall } from '../../hooks/use-call.ts';
import { formatDateTime, formatMoney } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { acceptSchema, decisionStages, letterFiles, type AcceptFormValues, type Decision, type Klager } from './application-decision-values.ts';
import { formatLocalDate } from './round-values.ts';

export function ApplicationDecision({ applicationId }: { applicationId: string }) {
  const { data, error, reload } = useCall(tilsagnApi.getApplicationDecision, { params: { id: applicationId } });
  // Refused or not there: nothing to say on the application's page (its own access has already been decided).
  if (error) return error.status === 404 || error.status === 403 ? null : <ApiErrorAlert error={error} />;
  if (!data?.decision) return null;
  return <DecisionSection decision={data.decision} klager={data.klager} onChanged={reload} />;
}

function DecisionSection({ decision: d, klager, onChanged }: { decision: Decision; klager: Klager; onChanged: () => void }) {
  const t = useT();
  return (
    <section aria-labelledby="tilsagn-decision-heading" className="kl-section">
      <Heading level={2} data-size="sm" id="tilsagn-decision-heading">
        {t('tilsagn.decision.heading')}
      </Heading>
      <Stages decision={d} />
      <DetailList
        items={[
          {
            label: t('tilsagn.decision.kind'),
            value: (
              <>
                {t(`tilsagn.decision.kind.${d.kind}`)}
                {d.amendment && (
                  <>
                    {' '}
                    <Tag data-color="info" data-size="sm">
                      {t('tilsagn.decision.amendment')}
                    </Tag>
                  </>
                )}
              </>
            ),
          },
          { label: t('tilsagn.decision.documentNumber'), value: d.documentNumber ?? '' },
          ...(d.archiveNumber ? [{ label: t('tilsagn.decision.archiveNumber'), value: d.archiveNumber }] : []),
          { label: t('tilsagn.decision.letterDate'), value: formatLocalDate(d.letterDateLocal) },
        ]}
      />
      {d.lines.length > 0 && <Amounts decision={d} />}
      <Heading level={3} data-size="xs">
        {t('tilsagn.decision.reasons')}
      </Heading>
      <Paragraph className="kl-pre-line">{d.reasons}</Paragraph>
      {d.deviationReason && (
        <>
          <Heading level={3} data-size="xs">
            {t('tilsagn.decision.deviation')}
          </Heading>
          <Paragraph className="kl-pre-line">{d.deviationReason}</Paragraph>
        </>
      )}
      {d.allowed.includes('read-letter') && <Letters decision={d} />}
      {d.kind === 'tilsagn' && <Acceptance decision={d} onAccepted={onChanged} />}
      {d.moneyPartnershipId && (
        <Paragraph>
          <RouterLink to={`/utbetaling/partnerskap/${d.moneyPartnershipId}`}>{t('tilsagn.decision.moneyLink')}</RouterLink>
        </Paragraph>
      )}
      {klager.length > 0 && <KlageList klager={klager} />}
    </section>
  );
}

function Stages({ decision }: { decision: Decision }) {
  const t = useT();
  return (
    <ol className="kl-link-list" aria-label={t('tilsagn.decision.stages')}>
      {decisionStages(decision).map((s) => (
        <li key={s.key} aria-current={s.current ? 'step' : undefined}>
          {s.current ? <strong>{t(`tilsagn.decision.stage.${s.key}`)}</strong> : t(`tilsagn.decision.stage.${s.key}`)}{' '}
          <Tag data-color={s.reached ? 'success' : 'neutral'} data-size="sm">
            {t(s.reached ? 'tilsagn.decision.stageDone' : 'tilsagn.decision.stagePending')}
          </Tag>
        </li>
      ))}
    </ol>
  );
}

function Amounts({ decision: d }: { decision: Decision }) {
  const t = useT();
  const years = d.totals.map((y) => y.year);
  const note = (l: Decision['lines'][number]) =>
    [l.conditional ? t('tilsagn.decision.conditional') : null, l.transfer ? t('tilsagn.decision.transfer') : null].filter(Boolean).join('. ');
  return (
    <TableScroll>
      <Table zebra className="kl-table">
        <caption>{t('tilsagn.decision.amountsCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('tilsagn.decision.year')}</Table.HeaderCell>
            <Table.HeaderCell>{t('tilsagn.decision.recipient')}</Table.HeaderCell>
            <Table.HeaderCell className="kl-num">{t('tilsagn.decision.amount')}</Table.HeaderCell>
            <Table.HeaderCell>{t('tilsagn.decision.note')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {years.map((year) => (
            <Fragment key={year}>
              {d.lines
                .filter((l) => l.year === year)
                .map((l, i) => (
                  <Table.Row key={`${year}-${i}`}>
                    <Table.Cell>{year}</Table.Cell>
                    <Table.HeaderCell scope="row">{l.recipientName}</Table.HeaderCell>
                    <Table.Cell className="kl-num">{formatMoney(l.amountKr)}</Table.Cell>
                    <Table.Cell>{note(l)}</Table.Cell>
                  </Table.Row>
                ))}
              <Table.Row>
                <Table.Cell>{year}</Table.Cell>
                <Table.HeaderCell scope="row">{t('tilsagn.decision.yearTotal', { year })}</Table.HeaderCell>
                <Table.Cell className="kl-num">
                  <strong>{formatMoney(d.totals.find((y) => y.year === year)?.totalKr ?? 0)}</strong>
                </Table.Cell>
                <Table.Cell />
              </Table.Row>
            </Fragment>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

function Letters({ decision: d }: { decision: Decision }) {
  const t = useT();
  const files = letterFiles(d.letters);
  const label = (f: (typeof files)[number]) =>
    t(f.sami ? (f.format === 'pdf' ? 'tilsagn.decision.samiPdf' : 'tilsagn.decision.samiDocx') : f.format === 'pdf' ? 'tilsagn.decision.letterPdf' : 'tilsagn.decision.letterDocx');
  return (
    <>
      <Heading level={3} data-size="xs">
        {t('tilsagn.decision.letters')}
      </Heading>
      {files.length === 0 ? (
        <Paragraph>{t('tilsagn.decision.letterPending')}</Paragraph>
      ) : (
        <ul className="kl-link-list">
          {files.map((f) => (
            <li key={`${f.query.language ?? ''}-${f.format}`}>
              <Link href={tilsagnApi.getVedtakLetter.url({ params: { id: d.vedtakId, format: f.format }, query: f.query })} download>
                {label(f)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Acceptance({ decision: d, onAccepted }: { decision: Decision; onAccepted: () => void }) {
  const t = useT();
  const a = d.acceptance;
  return (
    <>
      <Heading level={3} data-size="xs">
        {t('tilsagn.decision.acceptance')}
      </Heading>
      {!a.needed && a.acceptedAt === null ? (
        <Paragraph>{t('tilsagn.decision.noAcceptance')}</Paragraph>
      ) : (
        <DetailList
          items={[
            ...(a.dueLocal ? [{ label: t('tilsagn.decision.acceptDue'), value: formatLocalDate(a.dueLocal) }] : []),
            {
              label: t('tilsagn.decision.acceptStatus'),
              value: a.acceptedAt ? t('tilsagn.decision.acceptedBy', { at: formatDateTime(a.acceptedAt), name: a.acceptedByName ?? '' }) : t('tilsagn.decision.notAccepted'),
            },
          ]}
        />
      )}
      {a.reminderDue && a.acceptedAt === null && (
        <Alert data-color="warning" className="kl-block">
          <Paragraph>{t('tilsagn.decision.reminderDue')}</Paragraph>
        </Alert>
      )}
      {d.allowed.includes('accept') && <AcceptForm vedtakId={d.vedtakId} onAccepted={onAccepted} />}
    </>
  );
}

function AcceptForm({ vedtakId, onAccepted }: { vedtakId: string; onAccepted: () => void }) {
  const t = useT();
  const { announce } = useStatus();
  const form = useForm<AcceptFormValues>({
    initial: { confirmed: false },
    schema: acceptSchema(t('tilsagn.decision.acceptConfirmRequired')),
    onSubmit: async () => {
      await tilsagnApi.acceptVedtak({ params: { id: vedtakId } });
      announce(t('tilsagn.decision.acceptedDone'));
      onAccepted();
    },
  });
  return (
    <FormFrame form={form} label={t('tilsagn.decision.acceptFormLabel')}>
      <CheckboxField
        name="confirmed"
        label={t('tilsagn.decision.acceptConfirm')}
        checked={form.values.confirmed}
        error={form.errorFor('confirmed')}
        onChange={(v) => form.set('confirmed', v)}
      />
      <div className="kl-actions">
        <Button type="submit" loading={form.submitting} aria-disabled={form.submitting || undefined}>
          {t('tilsagn.decision.accept')}
        </Button>
      </div>
    </FormFrame>
  );
}

function KlageList({ klager }: { klager: Klager }) {
  const t = useT();
  return (
    <>
      <Heading level={3} data-size="xs">
        {t('tilsagn.decision.klager')}
      </Heading>
      <ul className="kl-link-list">
        {klager.map((k) => (
          <li key={k.id}>
            <Link asChild>
              <RouterLink to={`/tilsagn/klager/${k.id}`}>{t('tilsagn.decision.klageLine', { date: formatLocalDate(k.receivedOnLocal) })}</RouterLink>
            </Link>{' '}
            <Tag data-color={k.state === 'registrert' || k.state === 'oversendt' ? 'info' : 'neutral'} data-size="sm">
              {t(`tilsagn.klage.state.${k.state}`)}
            </Tag>
          </li>
        ))}
      </ul>
    </>
  );
}
