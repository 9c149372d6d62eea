import type { FuelType, ServiceType, Vehicle } from '../api/types';

/** "2015 Honda Civic" */
export function yearMakeModel(v: Pick<Vehicle, 'year' | 'make' | 'model'>): string {
  return [v.year, v.make, v.model].filter(Boolean).join(' ');
}

/** The vehicle's name, or "year make model" when it has none. */
export function vehicleTitle(v: Pick<Vehicle, 'name' | 'year' | 'make' | 'model'>): string {
  return v.name?.trim() || yearMakeModel(v);
}

export const FUEL_TYPES: { id: FuelType; label: string }[] = [
  { id: 'gasoline', label: 'Gasoline' },
  { id: 'diesel', label: 'Diesel' },
  { id: 'electric', label: 'Electric' },
  { id: 'hybrid', label: 'Hybrid' },
  { id: 'plug_in_hybrid', label: 'Plug-in hybrid' },
  { id: 'lpg', label: 'LPG' },
  { id: 'cng', label: 'CNG' },
  { id: 'other', label: 'Other' },
];

export function fuelTypeLabel(id: string | null | undefined): string {
  return FUEL_TYPES.find((f) => f.id === id)?.label ?? id ?? '';
}

export function serviceTypeLabel(key: string, types: ServiceType[]): string {
  return types.find((t) => t.key === key)?.label ?? key.replace(/_/g, ' ');
}
