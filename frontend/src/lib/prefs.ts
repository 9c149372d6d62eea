// The owner's preferences bound into one formatter for components.
import { useMe } from '../api/queries';
import type { DateFormat, DistanceUnit, FuelEconomyUnit, User } from '../api/types';
import {
  browserLocale,
  currencySymbol,
  formatDate,
  formatDistance,
  formatEconomy,
  formatMoney,
  formatQuantity,
  formatTimestamp,
  formatUnitPrice,
  isoDateInZone,
} from './format';

export type Prefs = Pick<User, 'currency' | 'date_format' | 'timezone' | 'fuel_economy_unit' | 'distance_unit'>;

export const DEFAULT_PREFS: Prefs = {
  currency: 'USD',
  date_format: 'YYYY-MM-DD',
  timezone: 'UTC',
  fuel_economy_unit: 'mpg',
  distance_unit: 'mi',
};

export interface Formatter {
  prefs: Prefs;
  locale: string;
  money(value: string | number | null | undefined): string;
  unitPrice(value: string | number | null | undefined, distanceUnit: DistanceUnit): string;
  date(value: string | null | undefined): string;
  timestamp(value: string | null | undefined): string;
  distance(value: number | null | undefined, unit: DistanceUnit): string;
  quantity(value: number | null | undefined, distanceUnit: DistanceUnit): string;
  economy(value: number | null | undefined, unit?: FuelEconomyUnit): string;
  currencySymbol: string;
  dateFormat: DateFormat;
  /** Today in the owner's time zone, `YYYY-MM-DD`. */
  today(): string;
}

export function makeFormatter(prefs: Prefs, locale: string = browserLocale()): Formatter {
  return {
    prefs,
    locale,
    money: (v) => formatMoney(v, prefs.currency, locale),
    unitPrice: (v, unit) => formatUnitPrice(v, prefs.currency, unit, locale),
    date: (v) => formatDate(v, prefs.date_format),
    timestamp: (v) => formatTimestamp(v, prefs.date_format, prefs.timezone, locale),
    distance: (v, unit) => formatDistance(v, unit, locale),
    quantity: (v, unit) => formatQuantity(v, unit, locale),
    economy: (v, unit) => formatEconomy(v, unit ?? prefs.fuel_economy_unit, locale),
    currencySymbol: currencySymbol(prefs.currency, locale),
    dateFormat: prefs.date_format,
    today: () => isoDateInZone(new Date(), prefs.timezone),
  };
}

export function useFormatter(): Formatter {
  const { data: user } = useMe();
  return makeFormatter(user ?? DEFAULT_PREFS);
}
