// An issued decision's after-life on its page (issue 14, points 3–5): the document and archive numbers, the letters
// (the Norwegian letter is the decision; a Sámi copy beside it), the acceptance, the klager with links to each, a form
// to register a new klage, and the endringsvedtak — each offered only when the answer's `allowed` / `mayAmend` says so.
import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { ZRegisterKlageInput, type TRegisterKlageInput } from '../../../domain/tilsagn/klage.ts';
import type { VedtakDetail } from '../../../domain/tilsagn/vedtak-contract.ts';
import { ApiError } from '../../api.ts';
import { tilsagnApi } from '../../clients/tilsagn.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { DetailList } from '../../components/detail-list.tsx';
import { TextField } from '../../forms/fields.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useT, type TFunction } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/catalogs.ts';
import { useStatus } from '../../layout/status-context.tsx';
import { localDateText } from './vedtak-form-values.ts';

type Issued = NonNullable<VedtakDetail['issued']>;

const LANGUAGE: Record<string, MessageKey> = {
  nb: 'tilsagn.vedtak.lang.nb',
  nn: 'tilsagn.vedtak.lang.nn',
  se: 'tilsagn.vedtak.lang.se',
  smj: 'tilsagn.vedtak.lang.smj',
  sma: 'tilsagn.vedtak.lang.sma',
};
const SAMI = new Set(['se', 'smj', 'sma']);
const languageName = (t: TFunction, language: string) => (LANGUAGE[language] ? t(LANGUAGE[language]) : language);

const KLAGE_STATE: Record<string, MessageKey> = {
  registrert: 'tilsagn.vedtak.klageState.registrert',
  omgjort: 'tilsagn.vedtak.klageState.omgjort',
  avvist: 'tilsagn.vedtak.klageState.avvist',
  oversendt: 'tilsagn.vedtak.klageState.oversendt',
  avgjort: 'tilsagn.vedtak.klageState.avgjort',
};

export function VedtakIssued({ detail, issued, onChanged }: { detail: VedtakDetail; issued: Issued; onChanged: () => void }) {
  const t = useT();
  const may = (verb: VedtakDetail['allowed'][number]) => detail.allowed.includes(verb);
  const { acceptance } = issued;
  return (
    <>
      <section aria-labelledby="vedtak-letter-heading" className="kl-section">
        <Heading level={2} data-size="sm" id="vedtak-letter-heading">
          {t('tilsagn.vedtak.letterHeading')}
        </Heading>
        <DetailList
          items={[
            { label: t('tilsagn.vedtak.documentNumber'), value: issued.documentNumber },
            { label: t('tilsagn.vedtak.archiveNumber'), value: issued.archiveNumber },
            { label: t('tilsagn.vedtak.letterDate'), value: localDateText(issued.letterDateLocal) },
            {
              label: t('tilsagn.vedtak.acceptance'),
              value: !acceptance.needed
                ? acceptance.acceptedAt
                  ? t('tilsagn.vedtak.acceptedBy', { when: formatDateTime(acceptance.acceptedAt), name: acceptance.acceptedByName ?? '' })
                  : t('tilsagn.vedtak.acceptanceNotNeeded')
                : acceptance.acceptedAt
                  ? t('tilsagn.vedtak.acceptedBy', { when: formatDateTime(acceptance.acceptedAt), name: acceptance.acceptedByName ?? '' })
                  : t('tilsagn.vedtak.notAccepted', { due: localDateText(acceptance.dueLocal) || t('common.notGiven') }),
            },
          ]}
        />
        {may('read-letter') && <LetterLinks vedtakId={detail.vedtak.id} letters={issued.letters} />}
        {detail.moneyPartnershipId && (
          <Paragraph>
            <RouterLink to={`/utbetaling/partnerskap/${detail.moneyPartnershipId}`}>{t('tilsagn.decision.moneyLink')}</RouterLink>
          </Paragraph>
        )}
      </section>
      <KlagerSection detail={detail} />
      {may('handle-klage') && <KlageForm detail={detail} />}
      {(detail.mayAmend || detail.openAmendmentId) && <Amend detail={detail} onChanged={onChanged} />}
    </>
  );
}

