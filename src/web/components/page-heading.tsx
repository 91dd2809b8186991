// The page's one h1. It sets document.title and, after an in-app navigation to a new path, takes focus, so
// keyboard and screen-reader users start reading at the new page instead of at the link they followed.
// The first page load keeps the browser's own focus start (top of the document).
import { Heading } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { useT } from '../i18n/i18n-context.tsx';
import { pageTitle } from '../i18n/translate.ts';

let lastFocusedPath: string | null = null;

export function PageHeading({ children }: { children: string }) {
  const t = useT();
  const ref = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();

  useEffect(() => {
    // Translator mode marks the heading (⟦…⟧, ⸢…⸣); the title shows plain text (issue 12, point 11).
    document.title = pageTitle(children, t('app.name'));
  }, [children, t]);

  useEffect(() => {
    const first = lastFocusedPath === null;
    if (lastFocusedPath === pathname) return; // query changes (filters, paging) must not steal focus from the form
    lastFocusedPath = pathname;
    if (!first) ref.current?.focus();
  }, [pathname]);

  return (
    <Heading level={1} data-size="lg" ref={ref} tabIndex={-1} className="kl-page-heading">
      {children}
    </Heading>
  );
}
