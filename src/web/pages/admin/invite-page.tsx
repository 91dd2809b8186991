// Invite a person: they get an e-mail and, at their first login, the roles given here. Case officers invite
// anyone in their office; coordinators invite people of their own organisation.
import { useNavigate } from 'react-router';
import { ZInvitationInput } from '../../../domain/access/invitation.ts';
import { api } from '../../api.ts';
import { Page } from '../../components/page.tsx';
import { useT } from '../../i18n/i18n-context.tsx';
import { useStatus } from '../../layout/status-context.tsx';
import { InviteForm, type InviteBody } from './invite-form.tsx';

export function InvitePage() {
  const t = useT();
  const navigate = useNavigate();
  const { announce } = useStatus();
  const send = async (body: InviteBody) => {
    await api.post('/api/invitations', body);
    announce(t('invitations.sentTo', { email: body.email }), '/admin/invitasjoner');
    navigate('/admin/invitasjoner');
  };
  return (
    <Page title={t('page.invite')}>
      <InviteForm schema={ZInvitationInput} onSubmit={send} />
    </Page>
  );
}
