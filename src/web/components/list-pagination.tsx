// Paging for long lists: Designsystemet's Pagination with real buttons, page number kept in the address (?side=)
// so back/forward and shared links keep the place.
import { Pagination, usePagination } from '@digdir/designsystemet-react';
import { useSearchParams } from 'react-router';
import { useT } from '../i18n/i18n-context.tsx';

export const PAGE_SIZE = 50;

/** The current page (1-based, clamped) and the slice of `items` on it. */
export function usePage<T>(items: readonly T[], pageSize = PAGE_SIZE) {
  const [params] = useSearchParams();
  const totalPages = Math.max(1, Math.ceil(items.length / pageSize));
  const page = Math.min(totalPages, Math.max(1, Number(params.get('side')) || 1));
  return { page, totalPages, items: items.slice((page - 1) * pageSize, page * pageSize) };
}

export function ListPagination({ page, totalPages }: { page: number; totalPages: number }) {
  const t = useT();
  const [, setParams] = useSearchParams();
  // Functional update: usePagination memoises its handlers, so a captured `params` could be stale.
  const setPage = (next: number) =>
    setParams((current) => {
      const copy = new URLSearchParams(current);
      if (next === 1) copy.delete('side');
      else copy.set('side', String(next));
      return copy;
    });
  const { pages, prevButtonProps, nextButtonProps, hasPrev, hasNext } = usePagination({ currentPage: page, totalPages, setCurrentPage: setPage, showPages: 7 });
  if (totalPages <= 1) return null;
  return (
    <Pagination aria-label={t('pagination.label')} className="kl-block">
      <Pagination.List>
        {/* Left out rather than aria-hidden: a hidden but focusable button confuses screen readers (and an empty
            item is drawn as an ellipsis). */}
        {hasPrev && (
          <Pagination.Item>
            <Pagination.Button {...prevButtonProps} aria-hidden={undefined}>
              {t('pagination.previous')}
            </Pagination.Button>
          </Pagination.Item>
        )}
        {pages.map(({ page: p, itemKey, buttonProps }) => (
          <Pagination.Item key={itemKey}>
            {typeof p === 'number' && buttonProps && (
              <Pagination.Button {...buttonProps} aria-label={t('pagination.page', { page: p })}>
                {p}
              </Pagination.Button>
            )}
          </Pagination.Item>
        ))}
        {hasNext && (
          <Pagination.Item>
            <Pagination.Button {...nextButtonProps} aria-hidden={undefined}>
              {t('pagination.next')}
            </Pagination.Button>
          </Pagination.Item>
        )}
      </Pagination.List>
    </Pagination>
  );
}
