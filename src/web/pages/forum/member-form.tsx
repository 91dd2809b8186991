// Appointing a member of the forum, or editing one's category, deputy and term (the person stays: appoint anew
// instead). Checked in the browser with the server's own schema; the server adds what only it knows (Statsforvalteren's
// people may not sit, nobody serves twice) on the same fields.
import { Button, Fieldset } from '@digdir/designsystemet-react';
import type { z } from 'zod';
import { FORUM_CATEGORIES, ZMemberInput, ZMemberUpdate, type TForumCategory } from '../../../domain/forum/member.ts';
import type { ForumMember } from '../../../domain/forum/members-contract.ts';
import { forumApi } from '../../clients/forum.ts';
import { orgApi } from '../../clients/org.ts';
import { SelectField, TextField } from '../../forms/fields.tsx';
import { FormFrame } from '../../forms/form-frame.tsx';
import { useForm } from '../../forms/use-form.ts';
import { useCall } from '../../hooks/use-call.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';

type Values = { personId: string; category: string; deputyPersonId: string; termFrom: string; termTo: string };

const valuesOf = (m: ForumMember | null): Values => ({
  personId: m?.personId ?? '',
  category: m?.category ?? '',
  deputyPersonId: m?.deputyPersonId ?? '',
  termFrom: m?.termFrom ?? '',
  termTo: m?.termTo ?? '',
});

const bodyOf = (v: Values) => ({
  personId: v.personId,
  category: v.category as TForumCategory,
  deputyPersonId: v.deputyPersonId || null,
  termFrom: v.termFrom,
  termTo: v.termTo || null,
});

export function MemberForm({ officeId, member, onSaved, onCancel }: { officeId: string; member: ForumMember | null; onSaved: () => void; onCancel?: (() => void) | undefined }) {
  const t = useT();
  const { announce } = useStatus();
  const people = useCall(orgApi.listPeople, { query: {} }).data?.people ?? [];
  const options = [...people].sort((a, b) => a.name.localeCompare(b.name, 'nb')).map((p) => ({ value: p.id, label: `${p.name} (${p.organisationName})` }));
  const form = useForm({
    initial: valuesOf(member),
    toBody: (v: Values) => (member ? { ...bodyOf(v), expectedVersion: member.version } : bodyOf(v)),
    // Appointing and editing check different fields; the form only needs the field errors of whichever applies.
    schema: (member ? ZMemberUpdate : ZMemberInput) as z.ZodType<unknown>,
    fieldPrefix: 'member',
    onSubmit: async (body) => {
      const { personId, ...rest } = body;
      if (member) {
        const saved = await forumApi.updateForumMember({ params: { id: member.id }, body: { ...rest, expectedVersion: member.version } });
        announce(t('forumMembers.saved', { name: saved.member.personName }));
      } else {
        const saved = await forumApi.appointForumMember({ params: { officeId }, body: { ...rest, personId } });
        announce(t('forumMembers.appointed', { name: saved.member.personName }));
      }
      onSaved();
    },
  });
  const { values, set, errorFor } = form;
  const label = member ? t('forumMembers.editHeading', { name: member.personName }) : t('forumMembers.appointHeading');
  return (
    <FormFrame form={form} label={label}>
      <Fieldset>
        <Fieldset.Legend>{t('forumMembers.formLegend')}</Fieldset.Legend>
        <Fieldset.Description>{t('forumMembers.formHelp')}</Fieldset.Description>
        {!member && (
          <SelectField
            name="member.personId"
            label={t('forumMembers.person')}
            required
            value={values.personId}
            error={errorFor('member.personId')}
            onChange={(v) => set('personId', v)}
            placeholder={t('form.choose')}
            options={options}
          />
        )}
        <SelectField
          name="member.category"
          label={t('forumMembers.category')}
          required
          value={values.category}
          error={errorFor('member.category')}
          onChange={(v) => set('category', v)}
          placeholder={t('form.choose')}
          options={FORUM_CATEGORIES.map((c) => ({ value: c, label: t(`forumCategory.${c}`) }))}
        />
        <SelectField
          name="member.deputyPersonId"
          label={t('forumMembers.deputy')}
          description={t('forumMembers.deputyHelp')}
          value={values.deputyPersonId}
          error={errorFor('member.deputyPersonId')}
          onChange={(v) => set('deputyPersonId', v)}
          placeholder={t('forumMembers.noDeputy')}
          options={options}
        />
        <TextField name="member.termFrom" type="date" label={t('forum.label.termFrom')} required value={values.termFrom} error={errorFor('member.termFrom')} onChange={(v) => set('termFrom', v)} />
        <TextField
          name="member.termTo"
          type="date"
          label={t('forum.label.termTo')}
          description={t('forumMembers.termToHelp')}
          value={values.termTo}
          error={errorFor('member.termTo')}
          onChange={(v) => set('termTo', v)}
        />
      </Fieldset>
      <div className="kl-actions">
        <Button type="submit" loading={form.submitting} aria-disabled={form.submitting || undefined}>
          {member ? t('forumMembers.save') : t('forumMembers.appoint')}
        </Button>
        {onCancel && (
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('forumMembers.cancel')}
          </Button>
        )}
      </div>
    </FormFrame>
  );
}
