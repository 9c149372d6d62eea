// Test data: unique accounts and VINs, dates relative to today.
import { randomBytes, randomUUID } from 'node:crypto';

export interface Account {
  name: string;
  email: string;
  password: string;
}

/** A fresh account: a unique email per call, so tests never share an owner. */
export function newAccount(label = 'Owner'): Account {
  const id = randomUUID().slice(0, 8);
  return {
    name: `${label} ${id}`,
    email: `qa-${Date.now().toString(36)}-${id}@example.test`,
    password: `pw-${randomUUID()}`,
  };
}

const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'; // never I, O, Q
const VIN_VALUES: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8,
  J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** The check digit (9th character) a North American VIN must carry. */
export function vinCheckDigit(vin: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const ch = vin[i]!;
    sum += (/\d/.test(ch) ? Number(ch) : VIN_VALUES[ch]!) * VIN_WEIGHTS[i]!;
  }
  return sum % 11 === 10 ? 'X' : String(sum % 11);
}

/** A random, valid North American VIN (VINs are unique across the whole server). */
export function randomVin(): string {
  const bytes = randomBytes(17);
  const chars = [...bytes].map((b) => VIN_CHARS[b % VIN_CHARS.length]!);
  chars[0] = '1';
  chars[8] = '0';
  const vin = chars.join('');
  return vin.slice(0, 8) + vinCheckDigit(vin) + vin.slice(9);
}

/** The same VIN with a wrong check digit (the server and the browser both refuse it). */
export function withWrongCheckDigit(vin: string): string {
  const wrong = vin[8] === '1' ? '2' : '1';
  return vin.slice(0, 8) + wrong + vin.slice(9);
}

/** `YYYY-MM-DD`, `days` before today (UTC, the default time zone of a new account). */
export function daysAgo(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

export const today = () => daysAgo(0);

/** `YYYY-MM-DD` shown as `DD.MM.YYYY`. */
export function dotted(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
}
