// The recusal proposal rule (forvaltningsloven § 6; issue 13 point 2): who the system proposes as inhabil on an
// application, and the reason it gives.
import { describe, expect, it } from 'vitest';
import { proposeRecusals, type TApplicationParties, type TRecusalMember } from './recusal.ts';
import { proposedReason } from './recusal-reason.ts';

const UIT = { id: 'm-uit', organisationId: 'uit', organisationName: 'UiT Norges arktiske universitet', host: null };
const NORD = { id: 'm-nord', organisationId: 'nord', organisationName: 'Nord universitet', host: null };
const RSK = { id: 'm-rsk', organisationId: 'rsk', organisationName: 'Region Sør-Troms', host: { id: 'harstad', name: 'Harstad kommune' } };
const UDF = { id: 'm-udf', organisationId: 'udf', organisationName: 'Utdanningsforbundet Troms', host: null };
const HARSTAD = { id: 'm-harstad', organisationId: 'harstad', organisationName: 'Harstad kommune', host: null };

const sorTroms: TApplicationParties = {
  applicantId: 'rsk',
  payeeId: 'harstad',
  members: [
    { organisationId: 'harstad', role: 'owner' },
    { organisationId: 'evenes', role: 'owner' },
    { organisationId: 'uit', role: 'uh' },
  ],
};

const members: TRecusalMember[] = [UIT, NORD, RSK, UDF, HARSTAD];

describe('proposing recusals', () => {
  it('the UiT member is proposed as recused on an application where UiT is the UH', () => {
    const [uit] = proposeRecusals([UIT], sorTroms);
    expect(uit).toEqual({ memberId: 'm-uit', organisationName: 'UiT Norges arktiske universitet', viaHostOf: null, roles: ['uh'] });
    expect(proposedReason(uit!)).toBe('UiT Norges arktiske universitet deltar i behovsmeldingen som UH');
  });

  it('a member whose organisation is owner, applicant or payee is proposed, naming every role it has', () => {
    const proposed = proposeRecusals(members, sorTroms);
    expect(proposed.map((p) => p.memberId)).toEqual(['m-uit', 'm-rsk', 'm-harstad']);
    const harstad = proposed.find((p) => p.memberId === 'm-harstad')!;
    expect(harstad.roles).toEqual(['owner', 'payee']);
    expect(proposedReason(harstad)).toBe('Harstad kommune deltar i behovsmeldingen som eier og mottaker av tilskuddet');
  });

  it('an RSK member is proposed through its host municipality when only the host takes part', () => {
    const hostOnly: TApplicationParties = { applicantId: 'harstad', payeeId: 'harstad', members: [{ organisationId: 'harstad', role: 'owner' }] };
    const [rsk] = proposeRecusals([RSK], hostOnly);
    expect(rsk).toEqual({ memberId: 'm-rsk', organisationName: 'Harstad kommune', viaHostOf: 'Region Sør-Troms', roles: ['owner', 'applicant', 'payee'] });
    expect(proposedReason(rsk!)).toBe('Harstad kommune, vertskommune for Region Sør-Troms, deltar i behovsmeldingen som eier, søker og mottaker av tilskuddet');
  });

  it('the RSK member is proposed for the RSK itself when the RSK is the applicant, not for the host as well', () => {
    const [rsk] = proposeRecusals([RSK], sorTroms);
    expect(rsk).toMatchObject({ organisationName: 'Region Sør-Troms', viaHostOf: null, roles: ['applicant'] });
  });

  it('members whose organisation takes no part are not proposed (a union, another UH)', () => {
    expect(proposeRecusals([UDF, NORD], sorTroms)).toEqual([]);
  });
});
