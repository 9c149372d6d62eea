import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, problem, stubFetch, testUser } from '../test/helpers';
import { ApiError, buildUrl, http, parseRetryAfter, readCookie, request, setUnauthorizedHandler } from './client';
import { api } from './endpoints';
import { isPublicPath, makeUnauthorizedHandler, meKey, safeNext } from './session';

function headersOf(fetchMock: ReturnType<typeof stubFetch>, call = 0): Headers {
  const init = fetchMock.mock.calls[call]?.[1];
  return new Headers(init?.headers);
}

describe('request', () => {
  let unauthorized: ReturnType<typeof vi.fn<(next: string) => void>>;
  beforeEach(() => {
    unauthorized = vi.fn<(next: string) => void>();
    setUnauthorizedHandler(unauthorized);
    document.cookie = 'other=1; path=/';
    document.cookie = 'carnet_csrf=tok%2Ben-123; path=/';
  });
  afterEach(() => {
    window.history.replaceState(null, '', '/');
  });

  it('sends the CSRF cookie value in X-CSRF-Token on unsafe methods only', async () => {
    const f = stubFetch({
      'GET /api/v1/vehicles': () => jsonResponse({ items: [], page: 1, per_page: 20, total: 0 }),
      'POST /api/v1/vehicles': () => jsonResponse({ id: 1 }, 201),
      'PATCH /api/v1/vehicles/1': () => jsonResponse({ id: 1 }),
      'DELETE /api/v1/vehicles/1': () => jsonResponse(null, 204),
    });
    await http.get('/vehicles');
    await http.post('/vehicles', { make: 'Honda' });
    await http.patch('/vehicles/1', { make: 'Honda' });
    await http.delete('/vehicles/1');

    expect(headersOf(f, 0).get('X-CSRF-Token')).toBeNull();
    for (const call of [1, 2, 3]) expect(headersOf(f, call).get('X-CSRF-Token')).toBe('tok+en-123');
    const post = f.mock.calls[1]![1]!;
    expect(post.credentials).toBe('same-origin');
    expect(post.body).toBe('{"make":"Honda"}');
    expect(headersOf(f, 1).get('Content-Type')).toBe('application/json');
  });

  it('sends no CSRF header when there is no CSRF cookie', async () => {
    document.cookie = 'carnet_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    const f = stubFetch({ 'POST /api/v1/auth/login': () => jsonResponse(testUser) });
    await api.login({ email: 'a@b.c', password: 'x' });
    expect(headersOf(f).has('X-CSRF-Token')).toBe(false);
  });

  it('parses application/problem+json into an ApiError with field errors', async () => {
    stubFetch({
      'POST /api/v1/vehicles': () =>
        problem(422, 'validation', {
          detail: '2 fields are invalid.',
          errors: [
            { field: 'vin', message: 'must be 17 characters' },
            { field: 'year', message: 'must be between 1900 and 2027' },
            { field: 'vin', message: 'has an invalid check digit' },
          ],
        }),
    });
    const err = await http.post('/vehicles', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    const e = err as ApiError;
    expect(e.status).toBe(422);
    expect(e.type).toBe('/problems/validation');
    expect(e.slug).toBe('validation');
    expect(e.detail).toBe('2 fields are invalid.');
    expect(e.fieldErrors).toEqual({
      vin: 'must be 17 characters has an invalid check digit',
      year: 'must be between 1900 and 2027',
    });
    expect(unauthorized).not.toHaveBeenCalled();
  });

  it('reads Retry-After on 429', async () => {
    stubFetch({
      'POST /api/v1/auth/login': () => problem(429, 'account-locked', { headers: { 'Retry-After': '90' } }),
    });
    const err = (await api.login({ email: 'a@b.c', password: 'x' }).catch((e: unknown) => e)) as ApiError;
    expect(err.slug).toBe('account-locked');
    expect(err.retryAfter).toBe(90);
  });

  it('turns a non-JSON error page into an ApiError', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' }))),
    );
    const err = (await http.get('/vehicles').catch((e: unknown) => e)) as ApiError;
    expect(err.status).toBe(502);
    expect(err.title).toBe('Bad Gateway');
    expect(err.fieldErrors).toEqual({});
  });

  it('reports a network failure as status 0', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const err = (await http.get('/vehicles').catch((e: unknown) => e)) as ApiError;
    expect(err.status).toBe(0);
    expect(err.type).toBe('network');
  });

  it('answers undefined for 204', async () => {
    stubFetch({ 'DELETE /api/v1/service-records/4': () => jsonResponse(null, 204) });
    await expect(http.delete('/service-records/4')).resolves.toBeUndefined();
  });

  it('hands a 401 on an authenticated call to the session handler with the current path', async () => {
    window.history.replaceState(null, '', '/vehicles/7/fuel?page=2');
    stubFetch({ 'GET /api/v1/vehicles/7': () => problem(401, 'unauthorized') });
    const err = (await http.get('/vehicles/7').catch((e: unknown) => e)) as ApiError;
    expect(err.status).toBe(401);
    expect(unauthorized).toHaveBeenCalledWith('/vehicles/7/fuel?page=2');
  });

  it('does not treat a wrong password as an expired session', async () => {
    stubFetch({
      'POST /api/v1/auth/login': () => problem(401, 'invalid-credentials'),
      'POST /api/v1/me/password': () => problem(401, 'invalid-credentials'),
    });
    await expect(api.login({ email: 'a@b.c', password: 'nope' })).rejects.toBeInstanceOf(ApiError);
    await expect(request('POST', '/me/password', { body: {} })).rejects.toBeInstanceOf(ApiError);
    expect(unauthorized).not.toHaveBeenCalled();
  });

  it('asks for /me only when a session cookie pair may exist', async () => {
    const f = stubFetch({ 'GET /api/v1/me': () => jsonResponse(testUser) });
    await expect(api.me()).resolves.toEqual(testUser);
    document.cookie = 'carnet_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    await expect(api.me()).resolves.toBeNull();
    expect(f).toHaveBeenCalledTimes(1);
  });

  it('answers null from /me on 401 without redirecting', async () => {
    stubFetch({ 'GET /api/v1/me': () => problem(401, 'unauthorized') });
    await expect(api.me()).resolves.toBeNull();
    expect(unauthorized).not.toHaveBeenCalled();
  });
});

