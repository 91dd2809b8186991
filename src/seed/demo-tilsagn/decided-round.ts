// The demo's earlier round DECIDED (issue 14, "Must show": demo data): Troms og Finnmark's Kompetanseløftet 2024,
// whose innstilling the forum adopted on 18 January 2024 (src/seed/demo-forum/earlier-round.ts), played on through
// the use cases as the office ran it, on the real 2024 calendar like the rest of that round (fixed clocks; the
// letters' dates, the three-week appeal deadline and the last day to accept then agree with the forum's meeting):
// - the case officer prepares the decisions from the innstilling: a tilsagn to Sør-Troms og Evenes over two years
//   (2025 conditional on the state budget) and an avslag to Nord-Troms, not prioritised; she rewrites the avslag's
//   reasons in nynorsk, since Nordreisa kommune, its addressee, has chosen nynorsk (recipients.ts), and sends the
//   list for approval;
// - Bjørn Disponent, the office's budsjettdisponent, approves it: the 2025 reservation turns binding;
// - the case officer issues the letters: numbered in the case of Troms, one render job per letter queued. They are
//   NOT rendered here: the seed runs in every test run and rendering is its dearest step; `serve` starts its worker
//   right after seeding, and the worker renders them within seconds of `npm start`;
// - Ola Strand, coordinator of the tilsagn's addressee, accepts it; Nordreisa's klage on the avslag, received eleven
//   days after the letter, is registered and left for the office to handle (forward, dismiss or reverse).
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { fixedClock } from '../../domain/shared/clock.ts';
import { acceptVedtak } from '../../usecases/tilsagn/accept-vedtak.ts';
import { approveVedtakBatch } from '../../usecases/tilsagn/approve-vedtak-batch.ts';
import { issueVedtakBatch } from '../../usecases/tilsagn/issue-vedtak-batch.ts';
import { prepareRoundVedtak } from '../../usecases/tilsagn/prepare-round-vedtak.ts';
import { registerKlage } from '../../usecases/tilsagn/register-klage.ts';
import { submitVedtakBatch } from '../../usecases/tilsagn/submit-vedtak-batch.ts';
import { updateVedtak } from '../../usecases/tilsagn/update-vedtak.ts';

const at = (iso: string) => fixedClock(iso);
const PREPARED = at('2024-01-22T10:00:00+01:00');
const SUBMITTED = at('2024-01-22T14:30:00+01:00');
const APPROVED = at('2024-01-24T09:30:00+01:00');
const ISSUED = at('2024-01-25T10:00:00+01:00');
const ACCEPTED = at('2024-02-01T13:15:00+01:00');
const KLAGE_REGISTERED = at('2024-02-06T09:00:00+01:00');
/** Eleven days after the letter: within the three weeks. */
export const KLAGE_RECEIVED_ON = '2024-02-05';

export const TILSAGN_PARTNERSHIP = 'Kompetanseløftet Sør-Troms og Evenes';
export const AVSLAG_PARTNERSHIP = 'Kompetanseløftet Nord-Troms';

/** The avslag's reasons as the case officer wrote them for the letter, in nynorsk like the letter itself. */
export const AVSLAG_REASONS =
  'Behovsmeldinga frå Kompetanseløftet Nord-Troms vart send tilbake for retting og var ikkje klar til handsaming då ' +
  'samarbeidsforumet hadde møte 18. januar 2024. Forumet har difor ikkje prioritert tiltaket innanfor ramma for 2024. ' +
  'Når behovsmeldinga er retta og send inn på nytt, vil forumet vurdere ho.';

const KLAGE = {
  receivedOnLocal: KLAGE_RECEIVED_ON,
  fromName: 'Nordreisa kommune v/ Nils Elvebakk',
  summary:
    'Nordreisa kommune klagar på avslaget for Kompetanseløftet Nord-Troms. Vi meiner at forumet burde ha venta med ' +
    'å avgjere saka til den retta behovsmeldinga var komen inn, slik at tiltaket vart vurdert på lik linje med dei ' +
    'andre. Barnehagane og skulane i regionen har store behov for kompetanseheving i spesialpedagogikk. Vi ber om at ' +
    'vedtaket blir gjort om, eller at klaga blir send vidare til klageinstansen.',
};

export type DecidedRoundActors = { caseOfficer: Actor; approver: Actor; coordinator: Actor };

/** Decides the round `roundId` (its innstilling adopted, nothing prepared yet) as the module header tells. */
export async function seedDecidedRound(db: Db, roundId: string, who: DecidedRoundActors): Promise<void> {
  const { caseOfficer: siri, approver: bjorn, coordinator: ola } = who;
  const prepared = await prepareRoundVedtak({ db, actor: siri, clock: PREPARED, roundId });
  const batch = prepared.batches[0];
  if (!batch) throw new Error('demo tilsagn: preparing made no list');
  const decision = (partnershipName: string, kind: 'tilsagn' | 'avslag') => {
    const d = batch.decisions.find((x) => x.partnershipName === partnershipName);
    if (d?.kind !== kind) throw new Error(`demo tilsagn: expected ${kind} for ${partnershipName}, innstilling gave ${d?.kind ?? 'none'}`);
    return d;
  };
  const tilsagn = decision(TILSAGN_PARTNERSHIP, 'tilsagn');
  const avslag = decision(AVSLAG_PARTNERSHIP, 'avslag');
  if (!tilsagn.lines.some((l) => l.conditional)) throw new Error('demo tilsagn: the innstilling gave Sør-Troms no later year');

  const edited = await updateVedtak({
    db,
    actor: siri,
    clock: PREPARED,
    vedtakId: avslag.id,
    input: { expectedVersion: avslag.version, kind: 'avslag', lines: [], reasons: AVSLAG_REASONS, deviationReason: null },
  });
  const version = () => edited.batches.find((b) => b.id === batch.id)!.version;
  const submitted = await submitVedtakBatch({ db, actor: siri, clock: SUBMITTED, batchId: batch.id, input: { expectedVersion: version() } });
  await approveVedtakBatch({ db, actor: bjorn, clock: APPROVED, batchId: batch.id, input: { expectedVersion: submitted.batches.find((b) => b.id === batch.id)!.version } });
  await issueVedtakBatch({ db, actor: siri, clock: ISSUED, batchId: batch.id });

  await acceptVedtak({ db, actor: ola, clock: ACCEPTED, vedtakId: tilsagn.id });
  await registerKlage({ db, actor: siri, clock: KLAGE_REGISTERED, vedtakId: avslag.id, input: KLAGE });
}
