// Browser-side checks for obvious mistakes. The API stays the judge: its 422
// messages are shown next to the same fields.

export type Errors = Record<string, string>;

const MONEY_RE = /^\d+(\.\d{1,2})?$/;
const UNIT_PRICE_RE = /^\d+(\.\d{1,3})?$/;
const INT_RE = /^\d+$/;
const DECIMAL_RE = /^\d+(\.\d+)?$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const MIN_PASSWORD = 10;

/** Normalises what people type in a money field: "1,234.5 " → "1234.5"; "12,50" → "12.50". */
export function normalizeDecimal(value: string): string {
  let v = value.trim().replace(/\s/g, '');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(v)) v = v.replace(/,/g, '');
  else if (/^\d+,\d{1,3}$/.test(v)) v = v.replace(',', '.');
  return v;
}

export function isValidDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function checkRequired(value: string | null | undefined, label: string): string | null {
  return value === null || value === undefined || value.trim() === '' ? `${label} is required.` : null;
}

export function checkMoney(value: string, label: string): string | null {
  if (value.trim() === '') return null;
  return MONEY_RE.test(normalizeDecimal(value))
    ? null
    : `${label} must be an amount like 45.99 (no negative numbers, at most 2 decimals).`;
}

export function checkUnitPrice(value: string, label: string): string | null {
  if (value.trim() === '') return null;
  return UNIT_PRICE_RE.test(normalizeDecimal(value)) ? null : `${label} must be a price like 3.499 (at most 3 decimals).`;
}

export function checkOdometer(value: string, label = 'Odometer'): string | null {
  if (value.trim() === '') return null;
  if (!INT_RE.test(value.trim().replace(/[\s,]/g, ''))) return `${label} must be a whole number, 0 or more.`;
  if (Number(value.replace(/[\s,]/g, '')) > 10_000_000) return `${label} looks too large.`;
  return null;
}

export function checkPositiveNumber(value: string, label: string): string | null {
  if (value.trim() === '') return null;
  const v = normalizeDecimal(value);
  if (!DECIMAL_RE.test(v) || Number(v) <= 0) return `${label} must be a number greater than 0.`;
  return null;
}

export function checkDate(value: string, label: string): string | null {
  if (value.trim() === '') return null;
  return isValidDate(value) ? null : `${label} must be a valid date.`;
}

/** Records of things that happened can't be dated after today (a day of slack for time zones). */
export function checkNotFuture(value: string, today: string, label = 'Date'): string | null {
  if (!isValidDate(value) || !isValidDate(today)) return null;
  const slack = new Date(`${today}T00:00:00Z`);
  slack.setUTCDate(slack.getUTCDate() + 1);
  return value > slack.toISOString().slice(0, 10) ? `${label} can't be in the future.` : null;
}

/** `later` must come after `earlier` (both optional dates). */
export function checkAfter(earlier: string, later: string, message: string, orEqual = false): string | null {
  if (!isValidDate(earlier) || !isValidDate(later)) return null;
  return later > earlier || (orEqual && later === earlier) ? null : message;
}

export function checkEmail(value: string): string | null {
  if (value.trim() === '') return 'Email is required.';
  return EMAIL_RE.test(value.trim()) ? null : 'Enter an email address like name@example.com.';
}

export function checkPassword(value: string, label = 'Password'): string | null {
  if (value === '') return `${label} is required.`;
  return value.length >= MIN_PASSWORD ? null : `${label} must be at least ${MIN_PASSWORD} characters.`;
}

export function checkYear(value: string, currentYear: number = new Date().getFullYear()): string | null {
  if (value.trim() === '') return 'Year is required.';
  if (!INT_RE.test(value.trim())) return 'Year must be a number like 2018.';
  const y = Number(value);
  if (y < 1900 || y > currentYear + 1) return `Year must be between 1900 and ${currentYear + 1}.`;
  return null;
}

const VIN_VALUES: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8,
  J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** The North American check digit (position 9) of a 17-character VIN. */
export function vinCheckDigit(vin: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const ch = vin[i]!;
    const value = /\d/.test(ch) ? Number(ch) : (VIN_VALUES[ch] ?? 0);
    sum += value * VIN_WEIGHTS[i]!;
  }
  const rem = sum % 11;
  return rem === 10 ? 'X' : String(rem);
}

/** VIN: optional; 17 characters, letters and digits without I, O, Q; check digit when it starts with 1-5. */
export function checkVin(value: string): string | null {
  const vin = value.trim().toUpperCase();
  if (vin === '') return null;
  if (vin.length !== 17) return `A VIN has 17 characters (this one has ${vin.length}).`;
  if (/[IOQ]/.test(vin)) return 'A VIN never contains the letters I, O or Q.';
  if (!/^[A-Z0-9]{17}$/.test(vin)) return 'A VIN has only letters and digits.';
  if (/^[1-5]/.test(vin) && vinCheckDigit(vin) !== vin[8]) {
    return 'This VIN fails its check digit (9th character): look for a typo.';
  }
  return null;
}

/** Runs checks per field; the first message of each field wins. */
export function collect(checks: Record<string, Array<string | null>>): Errors {
  const errors: Errors = {};
  for (const [field, messages] of Object.entries(checks)) {
    const first = messages.find((m): m is string => typeof m === 'string' && m !== '');
    if (first) errors[field] = first;
  }
  return errors;
}

/** "12.5" → "12.50" without going through floating point; "" → null. */
export function fixedDecimals(value: string, decimals: number): string | null {
  if (value === '') return null;
  const [whole = '0', fraction = ''] = value.split('.');
  const int = whole.replace(/^0+(?=\d)/, '') || '0';
  return `${int}.${fraction.padEnd(decimals, '0').slice(0, decimals)}`;
}

/** Converts form strings to API values. */
export const toApi = {
  text: (v: string) => v.trim(),
  money: (v: string): string | null => fixedDecimals(normalizeDecimal(v), 2),
  unitPrice: (v: string): string | null => fixedDecimals(normalizeDecimal(v), 3),
  int: (v: string): number | null => {
    const n = v.trim().replace(/[\s,]/g, '');
    return n === '' ? null : Number(n);
  },
  decimal: (v: string): number | null => {
    const n = normalizeDecimal(v);
    return n === '' ? null : Number(n);
  },
  date: (v: string): string | null => (v.trim() === '' ? null : v.trim()),
};

/** API values back to form strings. */
export const fromApi = {
  text: (v: string | null | undefined) => v ?? '',
  num: (v: number | string | null | undefined) => (v === null || v === undefined ? '' : String(v)),
};
