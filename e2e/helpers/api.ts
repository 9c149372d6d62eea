// The Carnet API from a test: sets up data fast (a test of pagination needs 45
// records, not 45 form submissions). It uses an APIRequestContext: with
// `page.request` it shares the browser page's cookies, so what it creates
// belongs to the account signed in on the page.
import { expect, type APIRequestContext, type APIResponse, type Cookie } from '@playwright/test';
import type { Account } from './data';
import { daysAgo, randomVin } from './data';

export type Json = Record<string, unknown>;

export interface Vehicle {
  id: number;
  name: string;
  make: string;
  model: string;
  year: number;
  vin: string | null;
  license_plate: string;
  current_odometer: number | null;
  distance_unit: 'mi' | 'km';
}

export interface Page<T> {
  items: T[];
  page: number;
  per_page: number;
  total: number;
}

export class ApiClient {
  /**
   * @param request where requests go (its cookies are the session)
   * @param cookies reads the cookies of that context (for the CSRF header)
   */
  constructor(
    readonly request: APIRequestContext,
    private readonly cookies: () => Promise<Cookie[]>,
  ) {}

  private async csrfHeader(): Promise<Record<string, string>> {
    const csrf = (await this.cookies()).find((c) => c.name === 'carnet_csrf');
    return csrf ? { 'X-CSRF-Token': csrf.value } : {};
  }

  private static async json<T>(res: APIResponse, what: string, status: number): Promise<T> {
    expect(res.status(), `${what}: ${await res.text()}`).toBe(status);
    return (status === 204 ? undefined : await res.json()) as T;
  }

  async get<T>(path: string, params?: Record<string, string | number>): Promise<T> {
    return ApiClient.json<T>(await this.request.get(`/api/v1${path}`, { params }), `GET ${path}`, 200);
  }

  /** The raw answer of a GET (to check a 404). */
  async getRaw(path: string): Promise<APIResponse> {
    return this.request.get(`/api/v1${path}`);
  }

  /** The raw answer of a DELETE (to check a 404). */
  async deleteRaw(path: string): Promise<APIResponse> {
    return this.request.delete(`/api/v1${path}`, { headers: await this.csrfHeader() });
  }

  async post<T>(path: string, data: Json, status = 201): Promise<T> {
    const res = await this.request.post(`/api/v1${path}`, { data, headers: await this.csrfHeader() });
    return ApiClient.json<T>(res, `POST ${path}`, status);
  }

  async register(account: Account): Promise<Json> {
    return this.post('/auth/register', { ...account });
  }

  async createVehicle(fields: Json = {}): Promise<Vehicle> {
    return this.post<Vehicle>('/vehicles', {
      make: 'Honda',
      model: 'Civic',
      year: 2018,
      vin: randomVin(),
      license_plate: 'QA-123',
      ...fields,
    });
  }

  async createServiceRecord(vehicleId: number, fields: Json = {}): Promise<Json> {
    return this.post(`/vehicles/${vehicleId}/service-records`, {
      date: daysAgo(30),
      odometer: 30000,
      category: 'maintenance',
      service_type: 'oil_change',
      title: 'Oil change',
      cost: '49.90',
      ...fields,
    });
  }

  async createFuelEntry(vehicleId: number, fields: Json = {}): Promise<Json> {
    return this.post(`/vehicles/${vehicleId}/fuel-entries`, {
      date: daysAgo(20),
      odometer: 30100,
      quantity: 10,
      total_cost: '35.00',
      full_tank: true,
      ...fields,
    });
  }

  async createOdometerReading(vehicleId: number, fields: Json = {}): Promise<Json> {
    return this.post(`/vehicles/${vehicleId}/odometer-readings`, { date: daysAgo(10), odometer: 30200, ...fields });
  }

  async createRegistration(vehicleId: number, fields: Json = {}): Promise<Json> {
    return this.post(`/vehicles/${vehicleId}/registrations`, {
      plate: 'QA-123',
      region: 'Oregon',
      issued_on: daysAgo(100),
      expires_on: daysAgo(-265),
      fee: '120.00',
      ...fields,
    });
  }

  async createInsurancePolicy(vehicleId: number, fields: Json = {}): Promise<Json> {
    return this.post('/insurance-policies', {
      vehicle_id: vehicleId,
      provider: 'Acme Mutual',
      policy_number: 'AM-1',
      coverage_start: daysAgo(30),
      coverage_end: daysAgo(-335),
      premium: '600.00',
      premium_period: 'annual',
      ...fields,
    });
  }

  /**
   * `count` service records, newest first from yesterday, one a day, each with a
   * lower odometer than the next (the odometer rule holds). Sent a few at a time.
   */
  async createServiceRecords(vehicleId: number, count: number, batch = 5): Promise<void> {
    for (let start = 0; start < count; start += batch) {
      const jobs = [];
      for (let i = start; i < Math.min(count, start + batch); i++) {
        jobs.push(
          this.createServiceRecord(vehicleId, {
            date: daysAgo(i + 1),
            odometer: 100_000 - i * 100,
            title: `Service #${count - i}`,
            cost: `${10 + i}.00`,
          }),
        );
      }
      await Promise.all(jobs);
    }
  }
}
