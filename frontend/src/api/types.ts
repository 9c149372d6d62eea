// Domain types of the v1 API (API_CONTRACT.md). Hand-written until the OpenAPI
// document lands; then `npm run gen:api` writes schema.d.ts and these become
// aliases of the generated schemas.

export type ID = number;
/** A calendar date, `YYYY-MM-DD`. */
export type DateString = string;
/** An RFC 3339 UTC timestamp. */
export type Timestamp = string;
/** Money as a decimal string with 2 decimals, e.g. `"45.99"`. */
export type Money = string;

export type DistanceUnit = 'mi' | 'km';
export type FuelEconomyUnit = 'mpg' | 'l_per_100km' | 'km_per_l';
export type DateFormat = 'YYYY-MM-DD' | 'MM/DD/YYYY' | 'DD/MM/YYYY' | 'DD.MM.YYYY';
export type FuelType =
  | 'gasoline'
  | 'diesel'
  | 'electric'
  | 'hybrid'
  | 'plug_in_hybrid'
  | 'lpg'
  | 'cng'
  | 'other';
export type ServiceCategory = 'maintenance' | 'repair' | 'upgrade';
export type PremiumPeriod = 'monthly' | 'quarterly' | 'semiannual' | 'annual';
export type TokenScope = 'read' | 'write';

export interface Meta {
  name: string;
  version: string;
  registration: 'open' | 'closed';
}

export interface User {
  id: ID;
  email: string;
  name: string;
  role: 'user' | 'admin';
  currency: string;
  distance_unit: DistanceUnit;
  fuel_economy_unit: FuelEconomyUnit;
  timezone: string;
  date_format: DateFormat;
  created_at: Timestamp;
}

export type UserUpdate = Partial<
  Pick<User, 'email' | 'name' | 'currency' | 'distance_unit' | 'fuel_economy_unit' | 'timezone' | 'date_format'>
>;

export interface Page<T> {
  items: T[];
  page: number;
  per_page: number;
  total: number;
}

export interface ApiToken {
  id: ID;
  name: string;
  scope: TokenScope;
  prefix: string;
  created_at: Timestamp;
  expires_at: Timestamp | null;
  last_used_at: Timestamp | null;
}

export interface ApiTokenCreated extends ApiToken {
  token: string;
}

export interface LatestService {
  id: ID;
  date: DateString;
  title: string;
  service_type: string;
  odometer: number | null;
}

export interface VehicleCounts {
  service_records: number;
  fuel_entries: number;
  odometer_readings: number;
  registrations: number;
  insurance_policies: number;
}

export interface Vehicle {
  id: ID;
  name: string;
  make: string;
  model: string;
  year: number;
  trim: string;
  vin: string | null;
  license_plate: string;
  color: string;
  fuel_type: FuelType;
  distance_unit: DistanceUnit;
  purchase_date: DateString | null;
  purchase_price: Money | null;
  purchase_odometer: number | null;
  notes: string;
  archived: boolean;
  current_odometer: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  counts?: VehicleCounts;
  latest_service?: LatestService | null;
}

export interface RecordBase {
  id: ID;
  vehicle_id: ID;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ServiceRecord extends RecordBase {
  date: DateString;
  odometer: number | null;
  category: ServiceCategory;
  service_type: string;
  title: string;
  description: string;
  cost: Money;
  vendor: string;
  notes: string;
  odometer_reset: boolean;
}

export interface ServiceType {
  key: string;
  label: string;
  category: ServiceCategory;
}

export interface FuelEntry extends RecordBase {
  date: DateString;
  odometer: number;
  quantity: number;
  /** Decimal string with up to 3 decimals, e.g. `"3.499"`. */
  unit_price: string;
  total_cost: Money;
  full_tank: boolean;
  missed_previous: boolean;
  station: string;
  notes: string;
  odometer_reset: boolean;
  economy: number | null;
  economy_unit: FuelEconomyUnit;
}

export interface OdometerReading extends RecordBase {
  date: DateString;
  odometer: number;
  notes: string;
  odometer_reset: boolean;
}

export interface Registration extends RecordBase {
  plate: string;
  region: string;
  registration_number: string;
  issued_on: DateString | null;
  expires_on: DateString;
  inspection_due_on: DateString | null;
  fee: Money | null;
  notes: string;
}

export interface InsurancePolicy extends RecordBase {
  provider: string;
  policy_number: string;
  coverage_type: string;
  coverage_start: DateString;
  coverage_end: DateString;
  premium: Money;
  premium_period: PremiumPeriod;
  deductible: Money | null;
  agent_name: string;
  agent_phone: string;
  notes: string;
}

/** A JSON body sent to create or change a resource. */
export type Payload = Record<string, string | number | boolean | null>;
