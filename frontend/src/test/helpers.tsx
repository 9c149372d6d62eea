import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { vi } from 'vitest';
import { meKey } from '../api/session';
import type { User } from '../api/types';

export const testUser: User = {
  id: 1,
  email: 'owner@example.com',
  name: 'Alex Owner',
  role: 'user',
  currency: 'USD',
  distance_unit: 'mi',
  fuel_economy_unit: 'mpg',
  timezone: 'UTC',
  date_format: 'YYYY-MM-DD',
  created_at: '2024-01-01T00:00:00Z',
};

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  });
}

export function problem(
  status: number,
  slug: string,
  extra: { detail?: string; errors?: { field: string; message: string }[]; headers?: Record<string, string> } = {},
): Response {
  return jsonResponse(
    { type: `/problems/${slug}`, title: slug, status, detail: extra.detail ?? '', errors: extra.errors },
    status,
    extra.headers,
  );
}

type Handler = (url: URL, init: RequestInit) => Response | Promise<Response>;

/** Stubs the global fetch (the network is outside our code); routes by "METHOD /path". */
export function stubFetch(routes: Record<string, Handler>) {
  const fn = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : input, 'http://localhost');
    const key = `${(init.method ?? 'GET').toUpperCase()} ${url.pathname}`;
    const handler = routes[key];
    if (!handler) return problem(404, 'not-found', { detail: `no stub for ${key}` });
    return handler(url, init);
  });
  vi.stubGlobal('fetch', fn);
  return fn;
}

export function makeQueryClient(user: User | null = testUser): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  client.setQueryData(meKey, user);
  client.setQueryData(['meta'], { name: 'Carnet', version: '9.9.9-test', registration: 'open' });
  return client;
}

export function renderRoutes(routes: RouteObject[], path: string, client = makeQueryClient()) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const utils = render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...utils, router, client };
}

export function renderPage(element: ReactElement, path = '/', client = makeQueryClient()) {
  return renderRoutes([{ path: '*', element }], path, client);
}
