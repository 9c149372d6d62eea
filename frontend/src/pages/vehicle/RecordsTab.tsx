// One list of a vehicle's records: newest first, 20 a page, sortable by date
// and cost, filterable, with add / edit / delete (confirmed in a dialog).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { useSearchParams } from 'react-router';
import { deleteRecord, type ListParams, type RecordKind, type RecordTypes } from '../../api/endpoints';
import { invalidateVehicle, useRecords, useServiceTypes } from '../../api/queries';
import type { ServiceType, Vehicle } from '../../api/types';
import { ConfirmDialog, FormDialog } from '../../components/Dialogs';
import { SelectInput } from '../../components/fields/SelectInput';
import { TextInput } from '../../components/fields/TextInput';
import { type Option } from '../../components/fields/shared';
import { pageCount, Pagination } from '../../components/Pagination';
import { EmptyState, Loading, QueryError, usePageTitle } from '../../components/Status';
import { useFormatter, type Formatter } from '../../lib/prefs';
import { describeError } from '../../lib/useForm';
import { isValidDate } from '../../lib/validate';
import { vehicleTitle } from '../../lib/vehicle';
import { useVehicleContext } from './context';
import type { RecordFormProps } from './recordForm';

export const PER_PAGE = 20;

export interface Ctx {
  fmt: Formatter;
  vehicle: Vehicle;
  serviceTypes: ServiceType[];
}

export interface Column<T> {
  key: string;
  label: string;
  render: (record: T, ctx: Ctx) => ReactNode;
  /** The API sort field this column sorts by. */
  sortKey?: string;
  numeric?: boolean;
  /** The column that names the row (bold on phones). */
  primary?: boolean;
}

export interface KindConfig<K extends RecordKind> {
  kind: K;
  title: string;
  /** "service record" */
  singular: string;
  plural: string;
  addLabel: string;
  defaultSort: string;
  sortOptions: Option[];
  /** The API supports from/to on this list. */
  dateFilter: boolean;
  /** Service records: category and type filters. */
  serviceFilters?: boolean;
  columns: Column<RecordTypes[K]>[];
  describe: (record: RecordTypes[K], ctx: Ctx) => string;
  Form: ComponentType<RecordFormProps<K>>;
  emptyHint: string;
}

const CATEGORY_OPTIONS: Option[] = [
  { id: 'maintenance', label: 'Maintenance' },
  { id: 'repair', label: 'Repair' },
  { id: 'upgrade', label: 'Upgrade' },
];
const ALL = 'all';

function useListParams(config: KindConfig<RecordKind>) {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const sort = params.get('sort') ?? config.defaultSort;
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const category = params.get('category') ?? '';
  const serviceType = params.get('service_type') ?? '';

  const list: ListParams = { page, per_page: PER_PAGE, sort };
  if (config.dateFilter) {
    if (isValidDate(from)) list.from = from;
    if (isValidDate(to)) list.to = to;
  }
  if (config.serviceFilters) {
    if (category) list.category = category;
    if (serviceType) list.service_type = serviceType;
  }

  const update = (changes: Record<string, string | null>, resetPage = true) => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        if (resetPage) next.delete('page');
        if (next.get('sort') === config.defaultSort) next.delete('sort');
        return next;
      },
      { replace: true },
    );
  };

  const hasFilters = Boolean(list.from || list.to || list.category || list.service_type);
  return { page, sort, from, to, category, serviceType, list, update, hasFilters };
}

function SortHeader({
  label,
  sortKey,
  sort,
  onSort,
}: {
  label: string;
  sortKey: string;
  sort: string;
  onSort: (sort: string) => void;
}) {
  const active = sort === sortKey || sort === `-${sortKey}`;
  const descending = sort === `-${sortKey}`;
  return (
    <Button
      className="sort-button"
      onPress={() => onSort(active && descending ? sortKey : `-${sortKey}`)}
    >
      {label}
      <span className="sort-indicator" aria-hidden="true">
        {active ? (descending ? '▼' : '▲') : '↕'}
      </span>
    </Button>
  );
}

