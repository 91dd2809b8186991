// `/utbetaling/kontoendringer` (issue 15, point 1; ADR 027): an organisation's new account number does not reach money
// until a case officer confirms it. Waiting changes first, with "Bekreft" and "Avvis" where the answer's `allowed`
// lists `confirm` (the office's case officers); then those decided lately. A confirmation moves the unpaid lines and
// the batches not yet exported to the new account, and a batch that was sent for or had approval goes back for a new
// one: the status message says how many, so the budsjettdisponent can be told.
import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import type { TAccountChangeState } from '../../../domain/utbetaling/account.ts';
import type { TAccountChangeOut } from '../../../domain/utbetaling/accounts-contract.ts';
import { formatKontonr, formatOrgnr } from '../../../domain/shared/fields.ts';
import { utbetalingApi } from '../../clients/utbetaling.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/catalogs.ts';
import { useStatus } from '../../layout/status-context.tsx';
import { batchesReturned } from './account-change-values.ts';
import { useMoneyAction } from './money-action.ts';
import { UtbetalingOfficePicker, useUtbetalingOffice } from './utbetaling-office.tsx';

const STATE_LABEL: Record<TAccountChangeState, MessageKey> = {
  venter: 'utbetaling.accounts.state.venter',
  bekreftet: 'utbetaling.accounts.state.bekreftet',
  avvist: 'utbetaling.accounts.state.avvist',
};
const STATE_COLOR: Record<TAccountChangeState, 'warning' | 'success' | 'neutral'> = { venter: 'warning', bekreftet: 'success', avvist: 'neutral' };

export function AccountChangesPage() {
  const t = useT();
  const office = useUtbetalingOffice();
  const { officeId } = office;
  const list = useCall(utbetalingApi.listAccountChanges, officeId ? { query: { embete: officeId } } : null);
  const changes = list.data?.changes ?? [];
  const waiting = changes.filter((c) => c.state === 'venter');
  const decided = changes.filter((c) => c.state !== 'venter');
  return (
    <Page title={t('page.utbetalingAccountChanges')}>
      <Paragraph>{t('utbetaling.accounts.intro')}</Paragraph>
      <UtbetalingOfficePicker office={office} />
      {office.none && <Paragraph>{t('utbetaling.overview.noOffice')}</Paragraph>}
      {list.error && <ApiErrorAlert error={list.error} />}
      {officeId && !list.data && !list.error && <Loading />}
      {list.data && (
        <>
          <section aria-labelledby="accounts-waiting" className="kl-section">
            <Heading level={2} data-size="sm" id="accounts-waiting">
              {t('utbetaling.accounts.waitingHeading')}
            </Heading>
            {waiting.length === 0 ? (
              <Paragraph>{t('utbetaling.accounts.noneWaiting')}</Paragraph>
            ) : (
              <ChangesTable caption={t('utbetaling.accounts.waitingCaption')} changes={waiting} onDecided={list.reload} />
            )}
          </section>
          <section aria-labelledby="accounts-decided" className="kl-section">
            <Heading level={2} data-size="sm" id="accounts-decided">
              {t('utbetaling.accounts.decidedHeading')}
            </Heading>
            {decided.length === 0 ? (
              <Paragraph>{t('utbetaling.accounts.noneDecided')}</Paragraph>
            ) : (
              <ChangesTable caption={t('utbetaling.accounts.decidedCaption')} changes={decided} onDecided={list.reload} />
            )}
          </section>
        </>
      )}
    </Page>
  );
}

function ChangesTable({ caption, changes, onDecided }: { caption: string; changes: TAccountChangeOut[]; onDecided: () => void }) {
  const t = useT();
  const { announce } = useStatus();
  const action = useMoneyAction();
  const withActions = changes.some((c) => c.state === 'venter' && c.allowed.includes('confirm'));
  const account = (kontonr: string | null) => (kontonr ? formatKontonr(kontonr) : t('utbetaling.accounts.noAccount'));
  const decide = (c: TAccountChangeOut, confirm: boolean) => {
    // aria-disabled keeps the button focusable while busy, so a second press is ignored here.
    if (action.busy) return;
    void action
      .run(async () => {
        const args = { params: { id: c.id }, body: { expectedVersion: c.version } };
        const d = confirm ? await utbetalingApi.confirmAccountChange(args) : await utbetalingApi.rejectAccountChange(args);
        const returned = batchesReturned(d);
        if (!confirm) announce(t('utbetaling.accounts.rejected', { organisation: c.organisationName }));
        else if (returned > 0) announce(t('utbetaling.accounts.confirmedReturned', { organisation: c.organisationName, lines: d.linesMoved, batches: returned }));
        else announce(t('utbetaling.accounts.confirmed', { organisation: c.organisationName, lines: d.linesMoved }));
      })
      .then((ok) => {
        if (ok) onDecided();
      });
  };
  return (
    <>
      {action.failure && <ApiErrorAlert error={action.failure} />}
      <TableScroll>
        <Table zebra className="kl-table">
          <caption>{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('utbetaling.accounts.organisation')}</Table.HeaderCell>
              <Table.HeaderCell>{t('utbetaling.accounts.oldAccount')}</Table.HeaderCell>
              <Table.HeaderCell>{t('utbetaling.accounts.newAccount')}</Table.HeaderCell>
              <Table.HeaderCell>{t('utbetaling.accounts.changed')}</Table.HeaderCell>
              <Table.HeaderCell>{t('utbetaling.accounts.state')}</Table.HeaderCell>
              {withActions && <Table.HeaderCell>{t('utbetaling.accounts.actions')}</Table.HeaderCell>}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {changes.map((c) => (
              <Table.Row key={c.id}>
                <Table.HeaderCell scope="row">
                  {c.organisationName}
                  {c.orgnr && <span className="kl-muted"> ({formatOrgnr(c.orgnr)})</span>}
                </Table.HeaderCell>
                <Table.Cell>{account(c.oldKontonr)}</Table.Cell>
                <Table.Cell>{account(c.newKontonr)}</Table.Cell>
                <Table.Cell>{t('utbetaling.accounts.byAt', { name: c.changedByName, at: formatDateTime(c.changedAt) })}</Table.Cell>
                <Table.Cell>
                  <Tag data-color={STATE_COLOR[c.state]} data-size="sm">
                    {t(STATE_LABEL[c.state])}
                  </Tag>
                  {c.decidedByName && c.decidedAt && (
                    <div className="kl-muted">{t('utbetaling.accounts.byAt', { name: c.decidedByName, at: formatDateTime(c.decidedAt) })}</div>
                  )}
                </Table.Cell>
                {withActions && (
                  <Table.Cell>
                    {c.state === 'venter' && c.allowed.includes('confirm') && (
                      <div className="kl-actions">
                        <Button data-size="sm" onClick={() => decide(c, true)} aria-disabled={action.busy || undefined}>
                          {t('utbetaling.accounts.confirm')}
                          <span className="ds-sr-only"> {c.organisationName}</span>
                        </Button>
                        <Button data-size="sm" variant="secondary" onClick={() => decide(c, false)} aria-disabled={action.busy || undefined}>
                          {t('utbetaling.accounts.reject')}
                          <span className="ds-sr-only"> {c.organisationName}</span>
                        </Button>
                      </div>
                    )}
                  </Table.Cell>
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </>
  );
}
