// The messages of issue 15 point 3, each in both written standards: what the recipient reads (subject, the facts, the
// link), and the rules of when a deadline reminder is due. Pure: no database.
import { describe, expect, it } from 'vitest';
import { ZReminderDays } from '../behovsmelding/round.ts';
import { acceptanceReminderNotice } from './acceptance-reminder.ts';
import { decisionNotice } from './decision.ts';
import { daysLeft, deadlineOccasion, deadlineReminderNotice, dueDeadlineReminder } from './deadline-reminder.ts';
import { innstillingAdoptedNotice } from './innstilling-adopted.ts';
import { decisionLink, formatDateLocal } from './links.ts';
import { receiptNotice } from './receipt.ts';
import { resubmittedNotice, returnedNotice } from './returned.ts';

const LINK = 'https://kl.example.org/behovsmeldinger/a-1';
const common = { officeName: 'Statsforvalteren i Troms og Finnmark', partnershipName: 'Kompetanseløftet Nord-Troms', roundTitle: 'Kompetanseløftet 2091', link: LINK };
/** 1 December 2090, 13:00 in Oslo (winter time). */
const AT = new Date('2090-12-01T12:00:00Z');

describe('the receipt', () => {
  const facts = { ...common, documentNumber: '2090/4471-3', submittedAt: AT, submittedByName: 'Nils Nordreisa', onExtension: false };
  it('in Bokmål keeps the wording sent since issue 12', () => {
    const n = receiptNotice({ ...facts, language: 'nb' });
    expect(n).toMatchObject({ kind: 'kvittering', language: 'nb', link: LINK, subject: 'Kvittering: behovsmelding 2090/4471-3 er mottatt' });
    expect(n.text).toBe(
      [
        'Statsforvalteren i Troms og Finnmark har mottatt behovsmeldingen fra Kompetanseløftet Nord-Troms.',
        '',
        'Utlysning: Kompetanseløftet 2091',
        'Dokumentnummer: 2090/4471-3',
        'Sendt inn: 01.12.2090 kl. 13:00 av Nils Nordreisa',
        `Se behovsmeldingen: ${LINK}`,
        '',
        'Dette er en automatisk kvittering fra Kompetanseløft.',
      ].join('\n'),
    );
  });
  it('in nynorsk, with the extension named', () => {
    const n = receiptNotice({ ...facts, language: 'nn', onExtension: true });
    expect(n.subject).toBe('Kvittering: behovsmelding 2090/4471-3 er motteken');
    expect(n.text).toContain('har motteke behovsmeldinga frå Kompetanseløftet Nord-Troms.');
    expect(n.text).toContain('Sendt inn innanfor utsett frist.');
    expect(n.text).toContain(`Sjå behovsmeldinga: ${LINK}`);
    expect(n.text).not.toMatch(/\bfra\b|\bSe behovsmeldingen\b/);
  });
});

describe('returned for correction, and back again', () => {
  const facts = { ...common, documentNumber: '2090/4471-3', returnedByName: 'Siri Saksbehandler', message: 'Rett budsjettet.', resubmitUntil: '22.12.2090 kl. 23:59' };
  it('in Bokmål: the message and the window', () => {
    const n = returnedNotice({ ...facts, language: 'nb' });
    expect(n.subject).toBe('Behovsmelding 2090/4471-3 er returnert for retting');
    expect(n.text).toContain('Melding fra Siri Saksbehandler:\nRett budsjettet.');
    expect(n.text).toContain('send den inn på nytt innen 22.12.2090 kl. 23:59');
    expect(n.text).toContain(LINK);
  });
  it('in nynorsk', () => {
    const n = returnedNotice({ ...facts, language: 'nn', documentNumber: null });
    expect(n.subject).toBe('Behovsmelding er returnert for retting');
    expect(n.text).toContain('Melding frå Siri Saksbehandler:');
    expect(n.text).toContain('send ho inn på nytt innan 22.12.2090 kl. 23:59');
  });
  it('the case officer hears it came back, in either standard', () => {
    const f = { ...common, documentNumber: '2090/4471-4', submittedAt: AT, submittedByName: 'Nils Nordreisa' };
    expect(resubmittedNotice({ ...f, language: 'nb' }).subject).toBe('Behovsmelding 2090/4471-4 er sendt inn på nytt');
    expect(resubmittedNotice({ ...f, language: 'nn' }).text).toContain('behovsmeldinga du returnerte for retting');
  });
});

describe('the innstilling adopted', () => {
  it('says it is the forum’s advice and links to the application, in both standards', () => {
    const nb = innstillingAdoptedNotice({ ...common, language: 'nb' });
    expect(nb).toMatchObject({ kind: 'innstilling-vedtatt', subject: 'Innstillingen er vedtatt: Kompetanseløftet 2091' });
    expect(nb.text).toContain('Statsforvalteren i Troms og Finnmark fatter vedtak');
    expect(nb.text).toContain(LINK);
    const nn = innstillingAdoptedNotice({ ...common, language: 'nn' });
    expect(nn.subject).toBe('Innstillinga er vedteken: Kompetanseløftet 2091');
    expect(nn.text).toContain('gjer vedtak og sender vedtaksbrevet seinare');
  });
});

