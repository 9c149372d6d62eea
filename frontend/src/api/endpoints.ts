// Typed functions for every v1 endpoint the SPA uses.
import { CSRF_COOKIE, http, isApiError, readCookie, request, type Query } from './client';
import type {
  ApiToken,
  ApiTokenCreated,
  FuelEntry,
  ID,
  InsurancePolicy,
  Meta,
  OdometerReading,
  Page,
  Payload,
  Registration,
  ServiceRecord,
  ServiceType,
  TokenScope,
  User,
  UserUpdate,
  Vehicle,
} from './types';

export interface Credentials {
  email: string;
  password: string;
}

export type ArchivedFilter = 'false' | 'true' | 'all';

export interface ListParams {
  page?: number;
  per_page?: number;
  sort?: string;
  from?: string;
  to?: string;
  category?: string;
  service_type?: string;
}

function items<T>(data: T[] | { items: T[] }): T[] {
  return Array.isArray(data) ? data : data.items;
}

export const api = {
  meta: () => http.get<Meta>('/meta'),

  me: () => request401Free<User>('/me'),
  login: (body: Credentials) => http.post<User>('/auth/login', body, { skipAuthRedirect: true }),
  register: (body: Credentials & { name: string }) =>
    http.post<User>('/auth/register', body, { skipAuthRedirect: true }),
  logout: () => http.post<void>('/auth/logout', undefined, { skipAuthRedirect: true }),
  updateMe: (body: UserUpdate) => http.patch<User>('/me', body),
  changePassword: (body: { current_password: string; new_password: string }) =>
    http.post<void>('/me/password', body, { skipAuthRedirect: true }),

  tokens: async () => items(await http.get<ApiToken[] | { items: ApiToken[] }>('/api-tokens', { per_page: 100 })),
  createToken: (body: { name: string; scope: TokenScope; expires_at?: string }) =>
    http.post<ApiTokenCreated>('/api-tokens', body),
  revokeToken: (id: ID) => http.delete(`/api-tokens/${id}`),

  vehicles: (params: { archived?: ArchivedFilter; sort?: string; page?: number; per_page?: number }) =>
    http.get<Page<Vehicle>>('/vehicles', params),
  vehicle: (id: ID) => http.get<Vehicle>(`/vehicles/${id}`),
  createVehicle: (body: Payload) => http.post<Vehicle>('/vehicles', body),
  updateVehicle: (id: ID, body: Payload) => http.patch<Vehicle>(`/vehicles/${id}`, body),
  deleteVehicle: (id: ID) => http.delete(`/vehicles/${id}`),

  serviceTypes: async () => items(await http.get<ServiceType[] | { items: ServiceType[] }>('/service-types')),
};

/**
 * GET that answers null instead of redirecting when there is no session. The
 * session cookie is HttpOnly, but its companion CSRF cookie is readable: without
 * it there is no session, so a first visit makes no request that must fail.
 */
async function request401Free<T>(path: string): Promise<T | null> {
  if (readCookie(CSRF_COOKIE) === null) return null;
  try {
    return await request<T>('GET', path, { skipAuthRedirect: true });
  } catch (err) {
    if (isApiError(err) && err.status === 401) return null;
    throw err;
  }
}

// ---- Records of a vehicle -------------------------------------------------

export interface RecordTypes {
  service: ServiceRecord;
  fuel: FuelEntry;
  odometer: OdometerReading;
  registrations: Registration;
  insurance: InsurancePolicy;
}
export type RecordKind = keyof RecordTypes;
export const RECORD_KINDS: RecordKind[] = ['service', 'fuel', 'odometer', 'registrations', 'insurance'];

interface KindPaths {
  list: (vehicleId: ID) => { path: string; query?: Query };
  create: (vehicleId: ID) => { path: string; extra?: Payload };
  item: (id: ID) => string;
}

const nested = (collection: string): KindPaths => ({
  list: (vehicleId) => ({ path: `/vehicles/${vehicleId}/${collection}` }),
  create: (vehicleId) => ({ path: `/vehicles/${vehicleId}/${collection}` }),
  item: (id) => `/${collection}/${id}`,
});

export const recordPaths: Record<RecordKind, KindPaths> = {
  service: nested('service-records'),
  fuel: nested('fuel-entries'),
  odometer: nested('odometer-readings'),
  registrations: nested('registrations'),
  insurance: {
    list: (vehicleId) => ({ path: '/insurance-policies', query: { vehicle_id: vehicleId } }),
    create: (vehicleId) => ({ path: '/insurance-policies', extra: { vehicle_id: vehicleId } }),
    item: (id) => `/insurance-policies/${id}`,
  },
};

export function listRecords<K extends RecordKind>(
  kind: K,
  vehicleId: ID,
  params: ListParams,
  signal?: AbortSignal,
): Promise<Page<RecordTypes[K]>> {
  const { path, query } = recordPaths[kind].list(vehicleId);
  return http.get<Page<RecordTypes[K]>>(path, { ...query, ...params }, signal);
}

export function createRecord<K extends RecordKind>(kind: K, vehicleId: ID, body: Payload): Promise<RecordTypes[K]> {
  const { path, extra } = recordPaths[kind].create(vehicleId);
  return http.post<RecordTypes[K]>(path, { ...body, ...extra });
}

export function updateRecord<K extends RecordKind>(kind: K, id: ID, body: Payload): Promise<RecordTypes[K]> {
  return http.patch<RecordTypes[K]>(recordPaths[kind].item(id), body);
}

export function deleteRecord(kind: RecordKind, id: ID): Promise<void> {
  return http.delete(recordPaths[kind].item(id));
}