function LetterLinks({ vedtakId, letters }: { vedtakId: string; letters: Issued['letters'] }) {
  const t = useT();
  if (letters.length === 0) return <Paragraph>{t('tilsagn.vedtak.noLetters')}</Paragraph>;
  return (
    <ul className="kl-link-list">
      {letters.map((l) => {
        const query = SAMI.has(l.language) ? { language: l.language as 'se' | 'smj' | 'sma' } : {};
        const language = languageName(t, l.language);
        if (!l.ready) return <li key={l.language}>{t('tilsagn.vedtak.letterPending', { language })}</li>;
        return (
          <li key={l.language}>
            <Link href={tilsagnApi.getVedtakLetter.url({ params: { id: vedtakId, format: 'pdf' }, query })} download>
              {t('tilsagn.vedtak.letterPdf', { language })}
            </Link>
            {' · '}
            <Link href={tilsagnApi.getVedtakLetter.url({ params: { id: vedtakId, format: 'docx' }, query })} download>
              {t('tilsagn.vedtak.letterDocx', { language })}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

function KlagerSection({ detail }: { detail: VedtakDetail }) {
  const t = useT();
  return (
    <section aria-labelledby="vedtak-klager-heading" className="kl-section">
      <Heading level={2} data-size="sm" id="vedtak-klager-heading">
        {t('tilsagn.vedtak.klagerHeading')}
      </Heading>
      {detail.klager.length === 0 ? (
        <Paragraph>{t('tilsagn.vedtak.noKlager')}</Paragraph>
      ) : (
        <ul className="kl-link-list">
          {detail.klager.map((k) => (
            <li key={k.id}>
              <Link asChild>
                <RouterLink to={`/tilsagn/klager/${k.id}`}>
                  {t('tilsagn.vedtak.klageLink', { date: localDateText(k.receivedOnLocal), from: k.fromName, state: KLAGE_STATE[k.state] ? t(KLAGE_STATE[k.state]!) : k.state })}
                </RouterLink>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function KlageForm({ detail }: { detail: VedtakDetail }) {
  const t = useT();
  const navigate = useNavigate();
  const { announce } = useStatus();
  const form = useForm<TRegisterKlageInput>({
    initial: { receivedOnLocal: '', fromName: detail.vedtak.partnershipName, summary: '' },
    schema: ZRegisterKlageInput,
    onSubmit: async (body) => {
      const { klage } = await tilsagnApi.registerKlage({ params: { id: detail.vedtak.id }, body });
      const path = `/tilsagn/klager/${klage.id}`;
      announce(t('tilsagn.vedtak.klageRegistered'), path);
      await navigate(path);
    },
  });
  const { values, set } = form;
  return (
    <section aria-labelledby="vedtak-klage-form-heading" className="kl-section">
      <Heading level={2} data-size="sm" id="vedtak-klage-form-heading">
        {t('tilsagn.vedtak.klageFormHeading')}
      </Heading>
      <FormFrame form={form} label={t('tilsagn.vedtak.klageFormHeading')}>
        <TextField
          name="receivedOnLocal"
          type="date"
          label={t('tilsagn.vedtak.klageReceivedOn')}
          required
          value={values.receivedOnLocal}
          error={form.errorFor('receivedOnLocal')}
          onChange={(v) => set('receivedOnLocal', v)}
        />
        <TextField name="fromName" label={t('tilsagn.vedtak.klageFrom')} required value={values.fromName} error={form.errorFor('fromName')} onChange={(v) => set('fromName', v)} />
        <TextField name="summary" label={t('tilsagn.vedtak.klageSummary')} required multiline value={values.summary} error={form.errorFor('summary')} onChange={(v) => set('summary', v)} />
        <div className="kl-actions">
          <Button type="submit" loading={form.submitting} aria-disabled={form.submitting || undefined}>
            {t('tilsagn.vedtak.klageSubmit')}
          </Button>
        </div>
      </FormFrame>
    </section>
  );
}

function Amend({ detail, onChanged }: { detail: VedtakDetail; onChanged: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const { announce } = useStatus();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const amend = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const answer = await tilsagnApi.amendVedtak({ params: { id: detail.vedtak.id } });
      const made = answer.batches.flatMap((b) => (b.state === 'utstedt' ? [] : b.decisions)).find((d) => d.amendsId === detail.vedtak.id);
      if (!made) return onChanged();
      const path = `/tilsagn/vedtak/${made.id}`;
      announce(t('tilsagn.vedtak.amendMade'), path);
      await navigate(path);
    } catch (e) {
      setFailure(e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', null));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="vedtak-amend-heading" className="kl-section">
      <Heading level={2} data-size="sm" id="vedtak-amend-heading">
        {t('tilsagn.vedtak.amendHeading')}
      </Heading>
      {failure && <ApiErrorAlert error={failure} />}
      {detail.openAmendmentId ? (
        <Paragraph>
          <Link asChild>
            <RouterLink to={`/tilsagn/vedtak/${detail.openAmendmentId}`}>{t('tilsagn.vedtak.openAmendment')}</RouterLink>
          </Link>
        </Paragraph>
      ) : (
        <>
          <Paragraph>{t('tilsagn.vedtak.amendHelp')}</Paragraph>
          <Button type="button" variant="secondary" onClick={() => void amend()} loading={busy} aria-disabled={busy || undefined}>
            {t('tilsagn.vedtak.amend')}
          </Button>
        </>
      )}
    </section>
  );
}
