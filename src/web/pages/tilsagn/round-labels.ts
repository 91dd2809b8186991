// The words for a round's decision states, pipeline stages, letter languages and file states, one map each so a
// new value in the domain's lists fails to compile here until it has its text.
import type { TBatchKind, TBatchState } from '../../../domain/tilsagn/vedtak-batch.ts';
import type { TPipelineStage } from '../../../domain/tilsagn/pipeline.ts';
import type { TLetterLanguage } from '../../../domain/tilsagn/letter-input.ts';
import type { TLetterState } from '../../../domain/tilsagn/issue-letters.ts';
import type { MessageKey } from '../../i18n/catalogs.ts';

export const DECISION_STATE_LABEL: Record<'ikke-forberedt' | TBatchState, MessageKey> = {
  'ikke-forberedt': 'tilsagn.round.state.none',
  utkast: 'tilsagn.round.state.utkast',
  'til-godkjenning': 'tilsagn.round.state.tilGodkjenning',
  godkjent: 'tilsagn.round.state.godkjent',
  utstedt: 'tilsagn.round.state.utstedt',
};

/** Tag colours: waiting on someone (warning), done (success), nothing yet (neutral). */
export const DECISION_STATE_COLOR: Record<'ikke-forberedt' | TBatchState, 'neutral' | 'info' | 'warning' | 'success'> = {
  'ikke-forberedt': 'neutral',
  utkast: 'info',
  'til-godkjenning': 'warning',
  godkjent: 'success',
  utstedt: 'success',
};

export const BATCH_KIND_LABEL: Record<TBatchKind, MessageKey> = {
  vedtak: 'tilsagn.round.kind.vedtak',
  endringsvedtak: 'tilsagn.round.kind.endringsvedtak',
};

export const STAGE_LABEL: Record<TPipelineStage | 'klage', MessageKey> = {
  innstilt: 'tilsagn.round.stage.innstilt',
  forberedt: 'tilsagn.round.stage.forberedt',
  'til-godkjenning': 'tilsagn.round.stage.tilGodkjenning',
  godkjent: 'tilsagn.round.stage.godkjent',
  utstedt: 'tilsagn.round.stage.utstedt',
  akseptert: 'tilsagn.round.stage.akseptert',
  klage: 'tilsagn.round.stage.klage',
};

export const LANGUAGE_LABEL: Record<TLetterLanguage, MessageKey> = {
  nb: 'tilsagn.round.lang.nb',
  nn: 'tilsagn.round.lang.nn',
  se: 'tilsagn.round.lang.se',
  smj: 'tilsagn.round.lang.smj',
  sma: 'tilsagn.round.lang.sma',
};

export const LETTER_STATE_LABEL: Record<TLetterState, MessageKey> = {
  venter: 'tilsagn.round.letterState.venter',
  klar: 'tilsagn.round.letterState.klar',
  feilet: 'tilsagn.round.letterState.feilet',
};