describe('the decision', () => {
  const facts = { ...common, documentNumber: '2090/4471-7', letterFileName: '2090-4471-7.pdf', link: decisionLink('https://kl.example.org', 'a-1') };
  it('a tilsagn to accept names the last day, the attachment and the decision section', () => {
    const n = decisionNotice({ ...facts, language: 'nb', kind: 'tilsagn', acceptanceDueLocal: '2091-02-15' });
    expect(n.subject).toBe('Vedtak om tilsagn: Kompetanseløftet 2091 (2090/4471-7)');
    expect(n.text).toContain('Vedtaksbrevet er vedlagt (2090-4471-7.pdf).');
    expect(n.text).toContain('må aksepteres innen 15.02.2091');
    expect(n.text).toContain('https://kl.example.org/behovsmeldinger/a-1#tilsagn-decision-heading');
  });
  it('in nynorsk; an avslag or a transfer asks no acceptance', () => {
    const n = decisionNotice({ ...facts, language: 'nn', kind: 'tilsagn', acceptanceDueLocal: '2091-02-15' });
    expect(n.subject).toBe('Vedtak om tilsegn: Kompetanseløftet 2091 (2090/4471-7)');
    expect(n.text).toContain('Tilsegnet og vilkåra må aksepterast innan 15.02.2091.');
    expect(n.text).toContain('Vedtaksbrevet ligg ved');
    const avslag = decisionNotice({ ...facts, language: 'nn', kind: 'avslag', acceptanceDueLocal: null });
    expect(avslag.subject).toBe('Vedtak om avslag: Kompetanseløftet 2091 (2090/4471-7)');
    expect(avslag.text).not.toContain('aksept');
    expect(decisionNotice({ ...facts, language: 'nb', kind: 'tilsagn', acceptanceDueLocal: null }).text).not.toContain('aksept');
  });
});

describe('the acceptance reminder', () => {
  const facts = { ...common, documentNumber: '2090/4471-7', acceptanceDueLocal: '2091-02-15' };
  it('before the last day, and after it, in both standards', () => {
    const nb = acceptanceReminderNotice({ ...facts, language: 'nb', todayLocal: '2091-02-08' });
    expect(nb).toMatchObject({ kind: 'akseptpaminnelse', subject: 'Påminnelse: tilsagn 2090/4471-7 må aksepteres innen 15.02.2091' });
    expect(nb.text).toContain('er ikke akseptert ennå. Fristen er 15.02.2091.');
    const late = acceptanceReminderNotice({ ...facts, language: 'nn', todayLocal: '2091-02-16' });
    expect(late.subject).toBe('Påminning: tilsegn 2090/4471-7 må aksepterast innan 15.02.2091');
    expect(late.text).toContain('gjekk ut 15.02.2091');
    expect(late.text).toContain(LINK);
  });
});

describe('the deadline reminder', () => {
  it('is due from its day to the deadline; the nearest of several due goes, none after the deadline', () => {
    expect(dueDeadlineReminder('2090-12-01', '2090-11-16', [14, 3])).toBeNull();
    expect(dueDeadlineReminder('2090-12-01', '2090-11-17', [14, 3])).toBe(14);
    expect(dueDeadlineReminder('2090-12-01', '2090-11-27', [14, 3])).toBe(14);
    expect(dueDeadlineReminder('2090-12-01', '2090-11-28', [14, 3])).toBe(3);
    // A round made two days before its deadline: one reminder, not two.
    expect(dueDeadlineReminder('2090-12-01', '2090-11-29', [3, 14])).toBe(3);
    expect(dueDeadlineReminder('2090-12-01', '2090-12-01', [0])).toBe(0);
    expect(dueDeadlineReminder('2090-12-01', '2090-12-02', [14, 3])).toBeNull();
    expect(dueDeadlineReminder('2090-12-01', '2090-11-28', [])).toBeNull();
    // Across the change to winter time: dates, not instants.
    expect(daysLeft('2090-11-01', '2090-10-25')).toBe(7);
    expect(deadlineOccasion(14)).toBe('14-dager-for');
  });

  it('tells a partnership with nothing, a draft or a returned one, in both standards', () => {
    const f = { ...common, deadline: '01.12.2090 kl. 23:59', daysLeft: 3 };
    const none = deadlineReminderNotice({ ...f, language: 'nb', applicationStatus: null });
    expect(none).toMatchObject({ kind: 'fristpaminnelse', subject: 'Påminnelse: fristen for behovsmeldingen går ut om 3 dager' });
    expect(none.text).toContain('er 01.12.2090 kl. 23:59.');
    expect(none.text).toContain('har ikke begynt på en behovsmelding');
    expect(none.text).toContain(`Se utlysningen: ${LINK}`);
    const draft = deadlineReminderNotice({ ...f, language: 'nn', applicationStatus: 'utkast', daysLeft: 1 });
    expect(draft.subject).toBe('Påminning: fristen for behovsmeldinga går ut i morgon');
    expect(draft.text).toContain('er eit utkast og er ikkje send inn');
    expect(deadlineReminderNotice({ ...f, language: 'nn', applicationStatus: 'returnert', daysLeft: 0 }).subject).toContain('i dag');
  });

  it('the round’s reminder days: up to three different whole days 0–60, nearest last', () => {
    expect(ZReminderDays.parse([3, 14])).toEqual([14, 3]);
    expect(ZReminderDays.parse([])).toEqual([]);
    for (const bad of [[61], [-1], [1.5], [3, 3], [1, 2, 3, 4], ['3']]) expect(ZReminderDays.safeParse(bad).success).toBe(false);
  });
});

it('formats an Oslo date as 01.12.2090', () => {
  expect(formatDateLocal('2090-12-01')).toBe('01.12.2090');
  expect(formatDateLocal('2090-12-01T23:59:59')).toBe('01.12.2090');
});
