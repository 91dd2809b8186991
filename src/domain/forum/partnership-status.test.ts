// What a partnership sees of the forum's work on its application (issue 13, point 6).
import { describe, expect, it } from 'vitest';
import { innstillingContent } from './innstilling-content.ts';
import { partnershipForumView } from './partnership-status.ts';

const adopted = innstillingContent({
  round: { id: 'r', title: 'R', year: 2026, officeName: 'SF' },
  state: 'vedtatt',
  adoptedAt: new Date(),
  adoptedByName: 'Siri',
  meeting: null,
  scenario: null,
  items: [],
  applications: [
    {
      id: 'a',
      partnershipName: 'A',
      owners: [],
      payeeName: 'Harstad kommune',
      uh: [{ id: 'uit', name: 'UiT' }],
      units: [],
      askedKr: 100,
      priority: 1,
      reason: null,
      lines: [{ year: 2026, recipient: 'uh', recipientOrgId: 'uit', amountKr: 100 }],
      assessment: 'Godt.',
    },
    { id: 'b', partnershipName: 'B', owners: [], payeeName: '', uh: [], units: [], askedKr: 50, priority: null, reason: 'Utenfor rammen.', lines: [], assessment: null },
  ],
});

describe('partnershipForumView', () => {
  it('sendt → til behandling once on an agenda → innstilt with own amounts and assessment', () => {
    expect(partnershipForumView({ applicationId: 'a', submitted: true, onAgenda: false, adopted: null })).toBeNull();
    expect(partnershipForumView({ applicationId: 'a', submitted: true, onAgenda: true, adopted: null })).toEqual({ status: 'til behandling', outcome: null });
    expect(partnershipForumView({ applicationId: 'a', submitted: true, onAgenda: true, adopted })).toMatchObject({
      status: 'innstilt',
      outcome: { prioritised: true, totalKr: 100, assessment: 'Godt.', reason: null, split: [{ year: 2026, uh: [{ name: 'UiT', amountKr: 100 }] }] },
    });
  });

  it('a not prioritised application sees the reason', () => {
    expect(partnershipForumView({ applicationId: 'b', submitted: true, onAgenda: true, adopted })).toEqual({
      status: 'innstilt',
      outcome: { prioritised: false, split: [], totalKr: 0, assessment: null, reason: 'Utenfor rammen.' },
    });
  });

  it('a draft is not before the forum', () => {
    expect(partnershipForumView({ applicationId: 'a', submitted: false, onAgenda: true, adopted })).toBeNull();
  });
});
