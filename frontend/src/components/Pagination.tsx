import { Button } from 'react-aria-components';
import { plural } from '../lib/format';

export interface PaginationProps {
  page: number;
  perPage: number;
  total: number;
  onPageChange: (page: number) => void;
  /** What is counted: ["record", "records"]. */
  noun?: [string, string];
  label?: string;
}

export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** "45 records" and "Page 1 of 3" with previous/next buttons. */
export function Pagination({ page, perPage, total, onPageChange, noun = ['record', 'records'], label }: PaginationProps) {
  const pages = pageCount(total, perPage);
  return (
    <div className="pagination-bar">
      <p className="record-total" data-testid="record-total" aria-live="polite">
        {plural(total, noun[0], noun[1])}
      </p>
      {total > 0 ? (
        <nav className="pagination" aria-label={label ?? 'Pagination'} data-testid="pagination">
          <Button className="button button-small" isDisabled={page <= 1} onPress={() => onPageChange(page - 1)}>
            <span aria-hidden="true">‹ </span>Previous
          </Button>
          <span className="pagination-status" aria-current="page" data-testid="pagination-status">
            Page {page} of {pages}
          </span>
          <Button className="button button-small" isDisabled={page >= pages} onPress={() => onPageChange(page + 1)}>
            Next<span aria-hidden="true"> ›</span>
          </Button>
        </nav>
      ) : null}
    </div>
  );
}
