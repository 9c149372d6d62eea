import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PublicOnly } from '../components/AuthGuards';
import { makeQueryClient, problem, jsonResponse, renderRoutes, stubFetch, testUser } from '../test/helpers';
import LoginPage from './LoginPage';

const routes = [
  { element: <PublicOnly />, children: [{ path: '/login', element: <LoginPage /> }] },
  { path: '/vehicles/:id', element: <h1>Vehicle page</h1> },
  { path: '/', element: <h1>Garage</h1> },
];

function renderLogin(path = '/login') {
  return renderRoutes(routes, path, makeQueryClient(null));
}

describe('LoginPage', () => {
  it('shows browser-side errors next to their fields, tied with aria-describedby', async () => {
    const fetch = stubFetch({});
    const user = userEvent.setup();
    renderLogin();
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const email = screen.getByLabelText(/^Email/);
    const error = await screen.findByTestId('field-error-email');
    expect(error).toHaveTextContent('Email is required.');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
    expect(email).toHaveAccessibleDescription('Email is required.');
    await waitFor(() => expect(email).toHaveFocus());
    expect(fetch).not.toHaveBeenCalled();
  });

  it('says so on a wrong password and keeps what was typed', async () => {
    stubFetch({ 'POST /api/v1/auth/login': () => problem(401, 'invalid-credentials') });
    const user = userEvent.setup();
    renderLogin();
    await user.type(screen.getByLabelText(/^Email/), 'owner@example.com');
    await user.type(screen.getByLabelText(/^Password/), 'wrong password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password.');
    expect(screen.getByLabelText(/^Email/)).toHaveValue('owner@example.com');
  });

  it('tells how long a locked account must wait', async () => {
    stubFetch({
      'POST /api/v1/auth/login': () => problem(429, 'account-locked', { headers: { 'Retry-After': '900' } }),
    });
    const user = userEvent.setup();
    renderLogin();
    await user.type(screen.getByLabelText(/^Email/), 'owner@example.com');
    await user.type(screen.getByLabelText(/^Password/), 'whatever123');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This account is locked after too many failed sign-in attempts. Try again in 15 minutes.',
    );
  });

  it('goes back to the page that asked for a session', async () => {
    const fetch = stubFetch({ 'POST /api/v1/auth/login': () => jsonResponse(testUser) });
    const user = userEvent.setup();
    const { router, client } = renderLogin('/login?next=%2Fvehicles%2F3');
    await user.type(screen.getByLabelText(/^Email/), 'owner@example.com');
    await user.type(screen.getByLabelText(/^Password/), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Vehicle page' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/vehicles/3');
    expect(client.getQueryData(['me'])).toEqual(testUser);
    expect(JSON.parse(fetch.mock.calls[0]![1]!.body as string)).toEqual({
      email: 'owner@example.com',
      password: 'correct horse',
    });
  });
});
