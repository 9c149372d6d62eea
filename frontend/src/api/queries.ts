// TanStack Query hooks and keys over the endpoints.
import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import { api, listRecords, type ArchivedFilter, type ListParams, type RecordKind } from './endpoints';
import { meKey } from './session';
import type { ID } from './types';

export const keys = {
  me: meKey,
  meta: ['meta'] as const,
  serviceTypes: ['service-types'] as const,
  tokens: ['api-tokens'] as const,
  vehicles: (archived?: ArchivedFilter) => (archived ? (['vehicles', archived] as const) : (['vehicles'] as const)),
  vehicle: (id: ID) => ['vehicle', id] as const,
  records: (kind?: RecordKind, vehicleId?: ID, params?: ListParams) =>
    ['records', kind, vehicleId, params].filter((p) => p !== undefined),
};

export function useMeta() {
  return useQuery({ queryKey: keys.meta, queryFn: api.meta, staleTime: Infinity, retry: 1 });
}

/** The signed-in user; `null` when there is no session. */
export function useMe() {
  return useQuery({ queryKey: keys.me, queryFn: api.me, staleTime: Infinity });
}

/** The signed-in user, for components rendered only behind RequireAuth. */
export function useUser() {
  const { data } = useMe();
  if (!data) throw new Error('useUser() outside an authenticated route');
  return data;
}

export function useServiceTypes() {
  return useQuery({ queryKey: keys.serviceTypes, queryFn: api.serviceTypes, staleTime: Infinity });
}

export function useVehicles(archived: ArchivedFilter) {
  return useQuery({
    queryKey: keys.vehicles(archived),
    queryFn: () => api.vehicles({ archived, per_page: 100, sort: 'created_at' }),
  });
}

export function useVehicle(id: ID) {
  return useQuery({ queryKey: keys.vehicle(id), queryFn: () => api.vehicle(id), enabled: Number.isFinite(id) });
}

export function useRecords<K extends RecordKind>(kind: K, vehicleId: ID, params: ListParams, enabled = true) {
  return useQuery({
    queryKey: keys.records(kind, vehicleId, params),
    queryFn: ({ signal }) => listRecords(kind, vehicleId, params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** After a record of a vehicle changed: its lists, the vehicle (odometer, counts), the garage. */
export async function invalidateVehicle(queryClient: QueryClient, vehicleId: ID): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['records'] }),
    queryClient.invalidateQueries({ queryKey: keys.vehicle(vehicleId) }),
    queryClient.invalidateQueries({ queryKey: keys.vehicles() }),
  ]);
}