export function RecordsTab<K extends RecordKind>({ config }: { config: KindConfig<K> }) {
  const { vehicle } = useVehicleContext();
  usePageTitle(`${config.title} · ${vehicleTitle(vehicle)}`);
  const fmt = useFormatter();
  const serviceTypes = useServiceTypes();
  const queryClient = useQueryClient();
  const lp = useListParams(config as unknown as KindConfig<RecordKind>);
  const records = useRecords(config.kind, vehicle.id, lp.list);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<RecordTypes[K] | null>(null);
  const [deleting, setDeleting] = useState<RecordTypes[K] | null>(null);
  const ctx: Ctx = { fmt, vehicle, serviceTypes: serviceTypes.data ?? [] };

  const remove = useMutation({
    mutationFn: (id: number) => deleteRecord(config.kind, id),
    onSuccess: async () => {
      setDeleting(null);
      await invalidateVehicle(queryClient, vehicle.id);
    },
  });

  const total = records.data?.total ?? 0;
  const items = records.data?.items ?? [];
  const lastPage = pageCount(total, PER_PAGE);
  const { page, update } = lp;
  // While the next page loads, the previous one stays on screen (dimmed): say which one it is.
  const shownPage = records.data?.page ?? page;

  // After a delete emptied the last page, show the new last page.
  useEffect(() => {
    if (records.data && !records.isFetching && items.length === 0 && page > 1 && total > 0) {
      update({ page: String(lastPage) }, false);
    }
  }, [records.data, records.isFetching, items.length, page, total, lastPage, update]);

  const typeOptions: Option[] = [
    { id: ALL, label: 'All types' },
    ...(serviceTypes.data ?? [])
      .filter((t) => !lp.category || t.category === lp.category)
      .map((t) => ({ id: t.key, label: t.label })),
  ];

  const closeForm = () => {
    setAdding(false);
    setEditing(null);
  };

  const FormComponent = config.Form;

  return (
    <section className="records" aria-labelledby={`${config.kind}-heading`} data-testid={`records-${config.kind}`}>
      <div className="section-header">
        <h2 id={`${config.kind}-heading`}>{config.title}</h2>
        <Button className="button button-primary" onPress={() => setAdding(true)}>
          {config.addLabel}
        </Button>
      </div>

      <div className="toolbar" role="group" aria-label="Filter and sort">
        {config.dateFilter ? (
          <>
            <TextInput
              label="From"
              name="from"
              type="date"
              value={lp.from}
              onChange={(v) => update({ from: v })}
              className="toolbar-field"
            />
            <TextInput
              label="To"
              name="to"
              type="date"
              value={lp.to}
              onChange={(v) => update({ to: v })}
              className="toolbar-field"
            />
          </>
        ) : null}
        {config.serviceFilters ? (
          <>
            <SelectInput
              label="Filter by category"
              name="category"
              options={[{ id: ALL, label: 'All categories' }, ...CATEGORY_OPTIONS]}
              value={lp.category || ALL}
              onChange={(v) => update({ category: v === ALL ? null : v, service_type: null })}
              className="toolbar-field"
            />
            <SelectInput
              label="Filter by type"
              name="service_type"
              options={typeOptions}
              value={lp.serviceType || ALL}
              onChange={(v) => update({ service_type: v === ALL ? null : v })}
              className="toolbar-field"
            />
          </>
        ) : null}
        <SelectInput
          label="Sort by"
          name="sort"
          options={config.sortOptions}
          value={lp.sort}
          onChange={(v) => update({ sort: v })}
          className="toolbar-field"
        />
        {lp.hasFilters ? (
          <Button
            className="button button-small toolbar-clear"
            onPress={() => update({ from: null, to: null, category: null, service_type: null })}
          >
            Clear filters
          </Button>
        ) : null}
      </div>

      {records.isPending ? (
        <Loading />
      ) : records.isError ? (
        <QueryError error={records.error} onRetry={() => void records.refetch()} />
      ) : total === 0 && !lp.hasFilters ? (
        <EmptyState title={`No ${config.plural} yet`} testId="records-empty">
          <p>{config.emptyHint}</p>
        </EmptyState>
      ) : (
        <>
          <Pagination
            page={shownPage}
            perPage={PER_PAGE}
            total={total}
            onPageChange={(p) => update({ page: String(p) }, false)}
            label={`${config.title} pages`}
          />
          {total === 0 ? (
            <p className="muted" data-testid="records-no-match">
              No {config.plural} match these filters.
            </p>
          ) : (
            <div className="table-wrap">
              <table
                className={`records-table ${records.isPlaceholderData ? 'is-stale' : ''}`}
                aria-busy={records.isPlaceholderData || undefined}
                data-testid="records-table"
              >
                <caption className="visually-hidden">
                  {config.title}, page {shownPage} of {lastPage}
                </caption>
                <thead>
                  <tr>
                    {config.columns.map((col) => {
                      const active = col.sortKey && (lp.sort === col.sortKey || lp.sort === `-${col.sortKey}`);
                      return (
                        <th
                          key={col.key}
                          scope="col"
                          className={col.numeric ? 'numeric' : undefined}
                          aria-sort={active ? (lp.sort.startsWith('-') ? 'descending' : 'ascending') : undefined}
                        >
                          {col.sortKey ? (
                            <SortHeader
                              label={col.label}
                              sortKey={col.sortKey}
                              sort={lp.sort}
                              onSort={(s) => update({ sort: s })}
                            />
                          ) : (
                            col.label
                          )}
                        </th>
                      );
                    })}
                    <th scope="col" className="actions-col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((record) => {
                    const description = config.describe(record, ctx);
                    return (
                      <tr key={record.id} data-testid="record-row" data-record-id={record.id}>
                        {config.columns.map((col) => (
                          <td
                            key={col.key}
                            data-label={col.label}
                            className={[col.numeric ? 'numeric' : '', col.primary ? 'primary' : '']
                              .filter(Boolean)
                              .join(' ')}
                          >
                            {col.render(record, ctx)}
                          </td>
                        ))}
                        <td className="row-actions">
                          <Button
                            className="button button-small"
                            onPress={() => setEditing(record)}
                            aria-label={`Edit ${description}`}
                          >
                            Edit
                          </Button>
                          <Button
                            className="button button-small button-danger-quiet"
                            onPress={() => {
                              remove.reset();
                              setDeleting(record);
                            }}
                            aria-label={`Delete ${description}`}
                          >
                            Delete
                          </Button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}

      <FormDialog
        isOpen={adding || editing !== null}
        onClose={closeForm}
        title={editing ? `Edit ${config.singular}` : config.addLabel}
        wide
      >
        <FormComponent
          key={editing ? `edit-${editing.id}` : 'new'}
          vehicle={vehicle}
          record={editing ?? undefined}
          onDone={closeForm}
        />
      </FormDialog>

      <ConfirmDialog
        isOpen={deleting !== null}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting.id)}
        title={`Delete this ${config.singular}?`}
        confirmLabel="Delete"
        isPending={remove.isPending}
        error={remove.isError ? describeError(remove.error) : null}
      >
        <p>
          {deleting ? config.describe(deleting, ctx) : ''} will be deleted. This cannot be undone.
        </p>
      </ConfirmDialog>
    </section>
  );
}
