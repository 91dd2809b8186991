// The names of the members of the behovsmelding's grouped answers (section 6 per year, a part, a budget line, a row
// of the tiltak table), as the form labels their inputs: the version history shows "År: 2027 · 6.3 Tilskudd …: 500 000"
// where it showed bare numbers. Internal members (ids, kinds) have no label and are shown as they are.
import type { MessageKey } from '../../../i18n/catalogs.ts';

export const HISTORY_KEY_LABELS: Readonly<Record<string, MessageKey>> = {
  year: 'bm.grant.yearField',
  ownerKr: 'bm.grant.ownerKr',
  uhKr: 'bm.grant.uhKr',
  statedTotalKr: 'bm.grant.statedTotalKr',
  coFundingKr: 'bm.grant.coFundingKr',
  coFundingPurpose: 'bm.grant.coFundingPurpose',
  coordinatorOwnerKr: 'bm.grant.coordinatorOwnerKr',
  coordinatorUhKr: 'bm.grant.coordinatorUhKr',
  coordinatorNote: 'bm.grant.coordinatorNote',
  heldOverOwnerKr: 'bm.grant.heldOverOwner',
  heldOverUhKr: 'bm.grant.heldOverUh',
  shares: 'bm.grant.shares',
  kartlegging: 'bm.grant.share.kartlegging',
  planlegging: 'bm.grant.share.planlegging',
  gjennomforing: 'bm.grant.share.gjennomforing',
  coordinatorJustification: 'bm.grant.justification',
  name: 'bm.part.name',
  budgetYear: 'bm.part.budgetYear',
  otherOfficeId: 'bm.part.office',
  title: 'bm.budget.title',
  description: 'bm.budget.description',
  unitPrice: 'bm.budget.unitPrice',
  statedAmount: 'bm.budget.statedAmount',
  percent: 'bm.budget.percent',
  statedTotal: 'bm.budget.statedTotal',
  factors: 'bm.budget.factors',
  nummer: 'bm.tiltak.number',
  hva: 'bm.tiltak.what',
  hvordan: 'bm.tiltak.how',
  malgruppe: 'bm.tiltak.target',
  nar: 'bm.tiltak.when',
  ansvar: 'bm.tiltak.responsible',
};
