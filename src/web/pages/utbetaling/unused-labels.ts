// The words for an unused-money case's state and source, shared by the partnership page and the case's own page.
import type { UNUSED_SOURCES, UNUSED_STATES } from '../../../domain/utbetaling/unused-funds.ts';
import type { MessageKey } from '../../i18n/catalogs.ts';

export const UNUSED_STATE_LABEL: Record<(typeof UNUSED_STATES)[number], MessageKey> = {
  registrert: 'utbetaling.unused.state.registrert',
  overfort: 'utbetaling.unused.state.overfort',
  motregnet: 'utbetaling.unused.state.motregnet',
  krevd: 'utbetaling.unused.state.krevd',
  mottatt: 'utbetaling.unused.state.mottatt',
};

export const UNUSED_SOURCE_LABEL: Record<(typeof UNUSED_SOURCES)[number], MessageKey> = {
  rapport: 'utbetaling.unused.source.rapport',
  kontor: 'utbetaling.unused.source.kontor',
};

/** The partnership answer gives state and source as plain strings: an unknown one is shown as it is. */
export const stateLabel = (t: (key: MessageKey) => string, state: string) => (state in UNUSED_STATE_LABEL ? t(UNUSED_STATE_LABEL[state as keyof typeof UNUSED_STATE_LABEL]) : state);
export const sourceLabel = (t: (key: MessageKey) => string, source: string) => (source in UNUSED_SOURCE_LABEL ? t(UNUSED_SOURCE_LABEL[source as keyof typeof UNUSED_SOURCE_LABEL]) : source);
