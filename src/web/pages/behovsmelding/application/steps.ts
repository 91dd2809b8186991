// The steps of the behovsmelding form: sections 1–6, attachments and the summary, each a page of its own
// (`/behovsmeldinger/:id/seksjon-1` …), and where a validation issue is fixed (its step page + its input's anchor).
import type { TApplicationIssue, TSectionNumber, TSectionStatus } from '../../../../domain/behovsmelding/validate-application.ts';
import type { MessageKey } from '../../../i18n/catalogs.ts';
import { fieldAnchorId } from './field-anchor.ts';

export type StepSlug = `seksjon-${TSectionNumber}` | 'vedlegg' | 'oppsummering';

export type Step = { slug: StepSlug; title: MessageKey; section: TSectionNumber | null };

export const SECTION_STEPS: readonly Step[] = [
  { slug: 'seksjon-1', title: 'page.bmSection1', section: 1 },
  { slug: 'seksjon-2', title: 'page.bmSection2', section: 2 },
  { slug: 'seksjon-3', title: 'page.bmSection3', section: 3 },
  { slug: 'seksjon-4', title: 'page.bmSection4', section: 4 },
  { slug: 'seksjon-5', title: 'page.bmSection5', section: 5 },
  { slug: 'seksjon-6', title: 'page.bmSection6', section: 6 },
];

export const STEPS: readonly Step[] = [
  ...SECTION_STEPS,
  { slug: 'vedlegg', title: 'page.bmAttachments', section: null },
  { slug: 'oppsummering', title: 'page.bmSummary', section: null },
];

export const applicationPath = (id: string) => `/behovsmeldinger/${encodeURIComponent(id)}`;
export const stepPath = (id: string, slug: StepSlug | 'kvittering' | 'historikk') => `${applicationPath(id)}/${slug}`;
export const sectionSlug = (section: TSectionNumber): StepSlug => `seksjon-${section}`;

/** Where to fix an issue: its section's page, at its input (or the nearest enclosing one, see field-anchor.ts). */
export function issueHref(id: string, issue: Pick<TApplicationIssue, 'path' | 'section'>): string {
  return `${stepPath(id, sectionSlug(issue.section))}#${fieldAnchorId(issue.path)}`;
}

/** The step before and after a step, for the links at the bottom of each page. */
export function neighbours(slug: StepSlug): { previous: Step | null; next: Step | null } {
  const i = STEPS.findIndex((s) => s.slug === slug);
  return { previous: STEPS[i - 1] ?? null, next: STEPS[i + 1] ?? null };
}

export const SECTION_STATUS_LABEL: Record<TSectionStatus, MessageKey> = {
  tom: 'bm.sectionStatus.empty',
  påbegynt: 'bm.sectionStatus.started',
  fullført: 'bm.sectionStatus.done',
  'har-feil': 'bm.sectionStatus.errors',
};

export const SECTION_STATUS_COLOR: Record<TSectionStatus, 'neutral' | 'warning' | 'success' | 'danger'> = {
  tom: 'neutral',
  påbegynt: 'warning',
  fullført: 'success',
  'har-feil': 'danger',
};
