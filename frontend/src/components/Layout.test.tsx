import { QueryClient } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, renderRoutes, stubFetch } from '../test/helpers';
import { Layout, pageOf } from './Layout';

describe('Layout', () => {
  it('shows the server version from GET /meta in the footer', async () => {
    stubFetch({ 'GET /api/v1/meta': () => jsonResponse({ name: 'Carnet', version: '1.4.2', registration: 'open' }) });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    client.setQueryData(['me'], null);
    renderRoutes([{ element: <Layout />, children: [{ path: '/', element: <h1>Home</h1> }] }], '/', client);
    expect(await screen.findByText('1.4.2')).toHaveAttribute('data-testid', 'server-version');
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
  });
});
describe('pageOf', () => {
  it('treats a vehicle and its tabs as one page', () => {
    expect(pageOf('/vehicles/12')).toBe('/vehicles/12');
    expect(pageOf('/vehicles/12/fuel')).toBe('/vehicles/12');
    expect(pageOf('/vehicles/12/insurance')).toBe('/vehicles/12');
  });
  it('keeps other pages apart', () => {
    expect(pageOf('/settings')).toBe('/settings');
    expect(pageOf('/vehicles/12/edit')).toBe('/vehicles/12/edit');
    expect(pageOf('/vehicles/new')).toBe('/vehicles/new');
    expect(pageOf('/')).toBe('/');
  });
});
