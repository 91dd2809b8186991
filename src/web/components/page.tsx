// Frame of every page: breadcrumbs, the h1 (title + focus) and the content.
import type { ReactNode } from 'react';
import { PageBreadcrumbs } from './page-breadcrumbs.tsx';
import { PageHeading } from './page-heading.tsx';

export function Page({ title, children, lead }: { title: string; children?: ReactNode; lead?: ReactNode }) {
  return (
    <>
      <PageBreadcrumbs current={title} />
      <PageHeading>{title}</PageHeading>
      {lead}
      {children}
    </>
  );
}
