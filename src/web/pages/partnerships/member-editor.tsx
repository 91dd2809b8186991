// Owners and UH of a partnership: pick an organisation in a native select and press "Legg til" (works by keyboard
// alone); members are listed with remove buttons. Focus returns to the select after a removal, so it is not lost.
import { Button, Fieldset, Table, ValidationMessage } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import type { MemberRole } from '../../../domain/org/partnership.ts';
import { useLabels } from '../../components/labels.ts';
import { fieldId } from '../../forms/field-id.ts';
import { SelectField } from '../../forms/fields.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import type { Organisation } from '../../types/org.ts';
import type { MemberValue } from './partnership-form-values.ts';

type Props = {
  members: MemberValue[];
  onChange: (members: MemberValue[]) => void;
  owners: Organisation[];
  uh: Organisation[];
  errorFor: (field: string) => string | undefined;
};

export function MemberEditor({ members, onChange, owners, uh, errorFor }: Props) {
  const t = useT();
  const { memberRoleLabel, kindLabel } = useLabels();
  const [pick, setPick] = useState<Record<MemberRole, string>>({ owner: '', uh: '' });
  const [said, setSaid] = useState('');
  const container = useRef<HTMLFieldSetElement>(null);
  const all = new Map([...owners, ...uh].map((o) => [o.id, o]));
  const taken = new Set(members.map((m) => m.organisationId));

  const add = (role: MemberRole) => {
    const organisationId = pick[role];
    if (!organisationId || taken.has(organisationId)) return;
    onChange([...members, { organisationId, role }]);
    setPick((p) => ({ ...p, [role]: '' }));
    setSaid(t('partnership.memberAdded', { name: all.get(organisationId)?.name ?? '', role: memberRoleLabel(role) }));
  };
  const remove = (index: number) => {
    const removed = members[index];
    onChange(members.filter((_, i) => i !== index));
    setSaid(t('partnership.memberRemoved', { name: all.get(removed?.organisationId ?? '')?.name ?? '' }));
    container.current?.querySelector<HTMLSelectElement>('select')?.focus();
  };
  const picker = (role: MemberRole, options: Organisation[], label: string, button: string) => (
    <div className="kl-add-row">
      <SelectField
        name={`add-${role}`}
        label={label}
        value={pick[role]}
        onChange={(v) => setPick((p) => ({ ...p, [role]: v }))}
        placeholder={t('form.choose')}
        options={options.filter((o) => !taken.has(o.id)).map((o) => ({ value: o.id, label: o.name }))}
      />
      <Button type="button" variant="secondary" onClick={() => add(role)}>
        {button}
      </Button>
    </div>
  );

  return (
    <Fieldset id={fieldId('members')} ref={container}>
      <Fieldset.Legend>{t('partnership.members')}</Fieldset.Legend>
      <Fieldset.Description>{t('partnership.membersHelp')}</Fieldset.Description>
      {picker('owner', owners, t('partnership.chooseOwner'), t('partnership.addOwner'))}
      {picker('uh', uh, t('partnership.chooseUh'), t('partnership.addUh'))}
      <p aria-live="polite" className="ds-sr-only">
        {said}
      </p>
      {members.length > 0 && (
        <Table className="kl-table" data-size="sm">
          <caption>{t('partnership.memberListCaption', { count: members.length })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('field.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('field.kind')}</Table.HeaderCell>
              <Table.HeaderCell>{t('field.memberRole')}</Table.HeaderCell>
              <Table.HeaderCell>{t('common.action')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {members.map((m, i) => {
              const org = all.get(m.organisationId);
              const name = org?.name ?? m.organisationId;
              const error = errorFor(`members.${i}.organisationId`);
              return (
                <Table.Row key={m.organisationId} id={fieldId(`members.${i}.organisationId`)}>
                  <Table.Cell>
                    {name}
                    {error && <ValidationMessage>{error}</ValidationMessage>}
                  </Table.Cell>
                  <Table.Cell>{org ? kindLabel(org.kind) : ''}</Table.Cell>
                  <Table.Cell>{memberRoleLabel(m.role)}</Table.Cell>
                  <Table.Cell>
                    <Button type="button" variant="tertiary" data-size="sm" onClick={() => remove(i)} aria-label={t('common.removeItem', { name })}>
                      {t('common.remove')}
                    </Button>
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      )}
      {errorFor('members') && <ValidationMessage>{errorFor('members')}</ValidationMessage>}
    </Fieldset>
  );
}
