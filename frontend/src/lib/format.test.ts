import { describe, expect, it } from 'vitest';
import {
  currencySymbol,
  daysBetween,
  endOfDayInZone,
  formatDate,
  formatDistance,
  formatEconomy,
  formatMoney,
  formatQuantity,
  formatTimestamp,
  formatUnitPrice,
  formatWait,
  isoDateInZone,
  plural,
} from './format';
import { makeFormatter } from './prefs';

// Intl output uses narrow/no-break spaces in some locales: compare with normal spaces.
const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('money', () => {
  it('formats decimal strings in the currency and locale', () => {
    expect(formatMoney('45.99', 'USD', 'en-US')).toBe('$45.99');
    expect(formatMoney('1234.5', 'USD', 'en-US')).toBe('$1,234.50');
    expect(norm(formatMoney('1234.50', 'EUR', 'de-DE'))).toBe('1.234,50 €');
    expect(formatMoney('0.00', 'GBP', 'en-GB')).toBe('£0.00');
    expect(formatMoney('1200', 'JPY', 'en-US')).toBe('¥1,200');
  });

  it('shows a dash for missing amounts', () => {
    expect(formatMoney(null, 'USD', 'en-US')).toBe('—');
    expect(formatMoney('', 'USD', 'en-US')).toBe('—');
    expect(formatMoney('abc', 'USD', 'en-US')).toBe('—');
  });

  it('keeps three decimals on fuel unit prices', () => {
    expect(formatUnitPrice('3.499', 'USD', 'mi', 'en-US')).toBe('$3.499/gal');
    expect(norm(formatUnitPrice('1.8', 'EUR', 'km', 'fr-FR'))).toBe('1,80 €/L');
  });

  it('finds the currency symbol', () => {
    expect(currencySymbol('USD', 'en-US')).toBe('$');
    expect(currencySymbol('EUR', 'de-DE')).toBe('€');
  });
});

describe('dates', () => {
  it('applies each date format to calendar dates', () => {
    expect(formatDate('2024-01-31', 'YYYY-MM-DD')).toBe('2024-01-31');
    expect(formatDate('2024-01-31', 'MM/DD/YYYY')).toBe('01/31/2024');
    expect(formatDate('2024-01-31', 'DD/MM/YYYY')).toBe('31/01/2024');
    expect(formatDate('2024-01-31', 'DD.MM.YYYY')).toBe('31.01.2024');
    expect(formatDate(null, 'DD.MM.YYYY')).toBe('—');
  });

  it('shows timestamps in the owner time zone', () => {
    // 23:30 UTC on Jan 31 is already Feb 1 in Paris.
    expect(formatTimestamp('2024-01-31T23:30:00Z', 'DD/MM/YYYY', 'Europe/Paris', 'en-GB')).toBe('01/02/2024 00:30');
    expect(formatTimestamp('2024-01-31T23:30:00Z', 'YYYY-MM-DD', 'America/New_York', 'en-GB')).toBe('2024-01-31 18:30');
  });

  it('finds today in a time zone', () => {
    const instant = new Date('2024-03-10T02:00:00Z');
    expect(isoDateInZone(instant, 'UTC')).toBe('2024-03-10');
    expect(isoDateInZone(instant, 'America/Los_Angeles')).toBe('2024-03-09');
  });

  it('finds the end of a day in a time zone', () => {
    expect(endOfDayInZone('2030-01-01', 'UTC')).toBe('2030-01-01T23:59:59Z');
    expect(endOfDayInZone('2030-01-01', 'Europe/Paris')).toBe('2030-01-01T22:59:59Z');
    expect(endOfDayInZone('2030-07-01', 'America/New_York')).toBe('2030-07-02T03:59:59Z');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
  });
});

describe('distances and fuel', () => {
  it('formats distances in the vehicle unit', () => {
    expect(formatDistance(12345, 'mi', 'en-US')).toBe('12,345 mi');
    expect(norm(formatDistance(12345, 'km', 'de-DE'))).toBe('12.345 km');
    expect(formatDistance(null, 'km', 'en-US')).toBe('—');
  });

  it('formats quantities in gallons or liters', () => {
    expect(formatQuantity(10.5, 'mi', 'en-US')).toBe('10.5 gal');
    expect(formatQuantity(42.123, 'km', 'en-US')).toBe('42.123 L');
  });

  it('formats economy in its unit with one decimal', () => {
    expect(formatEconomy(31.456, 'mpg', 'en-US')).toBe('31.5 mpg');
    expect(formatEconomy(6.2, 'l_per_100km', 'fr-FR')).toBe('6,2 L/100 km');
    expect(formatEconomy(15, 'km_per_l', 'en-US')).toBe('15.0 km/L');
    expect(formatEconomy(null, 'mpg', 'en-US')).toBe('—');
  });
});

describe('words', () => {
  it('counts records', () => {
    expect(plural(45, 'record', 'records', 'en-US')).toBe('45 records');
    expect(plural(1, 'record', 'records', 'en-US')).toBe('1 record');
    expect(plural(0, 'record', 'records', 'en-US')).toBe('0 records');
  });

  it('says how long to wait', () => {
    expect(formatWait(1)).toBe('1 second');
    expect(formatWait(45)).toBe('45 seconds');
    expect(formatWait(60)).toBe('1 minute');
    expect(formatWait(61)).toBe('2 minutes');
    expect(formatWait(7200)).toBe('2 hours');
  });
});

describe('formatter from preferences', () => {
  it('binds currency, date format and economy unit', () => {
    const fmt = makeFormatter(
      { currency: 'EUR', date_format: 'DD.MM.YYYY', timezone: 'Europe/Berlin', fuel_economy_unit: 'l_per_100km', distance_unit: 'km' },
      'en-US',
    );
    expect(fmt.money('10.50')).toBe('€10.50');
    expect(fmt.date('2024-05-06')).toBe('06.05.2024');
    expect(fmt.economy(7.25)).toBe('7.3 L/100 km');
    expect(fmt.currencySymbol).toBe('€');
    expect(fmt.today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
