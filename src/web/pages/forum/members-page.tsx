// The members of the office's samarbeidsforum (issue 13, point 1): who sits for which kind of organisation, with
// deputy (vara) and term. The secretariat appoints, edits and ends memberships (appointing grants the member and the
// deputy the `forum` role for the office; ending takes it back); everyone else who reads the forum sees the list.
// The server's refusals (a Statsforvalteren employee as member, a person already serving) come back on the fields.
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import type { ForumMember } from '../../../domain/forum/members-contract.ts';
import { ApiError } from '../../api.ts';
import { forumApi } from '../../clients/forum.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { formatDate } from '../../i18n/format.ts';
import { formatLocalDate, OfficePicker, useForumOffice } from './forum-office.tsx';
import { MemberForm } from './member-form.tsx';

export function MembersPage() {
  const t = useT();
  const office = useForumOffice();
  const { officeId } = office;
  const { data, error, reload } = useCall(forumApi.listForumMembers, officeId ? { params: { officeId } } : null);
  return (
    <Page title={t('page.forumMembers')}>
      <Paragraph>{t('forumMembers.intro')}</Paragraph>
      <OfficePicker office={office} />
      {error && <ApiErrorAlert error={error} />}
      {!data && !error && <Loading />}
      {data && officeId && <Members key={officeId} officeId={officeId} members={data.members} canManage={data.allowed.includes('manage-members')} onChanged={reload} />}
    </Page>
  );
}

function Members({ officeId, members, canManage, onChanged }: { officeId: string; members: ForumMember[]; canManage: boolean; onChanged: () => void }) {
  const t = useT();
  const { announce } = useStatus();
  const [editing, setEditing] = useState<{ key: number; member: ForumMember | null }>({ key: 0, member: null });
  const [failure, setFailure] = useState<ApiError | null>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const edit = (member: ForumMember | null) => {
    setEditing((e) => ({ key: e.key + 1, member }));
    requestAnimationFrame(() => formHeading.current?.focus());
  };
  const end = async (m: ForumMember) => {
    setFailure(null);
    try {
      await forumApi.endForumMembership({ params: { id: m.id } });
      announce(t('forumMembers.ended', { name: m.personName }));
      onChanged();
    } catch (error) {
      setFailure(error instanceof ApiError ? error : new ApiError(0, 'UNKNOWN', null));
    }
  };
  return (
    <>
      {failure && <ApiErrorAlert error={failure} />}
      {members.length === 0 ? (
        <Paragraph>{t('forumMembers.none')}</Paragraph>
      ) : (
        <TableScroll>
          <Table zebra className="kl-table">
            <caption>{t('forumMembers.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('forumMembers.person')}</Table.HeaderCell>
                <Table.HeaderCell>{t('forumMembers.organisation')}</Table.HeaderCell>
                <Table.HeaderCell>{t('forumMembers.category')}</Table.HeaderCell>
                <Table.HeaderCell>{t('forumMembers.deputy')}</Table.HeaderCell>
                <Table.HeaderCell>{t('forumMembers.term')}</Table.HeaderCell>
                {canManage && <Table.HeaderCell>{t('forumMembers.actions')}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {members.map((m) => (
                <Table.Row key={m.id}>
                  <Table.HeaderCell scope="row">{m.personName}</Table.HeaderCell>
                  <Table.Cell>{m.organisationName}</Table.Cell>
                  <Table.Cell>{t(`forumCategory.${m.category}`)}</Table.Cell>
                  <Table.Cell>{m.deputyName ?? t('forumMembers.noDeputy')}</Table.Cell>
                  <Table.Cell>
                    {m.endedAt
                      ? t('forumMembers.endedOn', { from: formatLocalDate(m.termFrom), date: formatDate(m.endedAt) })
                      : m.termTo
                        ? t('forumMembers.termFromTo', { from: formatLocalDate(m.termFrom), to: formatLocalDate(m.termTo) })
                        : t('forumMembers.termFrom', { from: formatLocalDate(m.termFrom) })}
                  </Table.Cell>
                  {canManage && (
                    <Table.Cell>
                      {!m.endedAt && (
                        <div className="kl-actions">
                          <Button type="button" variant="tertiary" data-size="sm" aria-label={t('forumMembers.editOne', { name: m.personName })} onClick={() => edit(m)}>
                            {t('common.edit')}
                          </Button>
                          <Button type="button" variant="tertiary" data-size="sm" aria-label={t('forumMembers.endOne', { name: m.personName })} onClick={() => void end(m)}>
                            {t('forumMembers.end')}
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
      )}
      {canManage && (
        <section aria-labelledby="forum-member-form" className="kl-section">
          <Heading level={2} data-size="sm" id="forum-member-form" ref={formHeading} tabIndex={-1}>
            {editing.member ? t('forumMembers.editHeading', { name: editing.member.personName }) : t('forumMembers.appointHeading')}
          </Heading>
          <MemberForm
            key={editing.key}
            officeId={officeId}
            member={editing.member}
            onCancel={editing.member ? () => edit(null) : undefined}
            onSaved={() => {
              setEditing((e) => ({ key: e.key + 1, member: null }));
              onChanged();
            }}
          />
        </section>
      )}
    </>
  );
}
