// The one HTTP client of the SPA. Every call to /api/v1 goes through request():
// it sends the session cookie, adds the CSRF header on unsafe methods, turns
// every non-2xx answer into an ApiError (parsing application/problem+json), and
// hands an expired session (401) to one handler.

export const API_BASE = '/api/v1';
export const CSRF_COOKIE = 'carnet_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

export interface ProblemFieldError {
  field: string;
  message: string;
}

/** An error answered by the API (or a network failure, status 0). */
export class ApiError extends Error {
  readonly status: number;
  /** The problem type, e.g. `/problems/validation`; `network` when the server was not reached. */
  readonly type: string;
  readonly title: string;
  readonly detail: string;
  /** Validation (422) and conflict (409) messages by JSON field name. */
  readonly fieldErrors: Record<string, string>;
  /** Seconds from a Retry-After header (429), when given. */
  readonly retryAfter: number | null;

  constructor(init: {
    status: number;
    type: string;
    title: string;
    detail?: string;
    fieldErrors?: Record<string, string>;
    retryAfter?: number | null;
  }) {
    super(init.detail ? `${init.title}: ${init.detail}` : init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.type = init.type;
    this.title = init.title;
    this.detail = init.detail ?? '';
    this.fieldErrors = init.fieldErrors ?? {};
    this.retryAfter = init.retryAfter ?? null;
  }

  /** The last segment of the problem type: `validation`, `account-locked`, ... */
  get slug(): string {
    const i = this.type.lastIndexOf('/');
    return i >= 0 ? this.type.slice(i + 1) : this.type;
  }
}

export function isApiError(err: unknown): err is ApiError {
  return err instanceof ApiError;
}

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /**
   * A 401 from this call is an answer for the caller (wrong password), not an
   * expired session: don't clear the user or redirect.
   */
  skipAuthRedirect?: boolean;
}

type UnauthorizedHandler = (nextPath: string) => void;

let onUnauthorized: UnauthorizedHandler = (nextPath) => {
  window.location.assign(`/login?next=${encodeURIComponent(nextPath)}`);
};

/** Sets what happens when the session is gone (a 401 on an authenticated call). */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): void {
  onUnauthorized = handler;
}

export function readCookie(name: string, cookies: string = document.cookie): string | null {
  for (const part of cookies.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return part.slice(eq + 1).trim();
      }
    }
  }
  return null;
}

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

/** Parses Retry-After: delta seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const when = Date.parse(trimmed);
  if (Number.isNaN(when)) return null;
  return Math.max(0, Math.ceil((when - now) / 1000));
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

interface ProblemBody {
  type?: unknown;
  title?: unknown;
  detail?: unknown;
  status?: unknown;
  errors?: unknown;
}

async function toApiError(res: Response): Promise<ApiError> {
  const retryAfter = parseRetryAfter(res.headers.get('Retry-After'));
  const contentType = res.headers.get('Content-Type') ?? '';
  let body: ProblemBody | null = null;
  if (contentType.includes('json')) {
    try {
      body = (await res.json()) as ProblemBody;
    } catch {
      body = null;
    }
  }
  const fieldErrors: Record<string, string> = {};
  if (body && Array.isArray(body.errors)) {
    for (const item of body.errors as unknown[]) {
      if (!item || typeof item !== 'object') continue;
      const { field, message } = item as Partial<ProblemFieldError>;
      if (typeof field !== 'string' || typeof message !== 'string') continue;
      const key = field || '_';
      fieldErrors[key] = fieldErrors[key] ? `${fieldErrors[key]} ${message}` : message;
    }
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return new ApiError({
    status: res.status,
    type: str(body?.type) ?? `/problems/http-${res.status}`,
    title: str(body?.title) ?? (res.statusText || `HTTP ${res.status}`),
    detail: str(body?.detail) ?? '',
    fieldErrors,
    retryAfter,
  });
}

function currentPath(): string {
  const { pathname, search } = window.location;
  return pathname + search;
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers = new Headers({ Accept: 'application/json' });
  const init: RequestInit = { method, headers, credentials: 'same-origin', signal: options.signal };
  if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json');
    init.body = JSON.stringify(options.body);
  }
  if (UNSAFE.has(method.toUpperCase())) {
    const token = readCookie(CSRF_COOKIE);
    if (token) headers.set(CSRF_HEADER, token);
  }

  let res: Response;
  try {
    res = await fetch(buildUrl(path, options.query), init);
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError({
      status: 0,
      type: 'network',
      title: 'Network error',
      detail: 'The server could not be reached. Check your connection and try again.',
    });
  }

  if (!res.ok) {
    const error = await toApiError(res);
    if (res.status === 401 && !options.skipAuthRedirect && error.slug !== 'invalid-credentials') {
      onUnauthorized(currentPath());
    }
    throw error;
  }
  if (res.status === 204 || res.headers.get('Content-Length') === '0') {
    return undefined as T;
  }
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const http = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown, opts?: Omit<RequestOptions, 'body'>) =>
    request<T>('POST', path, { ...opts, body }),
  patch: <T>(path: string, body: unknown, opts?: Omit<RequestOptions, 'body'>) =>
    request<T>('PATCH', path, { ...opts, body }),
  delete: (path: string) => request<void>('DELETE', path),
};
