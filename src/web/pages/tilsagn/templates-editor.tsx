// One letter template, opened from the templates page (issue 14 point 3): its sections to read, or for the office's
// case officers to edit — each section's heading and body, with the fields the body names listed beside it and every
// field a letter can fill in a table. A Sámi translation carries the box "Oversettelsen er kvalitetssikret": only a
// reviewed translation is ever sent, and the Norwegian letter stays the decision. A template that does not exist in
// its language yet starts from the Bokmål text. The server's complaints (an unknown field name, {amountTable} inside
// a paragraph, someone else saved first) land in the form's error summary or alert.
import { Button, Details, Fieldset, Heading, Paragraph, Table, ValidationMessage } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { fieldsIn, LETTER_FIELD_NAMES, paragraphsOf, ZLetterTemplateInput } from '../../../domain/tilsagn/letter-template.ts';
import type { LetterTemplateOut } from '../../../domain/tilsagn/templates-contract.ts';
import { tilsagnApi } from '../../clients/tilsagn.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { fieldId } from '../../forms/field-id.ts';
import { CheckboxField, TextField } from '../../forms/fields.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { useCall } from '../../hooks/use-call.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { kindName, languageName } from './templates-names.ts';
import { isSamiLanguage, templateFormBody, templateValues, type TemplateChoice, type TemplateFormValues, type TemplateSectionValues } from './templates-form-values.ts';

type Props = { officeId: string; choice: TemplateChoice; schemeName: string; onSaved: () => void };

export function TemplateEditor({ officeId, choice, schemeName, onSaved }: Props) {
  const t = useT();
  const location = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  const { data, error, reload } = useCall(tilsagnApi.getLetterTemplate, { params: { officeId, ...choice } });
  // No template in this language yet: the translation starts from the Bokmål text of the same scheme and kind.
  const missing = data?.template.source === 'none';
  const start = useCall(tilsagnApi.getLetterTemplate, missing ? { params: { officeId, ...choice, language: 'nb' } } : null);
  // Chosen from the table: the user is taken to what they chose (a reload with the choice in the address is not).
  const chosen = (location.state as { openTemplate?: boolean } | null)?.openTemplate === true;
  useEffect(() => {
    if (chosen) heading.current?.focus();
  }, [chosen]);
  const canEdit = data?.allowed.includes('edit-templates') ?? false;
  const ready = data && (!missing || start.data);
  const failure = error ?? start.error;
  return (
    <section aria-labelledby="template-editor" className="kl-section">
      <Heading level={2} data-size="sm" id="template-editor" ref={heading} tabIndex={-1}>
        {t('tilsagn.templates.editorHeading', { kind: kindName(t, choice.kind), language: languageName(t, choice.language), scheme: schemeName })}
      </Heading>
      {failure && <ApiErrorAlert error={failure} />}
      {!ready && !failure && <Loading />}
      {data && ready && (
        <>
          <SourceNote template={data.template} />
          <FieldsHelp fields={data.fields} />
          {canEdit ? (
            <TemplateForm
              officeId={officeId}
              template={data.template}
              start={start.data?.template.sections}
              onSaved={() => {
                reload();
                onSaved();
              }}
            />
          ) : (
            <ReadOnlySections template={data.template} />
          )}
        </>
      )}
    </section>
  );
}

function SourceNote({ template }: { template: LetterTemplateOut }) {
  const t = useT();
  if (template.source === 'none') return <Paragraph>{t('tilsagn.templates.noneStart')}</Paragraph>;
  if (template.source === 'default') return <Paragraph>{t('tilsagn.templates.defaultNote')}</Paragraph>;
  return <Paragraph>{t('tilsagn.templates.updated', { name: template.updatedByName ?? '', at: formatDateTime(template.updatedAt) })}</Paragraph>;
}

