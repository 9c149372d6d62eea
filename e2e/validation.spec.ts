// Mistakes are shown next to their fields, whether the browser or the server
// catches them, without losing what was typed; fixing them saves.
import { expect, test } from './fixtures';
import { daysAgo, randomVin, withWrongCheckDigit } from './helpers/data';
import { VehicleFormPage } from './pages/vehicle-form';
import { VehiclePage } from './pages/vehicle';

test('vehicle form: missing fields and a mistyped VIN are caught in the browser, then fixed', async ({ page, owner }) => {
  const form = new VehicleFormPage(page);
  await form.gotoNew();
  await form.submit.click();
  await expect(form.error('make')).toHaveText('Make is required.');
  await expect(form.error('model')).toHaveText('Model is required.');
  await expect(form.error('year')).toHaveText('Year is required.');
  await expect(form.formError).toHaveText('Please correct the highlighted fields.');
  await expect(form.make).toBeFocused();
  await expect(form.make).toHaveAttribute('aria-invalid', 'true');

  const vin = randomVin();
  await form.fill({ make: 'Mazda', model: 'MX-5', year: '1890', vin: withWrongCheckDigit(vin) });
  await form.submit.click();
  await expect(form.error('make')).toBeHidden();
  await expect(form.error('year')).toHaveText(/^Year must be between 1900 and \d{4}\.$/);
  await expect(form.error('vin')).toHaveText('This VIN fails its check digit (9th character): look for a typo.');

  await form.fill({ year: '1990', vin });
  const id = await form.save();
  await expect(new VehiclePage(page).title).toHaveText('1990 Mazda MX-5');
  expect((await owner.api.get<{ vin: string }>(`/vehicles/${id}`)).vin).toBe(vin);
});

test('a duplicate VIN is refused with the message on the VIN field', async ({ page, owner, consoleErrors }) => {
  consoleErrors.allowHttpStatus(409);
  const existing = await owner.api.createVehicle({ name: 'First car' });

  const form = new VehicleFormPage(page);
  await form.gotoNew();
  await form.fill({ make: 'Subaru', model: 'Outback', year: '2021', name: 'Second car', plate: 'DUP-1', vin: existing.vin! });
  await form.submit.click();
  await expect(form.error('vin')).toHaveText(/a vehicle with this VIN already exists/i);
  await expect(form.vin).toHaveAttribute('aria-invalid', 'true');
  await expect(form.vin).toBeFocused();
  // What was typed is still there.
  await expect(form.name).toHaveValue('Second car');
  await expect(form.plate).toHaveValue('DUP-1');
  await expect(form.make).toHaveValue('Subaru');

  await form.vin.fill(randomVin());
  await form.save();
  await expect(new VehiclePage(page).title).toHaveText('Second car');
});

test('records: browser checks, then a server 422 (odometer rollback) on its field, then fixed', async ({ page, owner, consoleErrors }) => {
  consoleErrors.allowHttpStatus(422);
  const v = await owner.api.createVehicle({ name: 'Rollback test' });
  await owner.api.createServiceRecord(v.id, { date: daysAgo(10), odometer: 50_000 });

  const vehicle = new VehiclePage(page);
  await vehicle.goto(v.id, 'Fuel');
  // The browser catches what it can: a fill-up needs a quantity and a price.
  const fuel = await vehicle.records('fuel').add();
  await fuel.field('Odometer (mi)').fill('');
  await fuel.save.click();
  await expect(fuel.error('odometer')).toHaveText('Odometer is required.');
  await expect(fuel.error('quantity')).toHaveText('Quantity is required.');
  await expect(fuel.error('total_cost')).toHaveText('Give the total cost or the unit price.');
  await fuel.field('Quantity (gallons)').fill('-3');
  await fuel.save.click();
  await expect(fuel.error('quantity')).toHaveText('Quantity must be a number greater than 0.');
  await fuel.cancel.click();
  await expect(fuel.root).toBeHidden();

  // Only the server knows the history: a reading lower than an earlier one is a 422.
  const readings = (await vehicle.openTab('Odometer'))!;
  const add = await readings.add();
  await add.field('Odometer (mi)').fill('49000');
  await add.field('Notes').fill('Typed from memory');
  await add.save.click();
  await expect(add.error('odometer')).toContainText('lower than an earlier reading (50000');
  await expect(add.field('Odometer (mi)')).toHaveAttribute('aria-invalid', 'true');
  await expect(add.field('Odometer (mi)')).toBeFocused();
  await expect(add.field('Notes')).toHaveValue('Typed from memory');
  await expect(add.root).toBeVisible();

  await add.field('Odometer (mi)').fill('50400');
  await expect(add.error('odometer')).toBeHidden();
  await add.submit();
  await expect(readings.cell(readings.row('Typed from memory'), 'Odometer')).toHaveText('50,400 mi');
});
