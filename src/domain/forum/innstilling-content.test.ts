// The innstilling's content (issue 13, point 5): prioritised measures with owners, cooperating UH, participants,
// duration and the money per actor and year (later years provisional); not prioritised and reduced with reasons; per
// item the decision, counts, dissent and recusals.
import { describe, expect, it } from 'vitest';
import { innstillingContent, type TContentApplication, type TContentInput } from './innstilling-content.ts';

const app = (over: Partial<TContentApplication> & { id: string }): TContentApplication => ({
  partnershipName: over.id,
  owners: ['Harstad kommune'],
  payeeName: 'Harstad kommune',
  uh: [
    { id: 'uit', name: 'UiT' },
    { id: 'nord', name: 'Nord universitet' },
  ],
  units: [{ label: 'kommunale grunnskoler', count: 3 }],
  askedKr: 0,
  priority: 1,
  reason: null,
  lines: [],
  assessment: null,
  ...over,
});

const input = (applications: TContentApplication[]): TContentInput => ({
  round: { id: 'r', title: 'Behovsmeldinger 2026', year: 2026, officeName: 'Statsforvalteren i Troms og Finnmark' },
  state: 'vedtatt',
  adoptedAt: new Date('2026-02-01T10:00:00Z'),
  adoptedByName: 'Siri',
  meeting: { title: 'Forumsmøte', startsAtLocal: '2026-02-01T10:00:00' },
  scenario: { id: 's', name: 'Forslag' },
  applications,
  items: [
    { position: 2, title: 'B', applicationId: 'b', decisionKind: 'vote', decisionText: null, voteCounts: { for: 3, mot: 1, avstår: 0 }, dissent: 'KS: for tynt', recusals: [] },
    { position: 1, title: 'A', applicationId: 'a', decisionKind: 'consensus', decisionText: 'Innstilt', voteCounts: null, dissent: null, recusals: [{ memberName: 'Ingrid', organisationName: 'UiT', reason: 'UiT er UH', deputyStepsIn: false }] },
  ],
});

describe('innstillingContent', () => {
  const content = innstillingContent(
    input([
      app({
        id: 'a',
        priority: 2,
        askedKr: 400,
        assessment: 'Godt forankret.',
        lines: [
          { year: 2026, recipient: 'owner', recipientOrgId: '', amountKr: 100 },
          { year: 2026, recipient: 'uh', recipientOrgId: 'uit', amountKr: 60 },
          { year: 2026, recipient: 'uh', recipientOrgId: 'nord', amountKr: 40 },
          { year: 2027, recipient: 'owner', recipientOrgId: '', amountKr: 100 },
          { year: 2027, recipient: 'uh', recipientOrgId: 'uit', amountKr: 100 },
        ],
      }),
      app({ id: 'b', priority: 1, askedKr: 500, reason: 'Budsjettet er for høyt for rammen.', lines: [{ year: 2026, recipient: 'owner', recipientOrgId: '', amountKr: 300 }] }),
      app({ id: 'c', priority: null, askedKr: 200, reason: 'Tiltaket er individuell videreutdanning.' }),
    ]),
  );

  it('lists the prioritised measures in rank order with owner and each UH per year, later years provisional', () => {
    expect(content.prioritised.map((p) => [p.applicationId, p.priority])).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
    const a = content.prioritised[1]!;
    expect(a.split).toEqual([
      { year: 2026, provisional: false, ownerKr: 100, uh: [{ orgId: 'nord', name: 'Nord universitet', amountKr: 40 }, { orgId: 'uit', name: 'UiT', amountKr: 60 }], totalKr: 200 },
      { year: 2027, provisional: true, ownerKr: 100, uh: [{ orgId: 'uit', name: 'UiT', amountKr: 100 }], totalKr: 200 },
    ]);
    expect(a).toMatchObject({ durationYears: 2, years: [2026, 2027], totalKr: 400, reduced: false, uh: ['Nord universitet', 'UiT'], assessment: 'Godt forankret.' });
    expect(a.units).toEqual([{ label: 'kommunale grunnskoler', count: 3 }]);
  });

  it('marks the reduced measure with its reason, and lists the not prioritised with theirs', () => {
    expect(content.prioritised[0]).toMatchObject({ applicationId: 'b', reduced: true, reason: 'Budsjettet er for høyt for rammen.', uh: ['UiT', 'Nord universitet'] });
    expect(content.notPrioritised).toEqual([{ applicationId: 'c', partnershipName: 'c', askedKr: 200, reason: 'Tiltaket er individuell videreutdanning.', assessment: null }]);
  });

  it('sums the prioritised per year and orders the items as on the agenda', () => {
    expect(content.totals).toEqual([
      { year: 2026, provisional: false, totalKr: 500 },
      { year: 2027, provisional: true, totalKr: 200 },
    ]);
    expect(content.items.map((i) => i.position)).toEqual([1, 2]);
    expect(content.items[1]).toMatchObject({ voteCounts: { for: 3, mot: 1, avstår: 0 }, dissent: 'KS: for tynt' });
    expect(content.items[0]!.recusals[0]!.memberName).toBe('Ingrid');
    expect(content.adoptedAt).toBe('2026-02-01T10:00:00.000Z');
  });
});
