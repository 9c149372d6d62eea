import { describe, expect, it } from 'vitest';
import {
  checkAfter,
  checkDate,
  checkEmail,
  checkMoney,
  checkNotFuture,
  checkOdometer,
  checkPassword,
  checkPositiveNumber,
  checkRequired,
  checkUnitPrice,
  checkVin,
  checkYear,
  collect,
  fixedDecimals,
  isValidDate,
  normalizeDecimal,
  toApi,
  vinCheckDigit,
} from './validate';
import { fieldMessage } from './useForm';

describe('VIN', () => {
  it('accepts a VIN whose check digit matches', () => {
    expect(vinCheckDigit('1HGCM82633A004352')).toBe('3');
    expect(checkVin('1HGCM82633A004352')).toBeNull();
    expect(checkVin('1hgcm82633a004352')).toBeNull();
    expect(checkVin('')).toBeNull();
  });

  it('rejects a North American VIN with a wrong check digit', () => {
    expect(checkVin('1HGCM82643A004352')).toMatch(/check digit/);
  });

  it('skips the check digit outside North America', () => {
    expect(checkVin('WVWZZZ1JZXW000001')).toBeNull();
  });

  it('rejects wrong lengths and the letters I, O, Q', () => {
    expect(checkVin('1HGCM82633A00435')).toMatch(/17 characters \(this one has 16\)/);
    expect(checkVin('1HGCM82633A00435O')).toMatch(/I, O or Q/);
    expect(checkVin('1HGCM82633A0043-2')).toMatch(/letters and digits/);
  });
});

describe('numbers and money', () => {
  it('checks money amounts', () => {
    expect(checkMoney('45.99', 'Cost')).toBeNull();
    expect(checkMoney('45', 'Cost')).toBeNull();
    expect(checkMoney('1,234.50', 'Cost')).toBeNull();
    expect(checkMoney('12,5', 'Cost')).toBeNull();
    expect(checkMoney('', 'Cost')).toBeNull();
    expect(checkMoney('-5', 'Cost')).toMatch(/Cost must be an amount/);
    expect(checkMoney('4.999', 'Cost')).toMatch(/at most 2 decimals/);
    expect(checkMoney('abc', 'Cost')).not.toBeNull();
  });

  it('checks unit prices with 3 decimals', () => {
    expect(checkUnitPrice('3.499', 'Unit price')).toBeNull();
    expect(checkUnitPrice('3.4999', 'Unit price')).toMatch(/3 decimals/);
  });

  it('checks odometers', () => {
    expect(checkOdometer('12345')).toBeNull();
    expect(checkOdometer('12,345')).toBeNull();
    expect(checkOdometer('12.5')).toMatch(/whole number/);
    expect(checkOdometer('-1')).toMatch(/whole number/);
    expect(checkOdometer('99999999')).toMatch(/too large/);
  });

  it('checks positive quantities', () => {
    expect(checkPositiveNumber('10.5', 'Quantity')).toBeNull();
    expect(checkPositiveNumber('0', 'Quantity')).toMatch(/greater than 0/);
  });

  it('converts form strings for the API without floating point', () => {
    expect(normalizeDecimal(' 1,234.5 ')).toBe('1234.5');
    expect(fixedDecimals('12.5', 2)).toBe('12.50');
    expect(fixedDecimals('007', 2)).toBe('7.00');
    expect(fixedDecimals('', 2)).toBeNull();
    expect(toApi.money('0.1')).toBe('0.10');
    expect(toApi.money('19999999.99')).toBe('19999999.99');
    expect(toApi.unitPrice('3.4')).toBe('3.400');
    expect(toApi.int('12,345')).toBe(12345);
    expect(toApi.int('')).toBeNull();
    expect(toApi.decimal('10,5')).toBe(10.5);
  });
});

describe('dates', () => {
  it('knows real calendar dates', () => {
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2023-02-29')).toBe(false);
    expect(isValidDate('2024-13-01')).toBe(false);
    expect(checkDate('31/01/2024', 'Date')).toMatch(/valid date/);
  });

  it('refuses dates after tomorrow', () => {
    expect(checkNotFuture('2024-05-02', '2024-05-01')).toBeNull();
    expect(checkNotFuture('2024-05-03', '2024-05-01')).toMatch(/future/);
    expect(checkNotFuture('2024-12-31', '2024-12-31')).toBeNull();
    expect(checkNotFuture('2025-01-02', '2024-12-31')).toMatch(/future/);
  });

  it('orders two dates', () => {
    expect(checkAfter('2024-01-01', '2025-01-01', 'bad')).toBeNull();
    expect(checkAfter('2024-01-01', '2024-01-01', 'bad')).toBe('bad');
    expect(checkAfter('2024-01-01', '2024-01-01', 'bad', true)).toBeNull();
    expect(checkAfter('', '2024-01-01', 'bad')).toBeNull();
  });
});

describe('accounts and vehicles', () => {
  it('checks emails, passwords and years', () => {
    expect(checkEmail('owner@example.com')).toBeNull();
    expect(checkEmail('owner')).toMatch(/email address/);
    expect(checkPassword('short')).toMatch(/at least 10/);
    expect(checkPassword('long enough!')).toBeNull();
    expect(checkYear('2018', 2025)).toBeNull();
    expect(checkYear('1850', 2025)).toMatch(/between 1900 and 2026/);
    expect(checkYear('2027', 2025)).not.toBeNull();
    expect(checkYear('', 2025)).toMatch(/required/);
  });

  it('collects the first message per field', () => {
    expect(
      collect({
        make: [checkRequired('', 'Make'), 'second'],
        model: [null, checkRequired('Civic', 'Model')],
      }),
    ).toEqual({ make: 'Make is required.' });
  });

  it('puts the field name before API messages phrased after it', () => {
    expect(fieldMessage('vin', 'must be 17 characters')).toBe('VIN must be 17 characters');
    expect(fieldMessage('purchase_price', 'must not be negative')).toBe('Purchase price must not be negative');
    expect(fieldMessage('vin', 'A vehicle with this VIN already exists.')).toBe('A vehicle with this VIN already exists.');
    expect(fieldMessage('vin', 'a vehicle with this VIN already exists')).toBe('A vehicle with this VIN already exists');
    expect(fieldMessage('odometer', 'is lower than an earlier reading (45210)')).toBe(
      'Odometer is lower than an earlier reading (45210)',
    );
  });
});
