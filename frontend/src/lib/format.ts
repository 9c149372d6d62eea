// Formatting of money, dates, distances and fuel figures with Intl and the
// owner's preferences (currency, date format, time zone, economy unit).
import type { DateFormat, DistanceUnit, FuelEconomyUnit } from '../api/types';

export const DASH = '—';

export function browserLocale(): string {
  if (typeof navigator !== 'undefined' && navigator.language) return navigator.language;
  return 'en-US';
}

function toNumber(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

/** `"45.99"` + `USD` → `$45.99` (in the locale's way). */
export function formatMoney(
  value: string | number | null | undefined,
  currency: string,
  locale: string = browserLocale(),
): string {
  const n = toNumber(value);
  if (n === null) return DASH;
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(n);
  } catch {
    return `${n.toFixed(2)} ${currency}`;
  }
}

/** A fuel unit price keeps 3 decimals: `"3.499"` → `$3.499/gal`. */
export function formatUnitPrice(
  value: string | number | null | undefined,
  currency: string,
  distanceUnit: DistanceUnit,
  locale: string = browserLocale(),
): string {
  const n = toNumber(value);
  if (n === null) return DASH;
  let money: string;
  try {
    money = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: 2,
      maximumFractionDigits: 3,
    }).format(n);
  } catch {
    money = `${n.toFixed(3)} ${currency}`;
  }
  return `${money}/${volumeUnit(distanceUnit)}`;
}

/** The symbol (or code) the locale uses for a currency: `USD` → `$`. */
export function currencySymbol(currency: string, locale: string = browserLocale()): string {
  try {
    const part = new Intl.NumberFormat(locale, { style: 'currency', currency })
      .formatToParts(0)
      .find((p) => p.type === 'currency');
    return part?.value ?? currency;
  } catch {
    return currency;
  }
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})/;

function applyDateFormat(y: string, m: string, d: string, format: DateFormat): string {
  switch (format) {
    case 'MM/DD/YYYY':
      return `${m}/${d}/${y}`;
    case 'DD/MM/YYYY':
      return `${d}/${m}/${y}`;
    case 'DD.MM.YYYY':
      return `${d}.${m}.${y}`;
    default:
      return `${y}-${m}-${d}`;
  }
}

/** A calendar date `YYYY-MM-DD` in the owner's date format. */
export function formatDate(value: string | null | undefined, format: DateFormat): string {
  if (!value) return DASH;
  const m = DATE_RE.exec(value);
  if (!m) return value;
  return applyDateFormat(m[1]!, m[2]!, m[3]!, format);
}

/** The calendar date of an instant in a time zone, as `YYYY-MM-DD`. */
export function isoDateInZone(instant: Date, timeZone?: string): string {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
      instant,
    );
  } catch {
    parts = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  }
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** An RFC 3339 instant as date (owner's format) and time in the owner's time zone. */
export function formatTimestamp(
  value: string | null | undefined,
  format: DateFormat,
  timeZone: string,
  locale: string = browserLocale(),
): string {
  if (!value) return DASH;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  const date = formatDate(isoDateInZone(instant, timeZone), format);
  let time: string;
  try {
    time = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(instant);
  } catch {
    time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(instant);
  }
  return `${date} ${time}`;
}

export function formatNumber(value: number | null | undefined, locale: string = browserLocale(), maxFraction = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxFraction }).format(value);
}

/** `12345, 'mi'` → `12,345 mi`. */
export function formatDistance(
  value: number | null | undefined,
  unit: DistanceUnit,
  locale: string = browserLocale(),
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return `${formatNumber(value, locale)} ${unit}`;
}

export function volumeUnit(distanceUnit: DistanceUnit): string {
  return distanceUnit === 'mi' ? 'gal' : 'L';
}

/** Fuel quantity: liters for km vehicles, US gallons for mi vehicles. */
export function formatQuantity(
  value: number | null | undefined,
  distanceUnit: DistanceUnit,
  locale: string = browserLocale(),
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return `${formatNumber(value, locale, 3)} ${volumeUnit(distanceUnit)}`;
}

export const ECONOMY_LABELS: Record<FuelEconomyUnit, string> = {
  mpg: 'mpg',
  l_per_100km: 'L/100 km',
  km_per_l: 'km/L',
};

export function formatEconomy(
  value: number | null | undefined,
  unit: FuelEconomyUnit,
  locale: string = browserLocale(),
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return `${new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)} ${
    ECONOMY_LABELS[unit] ?? unit
  }`;
}

/** Whole days from `today` to `date` (both `YYYY-MM-DD`); negative when past. */
export function daysBetween(today: string, date: string): number {
  const a = Date.UTC(+today.slice(0, 4), +today.slice(5, 7) - 1, +today.slice(8, 10));
  const b = Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
  return Math.round((b - a) / 86_400_000);
}

/** "in 12 days", "today", "3 days ago" in the locale. */
export function formatRelativeDays(days: number, locale: string = browserLocale()): string {
  try {
    return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day');
  } catch {
    return days === 0 ? 'today' : days > 0 ? `in ${days} days` : `${-days} days ago`;
  }
}

/** "45 records", "1 record". */
export function plural(count: number, one: string, many: string, locale: string = browserLocale()): string {
  return `${formatNumber(count, locale)} ${count === 1 ? one : many}`;
}

/** Seconds → "15 minutes", "40 seconds", "2 hours". */
export function formatWait(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  const hours = Math.ceil(minutes / 60);
  return hours === 1 ? '1 hour' : `${hours} hours`;
}

/** The instant a calendar day ends (23:59:59) in a time zone, as RFC 3339 UTC. */
export function endOfDayInZone(date: string, timeZone: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d, 23, 59, 59);
  let offset: number;
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    }).formatToParts(new Date(guess));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
    offset = wall - guess;
  } catch {
    offset = 0;
  }
  return new Date(guess - offset).toISOString().replace('.000Z', 'Z');
}
