import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ServiceRecord, Vehicle } from '../api/types';
import { jsonResponse, renderRoutes, stubFetch } from '../test/helpers';
import ServiceTab from './vehicle/ServiceTab';
import VehiclePage from './VehiclePage';

const vehicle: Vehicle = {
  id: 5,
  name: '',
  make: 'Honda',
  model: 'Civic',
  year: 2015,
  trim: '',
  vin: null,
  license_plate: 'ABC-123',
  color: '',
  fuel_type: 'gasoline',
  distance_unit: 'mi',
  purchase_date: null,
  purchase_price: null,
  purchase_odometer: null,
  notes: '',
  archived: false,
  current_odometer: 45210,
  counts: { service_records: 45, fuel_entries: 0, odometer_readings: 0, registrations: 0, insurance_policies: 0 },
  latest_service: null,
  created_at: '2024-01-01T00:00:00Z',
  updated_at: '2024-01-01T00:00:00Z',
};

function record(i: number): ServiceRecord {
  return {
    id: 1000 + i,
    vehicle_id: 5,
    date: `2023-01-${String((i % 28) + 1).padStart(2, '0')}`,
    odometer: 10000 + i * 100,
    odometer_reset: false,
    category: 'maintenance',
    service_type: 'oil_change',
    title: `Oil change #${i}`,
    description: '',
    cost: `${40 + i}.00`,
    vendor: '',
    notes: '',
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2024-01-01T00:00:00Z',
  };
}

const all = Array.from({ length: 45 }, (_, i) => record(i + 1));

function setup() {
  document.cookie = 'carnet_csrf=csrf-value; path=/';
  const fetch = stubFetch({
    'GET /api/v1/vehicles/5': () => jsonResponse(vehicle),
    'GET /api/v1/service-types': () =>
      jsonResponse({ items: [{ key: 'oil_change', label: 'Oil change', category: 'maintenance' }] }),
    'GET /api/v1/vehicles/5/service-records': (url) => {
      const page = Number(url.searchParams.get('page') ?? '1');
      const perPage = Number(url.searchParams.get('per_page') ?? '20');
      return jsonResponse({ items: all.slice((page - 1) * perPage, page * perPage), page, per_page: perPage, total: 45 });
    },
    'DELETE /api/v1/service-records/1001': () => jsonResponse(null, 204),
  });
  const routes = [
    { path: '/vehicles/:vehicleId', element: <VehiclePage />, children: [{ path: 'service', element: <ServiceTab /> }] },
  ];
  const utils = renderRoutes(routes, '/vehicles/5/service');
  return { fetch, ...utils };
}

const listCalls = (fetch: ReturnType<typeof stubFetch>) =>
  fetch.mock.calls
    .map(([input]) => new URL(input as string, 'http://localhost'))
    .filter((u) => u.pathname === '/api/v1/vehicles/5/service-records');

describe('VehiclePage service tab', () => {
  it('lists 20 records a page with the total and page controls', async () => {
    const { fetch, router } = setup();
    expect(await screen.findByRole('heading', { name: '2015 Honda Civic' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByTestId('record-row')).toHaveLength(20));
    expect(screen.getByTestId('record-total')).toHaveTextContent('45 records');
    expect(screen.getByTestId('pagination')).toHaveTextContent('Page 1 of 3');
    expect(screen.getByRole('tab', { name: 'Service' })).toHaveAttribute('aria-selected', 'true');
    expect(listCalls(fetch)[0]!.searchParams.get('sort')).toBe('-date');

    const user = userEvent.setup();
    await user.click(within(screen.getByTestId('pagination')).getByRole('button', { name: /Next/ }));
    await waitFor(() => expect(screen.getByTestId('pagination')).toHaveTextContent('Page 2 of 3'));
    expect(router.state.location.search).toBe('?page=2');
    expect(listCalls(fetch).at(-1)!.searchParams.get('page')).toBe('2');
    expect(screen.getAllByTestId('record-row')[0]).toHaveTextContent('Oil change #21');

    await user.click(screen.getByRole('button', { name: 'Cost' }));
    await waitFor(() => expect(listCalls(fetch).at(-1)!.searchParams.get('sort')).toBe('-cost'));
    expect(listCalls(fetch).at(-1)!.searchParams.get('page')).toBe('1');
    expect(screen.getByRole('columnheader', { name: /Cost/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('asks before deleting, then deletes with the CSRF header', async () => {
    const { fetch } = setup();
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getAllByTestId('record-row')).toHaveLength(20));
    const first = screen.getAllByTestId('record-row')[0]!;
    await user.click(within(first).getByRole('button', { name: /^Delete Oil change #1/ }));

    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('Delete this service record?');
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'DELETE')).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    const del = fetch.mock.calls.find(([, init]) => init?.method === 'DELETE')!;
    expect(del[0]).toBe('/api/v1/service-records/1001');
    expect(new Headers(del[1]!.headers).get('X-CSRF-Token')).toBe('csrf-value');
  });
});
