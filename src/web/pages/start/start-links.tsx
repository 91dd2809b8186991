// Links and small pieces both start-page overviews use: to an application, to a round, a card with its empty text.
import { Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';

/** The web app's paths (src/web/routes.tsx); written here so the start page's chunk does not load a module's pages. */
export const applicationPath = (id: string) => `/behovsmeldinger/${encodeURIComponent(id)}`;
export const roundPath = (id: string) => `/utlysninger/${encodeURIComponent(id)}`;

export function To({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link asChild>
      <RouterLink to={to}>{children}</RouterLink>
    </Link>
  );
}

/** A card with a heading and a list, or the empty text when the list has nothing. */
export function ListCard({ heading, empty, count, children }: { heading: string; empty: string; count: number; children: ReactNode }) {
  return (
    <Card data-color="neutral">
      <Heading level={2} data-size="xs">
        {heading}
      </Heading>
      {count === 0 ? <Paragraph>{empty}</Paragraph> : <ul className="kl-link-list">{children}</ul>}
    </Card>
  );
}