/** Every field a body may name and what a letter puts there, collapsed until wanted. */
function FieldsHelp({ fields }: { fields: readonly string[] }) {
  const t = useT();
  const known = new Set<string>(LETTER_FIELD_NAMES);
  return (
    <Details data-size="sm" className="kl-block">
      <Details.Summary>{t('tilsagn.templates.fieldsHeading')}</Details.Summary>
      <Details.Content>
        <Paragraph>{t('tilsagn.templates.fieldsIntro', { example: '{purpose}', table: '{amountTable}' })}</Paragraph>
        <TableScroll>
          <Table className="kl-table">
            <caption>{t('tilsagn.templates.fieldsCaption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('tilsagn.templates.col.field')}</Table.HeaderCell>
                <Table.HeaderCell>{t('tilsagn.templates.col.meaning')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {fields.map((f) => (
                <Table.Row key={f}>
                  <Table.HeaderCell scope="row">
                    <code>{`{${f}}`}</code>
                  </Table.HeaderCell>
                  <Table.Cell>{known.has(f) ? t(`tilsagn.templates.field.${f as (typeof LETTER_FIELD_NAMES)[number]}`) : ''}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      </Details.Content>
    </Details>
  );
}

function ReadOnlySections({ template }: { template: LetterTemplateOut }) {
  const t = useT();
  if (template.sections.length === 0) return <Paragraph>{t('tilsagn.templates.empty')}</Paragraph>;
  return (
    <>
      <Paragraph>{t('tilsagn.templates.readOnly')}</Paragraph>
      <div lang={template.language}>
        {template.sections.map((s) => (
          <div key={s.key} className="kl-block">
            <Heading level={3} data-size="xs">
              {s.heading}
            </Heading>
            {paragraphsOf(s.body).map((p, i) => (
              <Paragraph key={i} style={{ whiteSpace: 'pre-line' }}>
                {p}
              </Paragraph>
            ))}
          </div>
        ))}
      </div>
    </>
  );
}

/** Stays mounted across saves (focus stays on its button); `toBody` reads the version of the latest answer. */
function TemplateForm({ officeId, template, start, onSaved }: { officeId: string; template: LetterTemplateOut; start: readonly TemplateSectionValues[] | undefined; onSaved: () => void }) {
  const t = useT();
  const { announce } = useStatus();
  const sami = isSamiLanguage(template.language);
  const initial = templateValues(template, start);
  const form = useForm({
    initial,
    toBody: (v: TemplateFormValues) => templateFormBody(v, template),
    schema: ZLetterTemplateInput,
    fieldPrefix: 'template',
    // The body passed the schema above; parsed again here it has the types the client expects.
    onSubmit: async (body) => {
      const params = { officeId, schemeId: template.schemeId, kind: template.kind, language: template.language };
      await tilsagnApi.updateLetterTemplate({ params, body: ZLetterTemplateInput.parse(body) });
      announce(t('tilsagn.templates.saved'));
      onSaved();
    },
  });
  const { values, setValues, errorFor } = form;
  const setSection = (index: number, part: 'heading' | 'body', value: string) =>
    setValues((v) => ({ ...v, sections: v.sections.map((s, i) => (i === index ? { ...s, [part]: value } : s)) }));
  const sectionsError = errorFor('template.sections');
  return (
    <FormFrame form={form} label={t('tilsagn.templates.formLabel')}>
      {/* The target of a complaint about the sections as a whole (an unknown field name): the error summary links here. */}
      <div id={fieldId('template.sections')} tabIndex={-1} className="kl-form">
        {sectionsError && <ValidationMessage>{sectionsError}</ValidationMessage>}
        <Paragraph>{t('tilsagn.templates.sectionsHelp')}</Paragraph>
        {values.sections.map((s, i) => {
          const used = fieldsIn(`${s.heading}\n${s.body}`);
          const n = i + 1;
          return (
            <Fieldset key={s.key}>
              <Fieldset.Legend>{t('tilsagn.templates.sectionLegend', { n, heading: initial.sections[i]?.heading ?? s.key })}</Fieldset.Legend>
              <TextField
                name={`template.sections.${i}.heading`}
                label={t('tilsagn.templates.headingLabel', { n })}
                value={s.heading}
                error={errorFor(`template.sections.${i}.heading`)}
                onChange={(v) => setSection(i, 'heading', v)}
                lang={template.language}
                autoComplete="off"
              />
              <TextField
                name={`template.sections.${i}.body`}
                label={t('tilsagn.templates.bodyLabel', { n })}
                description={used.length > 0 ? t('tilsagn.templates.fieldsUsed', { fields: used.map((f) => `{${f}}`).join(', ') }) : t('tilsagn.templates.noFieldsUsed')}
                required
                multiline
                value={s.body}
                error={errorFor(`template.sections.${i}.body`)}
                onChange={(v) => setSection(i, 'body', v)}
                lang={template.language}
              />
            </Fieldset>
          );
        })}
      </div>
      {sami && (
        <CheckboxField
          name="template.status"
          label={t('tilsagn.templates.reviewedLabel')}
          description={t('tilsagn.templates.reviewedHelp')}
          checked={values.reviewed}
          error={errorFor('template.status')}
          onChange={(v) => setValues((old) => ({ ...old, reviewed: v }))}
        />
      )}
      <div className="kl-actions">
        <Button type="submit" loading={form.submitting} aria-disabled={form.submitting || undefined}>
          {t('tilsagn.templates.save')}
        </Button>
      </div>
    </FormFrame>
  );
}
