// Types and pure helpers for the page list in routes.tsx (kept apart so components can read route metadata
// without importing the route tree they are part of).
import type { MessageKey } from './i18n/catalogs.ts';

export type ParamKind = 'organisation' | 'person' | 'region' | 'partnership' | 'scheme' | 'round' | 'application' | 'questionnaire' | 'anonymousQuestionnaire' | 'questionnaireResponse' | 'forumItem' | 'forumMeeting' | 'vedtak' | 'klage' | 'paymentBatch' | 'unusedFunds';

/** One page: its path pattern, title and what kind of id each path parameter is (the browser tests fill them). */
export type PageRoute = { path: string; title: MessageKey; params?: Record<string, ParamKind> };

export type Crumb = { path: string; title: MessageKey };

export type RouteHandle = { page: PageRoute; crumbs: Crumb[]; public: boolean };

/** The pages above a path pattern, nearest last: /a/:id/rediger → /, /a, /a/:id (only those that are pages). */
export function ancestorsOf(path: string, pages: readonly PageRoute[]): Crumb[] {
  if (path === '/') return [];
  const segments = path.split('/').filter(Boolean);
  const prefixes = ['/', ...segments.slice(0, -1).map((_, i) => `/${segments.slice(0, i + 1).join('/')}`)];
  return prefixes.flatMap((prefix) => {
    const page = pages.find((p) => p.path === prefix);
    return page ? [{ path: page.path, title: page.title }] : [];
  });
}

/** Every `:name` in a path pattern. */
export function paramNamesOf(path: string): string[] {
  return [...path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
}
