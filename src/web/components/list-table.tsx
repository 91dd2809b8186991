// A list page's table: captioned, one column per field, one page of rows at a time with pagination below it.
// The list pages differ only in their columns, so the table, its scrolling wrapper and the paging live here once.
import { Link, Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { ListPagination, usePage } from './list-pagination.tsx';
import { TableScroll } from './table-scroll.tsx';

export type Column<T> = { header: string; cell: (row: T) => ReactNode };

export function ListTable<T extends { id: string }>({ caption, columns, rows, zebra = true }: { caption: string; columns: Column<T>[]; rows: readonly T[]; zebra?: boolean }) {
  const { page, totalPages, items } = usePage(rows);
  return (
    <>
      <TableScroll>
        <Table zebra={zebra} className="kl-table">
          <caption>{caption}</caption>
          <Table.Head>
            <Table.Row>
              {columns.map((c) => (
                <Table.HeaderCell key={c.header}>{c.header}</Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {items.map((row) => (
              <Table.Row key={row.id}>
                {columns.map((c) => (
                  <Table.Cell key={c.header}>{c.cell(row)}</Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      <ListPagination page={page} totalPages={totalPages} />
    </>
  );
}

/** A link to a row's own page, styled as Designsystemet's link and routed by the client. */
export function RowLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link asChild>
      <RouterLink to={to}>{children}</RouterLink>
    </Link>
  );
}
