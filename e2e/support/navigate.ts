// Opening the next page as a user moves through the app: inside it, by the router, instead of a full load per page.
// A `page.goto` re-runs the whole single-page app (index.html, the bundle, session and catalogs) — about a second a
// page, which over the crawl's hundreds of pages was most of its time — and is not how a user gets from page to page.
// The crawl's links are found pages earlier and may sit in a closed menu, so they cannot simply be clicked: the
// address is pushed onto the history and a `popstate` sent, which the data router's browser history listens to
// (createBrowserRouter in src/web/app.tsx) and navigates on — as the back button does.
//
// What stays between pages in the app must not hide a problem, and here it cannot: the crawl only reads pages (it
// never types, submits or opens a dialog), and the accessibility test's one input, a form sent empty to show its error
// summary, is refused on that page and leaves with it. So no unsaved form state, open dialog or status message
// ("Lagret" belongs to its own path: layout/status-context.tsx) reaches the next page, and the behovsmelding's field
// store, kept while the app runs, holds nothing typed. What a load does once (session, catalogs, a module's chunk) is
// checked on that load: its refused requests and console errors count as before.
import type { Page } from 'playwright-core';
import { matchRoutes } from 'react-router';
import { pageRoutes } from '../../src/web/routes.tsx';
import { settle, trackRequests, type Requests } from './settle.ts';

const ROUTES = pageRoutes.map(({ path }) => ({ path }));
/** The route a path is a page of, as the router matches it; null for anything that is not a page of the app. */
const routeOf = (path: string): string | null => matchRoutes(ROUTES, path)?.at(-1)?.route.path ?? null;

/** Marks the heading of the page being left: the next page is drawn once it is gone. */
const LEFT = 'data-e2e-left';

/** Opens `path` (a path of the app's origin) and waits until it has settled (support/settle.ts). Client-side when
 * the app is already running in the page and the path is another route of it; otherwise (the first page, the
 * not-found page, anything not a page of the app) a full load with `page.goto`. */
export async function openInApp(page: Page, path: string, net: Requests = trackRequests(page)): Promise<void> {
  // Counted from the navigation's start, so settling cannot take the quiet before the new page's requests begin.
  net.last = Date.now();
  if (await navigateInApp(page, path)) {
    // pushState has set the address already, so the address cannot tell that the new page is drawn: the old
    // heading's leaving does (the router swaps pages once a lazy page's chunk is in). Where the new page sends the
    // user on (<Navigate>), settling waits for that page, as goto followed a redirect.
    await page.locator(`h1[${LEFT}]`).waitFor({ state: 'detached', timeout: 10_000 });
  } else {
    await page.goto(path);
  }
  await settle(page, net);
}

async function navigateInApp(page: Page, path: string): Promise<boolean> {
  const current = new URL(page.url());
  if (!current.protocol.startsWith('http')) return false;
  const target = new URL(path, current);
  if (target.origin !== current.origin) return false;
  const from = routeOf(current.pathname);
  const to = routeOf(target.pathname);
  // The same route keeps its component, and React its heading (a new id or query would be drawn into the old
  // element, so its leaving would never come): a full load opens it as a fresh page.
  if (from === null || to === null || from === to) return false;
  return page.evaluate(
    ({ href, left }) => {
      const heading = document.querySelector('h1');
      // React Router's history numbers its entries (idx): without it the router is not running in this document.
      const idx = (history.state as { idx?: unknown } | null)?.idx;
      if (!heading || typeof idx !== 'number') return false;
      heading.setAttribute(left, '');
      // The entry as the router's own history writes it, so location.key stays unique per page.
      const state = { usr: null, key: Math.random().toString(36).slice(2, 10), idx: idx + 1 };
      history.pushState(state, '', href);
      dispatchEvent(new PopStateEvent('popstate', { state }));
      return true;
    },
    { href: target.pathname + target.search, left: LEFT },
  );
}
