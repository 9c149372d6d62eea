import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { problem, renderRoutes, stubFetch } from '../test/helpers';
import VehicleFormPage from './VehicleFormPage';

const routes = [
  { path: '/vehicles/new', element: <VehicleFormPage /> },
  { path: '/vehicles/:id', element: <h1>Vehicle page</h1> },
];

describe('VehicleFormPage', () => {
  it('shows a duplicate VIN (409) on the VIN field without losing what was typed', async () => {
    const fetch = stubFetch({
      'POST /api/v1/vehicles': () =>
        problem(409, 'conflict', {
          detail: 'A vehicle with this VIN already exists.',
          errors: [{ field: 'vin', message: 'A vehicle with this VIN already exists.' }],
        }),
    });
    const user = userEvent.setup();
    renderRoutes(routes, '/vehicles/new');
    await user.type(screen.getByLabelText(/^Make/), 'Honda');
    await user.type(screen.getByLabelText(/^Model/), 'Accord');
    await user.type(screen.getByLabelText(/^Year/), '2003');
    await user.type(screen.getByLabelText(/^VIN/), '1hgcm82633a004352');
    await user.click(screen.getByRole('button', { name: 'Add vehicle' }));

    const error = await screen.findByTestId('field-error-vin');
    expect(error).toHaveTextContent('A vehicle with this VIN already exists.');
    const vin = screen.getByLabelText(/^VIN/);
    expect(vin).toHaveAttribute('aria-invalid', 'true');
    expect(vin.getAttribute('aria-describedby')).toContain(error.id);
    expect(vin).toHaveValue('1hgcm82633a004352');
    expect(screen.getByLabelText(/^Make/)).toHaveValue('Honda');
    expect(screen.getByLabelText(/^Model/)).toHaveValue('Accord');

    const body = JSON.parse(fetch.mock.calls[0]![1]!.body as string) as Record<string, unknown>;
    expect(body).toMatchObject({ make: 'Honda', model: 'Accord', year: 2003, vin: '1HGCM82633A004352', name: '', purchase_date: null });
  });

  it('shows each 422 field error next to its field', async () => {
    stubFetch({
      'POST /api/v1/vehicles': () =>
        problem(422, 'validation', {
          errors: [
            { field: 'year', message: 'must be between 1900 and 2027' },
            { field: 'purchase_price', message: 'must not be negative' },
          ],
        }),
    });
    const user = userEvent.setup();
    renderRoutes(routes, '/vehicles/new');
    await user.type(screen.getByLabelText(/^Make/), 'Ford');
    await user.type(screen.getByLabelText(/^Model/), 'T');
    await user.type(screen.getByLabelText(/^Year/), '1999');
    await user.click(screen.getByRole('button', { name: 'Add vehicle' }));

    expect(await screen.findByTestId('field-error-year')).toHaveTextContent('Year must be between 1900 and 2027');
    expect(screen.getByTestId('field-error-purchase_price')).toHaveTextContent('Purchase price must not be negative');
    expect(screen.getByTestId('form-error')).toHaveTextContent('Please correct the highlighted fields.');
    await waitFor(() => expect(screen.getByLabelText(/^Year/)).toHaveFocus());
  });

  it('catches obvious mistakes before asking the server', async () => {
    const fetch = stubFetch({});
    const user = userEvent.setup();
    renderRoutes(routes, '/vehicles/new');
    await user.type(screen.getByLabelText(/^Year/), '18');
    await user.type(screen.getByLabelText(/^VIN/), '1HGCM82643A004352');
    await user.click(screen.getByRole('button', { name: 'Add vehicle' }));

    expect(await screen.findByTestId('field-error-make')).toHaveTextContent('Make is required.');
    expect(screen.getByTestId('field-error-model')).toHaveTextContent('Model is required.');
    expect(screen.getByTestId('field-error-year')).toHaveTextContent(/Year must be between 1900/);
    expect(screen.getByTestId('field-error-vin')).toHaveTextContent(/check digit/);
    expect(fetch).not.toHaveBeenCalled();
  });
});
