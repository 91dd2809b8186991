// Invite a person: they get an e-mail and, at their first login, the roles given here. Case officers invite
// anyone in their office; coordinators invite people of their own organisation.
import { Paragraph } from '@digdir/designsystemet-react';
import { useNavigate } from 'react-router';
import { ZInvitationInput } from '../../../domain/access/invitation.ts';
import { accessApi } from '../../clients/access.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { Page } from '../../components/page.tsx';
import { useCall } from '../../hooks/use-call.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { InviteForm, type InviteBody } from './invite-form.tsx';
import { grantBody } from './role-grant-fields.tsx';

export function InvitePage() {
  const t = useT();
  const navigate = useNavigate();
  const { announce } = useStatus();
  // Whom the server lets this user invite, and with which roles: the form offers only those.
  const { data, error } = useCall(accessApi.listInvitations);
  const creates = data?.creates.invitation;
  const send = async (body: InviteBody) => {
    await accessApi.invitePerson({ body: { ...body, roles: body.roles.map(grantBody) } });
    announce(t('invitations.sentTo', { email: body.email }), '/admin/invitasjoner');
    navigate('/admin/invitasjoner');
  };
  return (
    <Page title={t('page.invite')}>
      {error && <ApiErrorAlert error={error} />}
      {!data && !error && <Loading />}
      {data && !creates && <Paragraph>{t('error.forbidden')}</Paragraph>}
      {creates && <InviteForm schema={ZInvitationInput} onSubmit={send} creates={creates} />}
    </Page>
  );
}
