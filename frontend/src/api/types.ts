// Domain types of the v1 API, aliases of the schemas generated from
// backend/internal/api/openapi.yaml by `npm run gen:api` (schema.d.ts).
import type { components } from './schema';

type Schemas = components['schemas'];

export type ID = number;
/** A calendar date, `YYYY-MM-DD`. */
export type DateString = string;
/** An RFC 3339 UTC timestamp. */
export type Timestamp = string;
/** Money as a decimal string with 2 decimals, e.g. `"45.99"`. */
export type Money = string;

export type Meta = Schemas['Meta'];
export type User = Schemas['User'];
export type UserUpdate = Schemas['UserUpdate'];
export type DistanceUnit = User['distance_unit'];
export type FuelEconomyUnit = User['fuel_economy_unit'];
export type DateFormat = User['date_format'];

export type ApiToken = Schemas['ApiToken'];
export type ApiTokenCreated = Schemas['ApiTokenCreated'];
export type TokenScope = ApiToken['scope'];

export type Vehicle = Schemas['Vehicle'];
export type VehicleCounts = Schemas['VehicleCounts'];
export type LatestService = Schemas['LatestService'];
export type FuelType = Vehicle['fuel_type'];

export type ServiceRecord = Schemas['ServiceRecord'];
export type ServiceCategory = Schemas['ServiceCategory'];
export type ServiceTypeKey = Schemas['ServiceTypeKey'];
export type ServiceType = Schemas['ServiceType'];
export type FuelEntry = Schemas['FuelEntry'];
export type OdometerReading = Schemas['OdometerReading'];
export type Registration = Schemas['Registration'];
export type InsurancePolicy = Schemas['InsurancePolicy'];
export type PremiumPeriod = NonNullable<InsurancePolicy['premium_period']>;

export interface Page<T> {
  items: T[];
  page: number;
  per_page: number;
  total: number;
}

/** A JSON body sent to create or change a resource (`null` clears an optional field). */
export type Payload = Record<string, string | number | boolean | null>;
