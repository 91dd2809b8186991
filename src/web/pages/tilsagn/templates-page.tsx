// The office's letter templates (issue 14 point 3; ADR 026): for each scheme a table of its templates per kind
// (tilsagnsbrev, avslag) and language — the office's own, the default in code, or none yet — with a translation's
// review state; choosing one (a link, so the choice is in the address and survives a reload) opens it below to read
// or, for the office's case officers (`edit-templates`), to edit. The office is `?embete=`, as on the settings page.
import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { Link, useSearchParams } from 'react-router';
import { tilsagnApi } from '../../clients/tilsagn.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useLocalize, useT, type TFunction } from '../../i18n/i18n-context.tsx';
import { SettingsOfficePicker, useSettingsOffice } from './settings-office.tsx';
import { TemplateEditor } from './templates-editor.tsx';
import { kindName, languageName } from './templates-names.ts';
import { isSamiLanguage, templateChoiceOf, templateSearch, type TemplateChoice } from './templates-form-values.ts';

export function TilsagnTemplatesPage() {
  const t = useT();
  const localize = useLocalize();
  const office = useSettingsOffice();
  const [search] = useSearchParams();
  const choice = templateChoiceOf(search);
  const { data, error, reload } = useCall(tilsagnApi.listLetterTemplates, office.officeId ? { params: { officeId: office.officeId } } : null);
  const canEdit = data?.allowed.includes('edit-templates') ?? false;
  const chosenScheme = data?.schemes.find((s) => s.schemeId === choice?.schemeId);
  return (
    <Page title={t('page.tilsagnTemplates')}>
      <Paragraph>{t('tilsagn.templates.intro', { example: '{purpose}' })}</Paragraph>
      <SettingsOfficePicker office={office} />
      {office.none && <Paragraph>{t('tilsagn.settings.noOffice')}</Paragraph>}
      {error && <ApiErrorAlert error={error} />}
      {office.officeId && !data && !error && <Loading />}
      {data && !canEdit && <Paragraph>{t('tilsagn.templates.readOnly')}</Paragraph>}
      {data?.schemes.map((s) => {
        const scheme = localize(s.schemeName);
        return (
          <section key={s.schemeId} aria-labelledby={`templates-${s.schemeId}`} className="kl-section">
            <Heading level={2} data-size="sm" id={`templates-${s.schemeId}`}>
              {scheme}
            </Heading>
            <TableScroll>
              <Table zebra className="kl-table">
                <caption>{t('tilsagn.templates.caption', { scheme })}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('tilsagn.templates.col.kind')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('tilsagn.templates.col.language')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('tilsagn.templates.col.source')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('tilsagn.templates.col.status')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('tilsagn.templates.col.updated')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('tilsagn.templates.col.actions')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {s.templates.map((tpl) => {
                    const c: TemplateChoice = { schemeId: s.schemeId, kind: tpl.kind, language: tpl.language };
                    const current = choice?.schemeId === c.schemeId && choice.kind === c.kind && choice.language === c.language;
                    return (
                      <Table.Row key={`${tpl.kind}-${tpl.language}`}>
                        <Table.HeaderCell scope="row">{kindName(t, tpl.kind)}</Table.HeaderCell>
                        <Table.Cell>{languageName(t, tpl.language)}</Table.Cell>
                        <Table.Cell>{t(`tilsagn.templates.source.${tpl.source}`)}</Table.Cell>
                        <Table.Cell>
                          <ReviewState t={t} language={tpl.language} status={tpl.status} />
                        </Table.Cell>
                        <Table.Cell>{tpl.updatedAt ? t('tilsagn.templates.updated', { name: tpl.updatedByName ?? '', at: formatDateTime(tpl.updatedAt) }) : ''}</Table.Cell>
                        <Table.Cell>
                          <Link to={{ search: templateSearch(office.officeId, c) }} state={{ openTemplate: true }} aria-current={current ? 'true' : undefined}>
                            {t(canEdit ? 'tilsagn.templates.editLink' : 'tilsagn.templates.viewLink')}
                            <span className="ds-sr-only">
                              {' '}
                              {t('tilsagn.templates.linkContext', { kind: kindName(t, tpl.kind), language: languageName(t, tpl.language), scheme })}
                            </span>
                          </Link>
                        </Table.Cell>
                      </Table.Row>
                    );
                  })}
                </Table.Body>
              </Table>
            </TableScroll>
          </section>
        );
      })}
      {data && !choice && <Paragraph>{t('tilsagn.templates.chooseHint')}</Paragraph>}
      {data && office.officeId && choice && (
        <TemplateEditor
          key={`${office.officeId}/${choice.schemeId}/${choice.kind}/${choice.language}`}
          officeId={office.officeId}
          choice={choice}
          schemeName={chosenScheme ? localize(chosenScheme.schemeName) : choice.schemeId}
          onSaved={reload}
        />
      )}
    </Page>
  );
}

function ReviewState({ t, language, status }: { t: TFunction; language: string; status: 'draft' | 'reviewed' | null }) {
  if (!isSamiLanguage(language)) return <>{t('tilsagn.templates.status.norwegian')}</>;
  if (status === null) return null;
  return (
    <Tag data-size="sm" data-color={status === 'reviewed' ? 'success' : 'warning'}>
      {t(status === 'reviewed' ? 'tilsagn.templates.status.reviewed' : 'tilsagn.templates.status.draft')}
    </Tag>
  );
}
