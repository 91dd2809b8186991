// Read-only tables of a partnership's members and units.
import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useLabels } from '../../components/labels.ts';
import { byNumber, numberAndName, useMunicipalities, useNameMap } from '../../hooks/use-reference.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import type { PartnershipMember, PartnershipUnit } from '../../types/org.ts';
import { TableScroll } from '../../components/table-scroll.tsx';

export function PartnershipMembersTable({ members }: { members: PartnershipMember[] }) {
  const t = useT();
  const { kindLabel, memberRoleLabel } = useLabels();
  return (
    <section aria-labelledby="partnership-members" className="kl-section">
      <Heading level={2} data-size="sm" id="partnership-members">
        {t('partnership.members')}
      </Heading>
      <TableScroll>
        <Table zebra className="kl-table">
          <caption className="ds-sr-only">{t('partnership.memberListCaption', { count: members.length })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('field.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('field.kind')}</Table.HeaderCell>
              <Table.HeaderCell>{t('field.memberRole')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {members.map((m) => (
              <Table.Row key={m.organisationId}>
                <Table.Cell>
                  <Link asChild>
                    <RouterLink to={`/organisasjoner/${m.organisationId}`}>{m.name}</RouterLink>
                  </Link>
                </Table.Cell>
                <Table.Cell>{kindLabel(m.kind)}</Table.Cell>
                <Table.Cell>{memberRoleLabel(m.role)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </section>
  );
}

export function PartnershipUnitsTable({ units, members }: { units: PartnershipUnit[]; members: PartnershipMember[] }) {
  const t = useT();
  const { unitKindLabel } = useLabels();
  const municipalities = useNameMap(useMunicipalities().data?.municipalities, byNumber);
  const owners = new Map(members.map((m) => [m.organisationId, m.name]));
  return (
    <section aria-labelledby="partnership-units" className="kl-section">
      <Heading level={2} data-size="sm" id="partnership-units">
        {t('partnership.units')}
      </Heading>
      {units.length === 0 ? (
        <Paragraph>{t('partnership.noUnits')}</Paragraph>
      ) : (
        <TableScroll>
          <Table zebra className="kl-table">
            <caption className="ds-sr-only">{t('partnership.unitListCaption', { count: units.length })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('field.unitName')}</Table.HeaderCell>
                <Table.HeaderCell>{t('field.unitKind')}</Table.HeaderCell>
                <Table.HeaderCell>{t('field.unitOwner')}</Table.HeaderCell>
                <Table.HeaderCell>{t('field.municipality')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {units.map((u, i) => (
                <Table.Row key={u.id ?? i}>
                  <Table.Cell>{u.name}</Table.Cell>
                  <Table.Cell>{unitKindLabel(u.kind)}</Table.Cell>
                  <Table.Cell>{u.ownerId ? (owners.get(u.ownerId) ?? '') : ''}</Table.Cell>
                  <Table.Cell>{numberAndName(u.municipalityNumber, municipalities)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
