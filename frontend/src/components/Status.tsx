// Loading, error and empty states.
import { useEffect, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { describeError } from '../lib/useForm';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="loading" role="status" data-testid="loading">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <div className="callout callout-error" role="alert" data-testid="query-error">
      <p>{describeError(error)}</p>
      {onRetry ? (
        <Button className="button button-small" onPress={onRetry}>
          Try again
        </Button>
      ) : null}
    </div>
  );
}

export function EmptyState({ title, children, testId }: { title: string; children?: ReactNode; testId?: string }) {
  return (
    <div className="empty-state" data-testid={testId ?? 'empty-state'}>
      <h2 className="empty-title">{title}</h2>
      {children}
    </div>
  );
}

/** Sets the document title ("Garage · Carnet"). */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = title ? `${title} · Carnet` : 'Carnet';
  }, [title]);
}