describe('session handler', () => {
  it('clears the cached user and sends the visitor to sign in, then back', () => {
    const client = new QueryClient();
    client.setQueryData(meKey, testUser);
    const navigate = vi.fn();
    const handle = makeUnauthorizedHandler(client, navigate);
    handle('/vehicles/7?tab=fuel');
    expect(client.getQueryData(meKey)).toBeNull();
    expect(navigate).toHaveBeenCalledWith('/login?next=%2Fvehicles%2F7%3Ftab%3Dfuel');
  });

  it('does not redirect away from the sign-in page itself', () => {
    const navigate = vi.fn();
    makeUnauthorizedHandler(new QueryClient(), navigate)('/login?next=%2F');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('accepts only same-site paths as next', () => {
    expect(safeNext('/vehicles/3')).toBe('/vehicles/3');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext('/login')).toBe('/');
    expect(safeNext(null)).toBe('/');
    expect(isPublicPath('/signup?next=/x')).toBe(true);
    expect(isPublicPath('/settings')).toBe(false);
  });
});

describe('helpers', () => {
  it('builds URLs without empty parameters', () => {
    expect(buildUrl('/vehicles/1/service-records', { page: 2, sort: '-date', from: '', to: undefined, category: null })).toBe(
      '/api/v1/vehicles/1/service-records?page=2&sort=-date',
    );
  });

  it('reads cookies by exact name', () => {
    expect(readCookie('carnet_csrf', 'x_carnet_csrf=no; carnet_csrf=yes')).toBe('yes');
    expect(readCookie('carnet_csrf', 'a=b')).toBeNull();
  });

  it('parses Retry-After seconds and dates', () => {
    expect(parseRetryAfter('120')).toBe(120);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(30);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
  });
});
