// A vehicle's own life: edited, archived (hidden behind a toggle), restored, deleted.
import { expect, test } from './fixtures';
import { GaragePage } from './pages/garage';
import { ConfirmDialog, VehiclePage } from './pages/vehicle';
import { VehicleFormPage } from './pages/vehicle-form';

test('edit a vehicle, archive it away from the garage, restore it', async ({ page, owner }) => {
  const v = await owner.api.createVehicle({ make: 'Volvo', model: '240', year: 1991, license_plate: 'OLD-240' });
  await owner.api.createVehicle({ name: 'Keeper' });
  const vehicle = new VehiclePage(page);
  await vehicle.goto(v.id);
  await expect(vehicle.title).toHaveText('1991 Volvo 240');

  await vehicle.editVehicleLink.click();
  const form = new VehicleFormPage(page);
  await expect(form.make).toHaveValue('Volvo');
  await expect(form.plate).toHaveValue('OLD-240');
  await form.fill({ name: 'The brick', plate: 'BRK-240' });
  await form.save();
  await expect(vehicle.title).toHaveText('The brick');
  await expect(page.getByText('1991 Volvo 240 · BRK-240')).toBeVisible();

  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByRole('button', { name: 'Restore' })).toBeVisible();
  const garage = new GaragePage(page);
  await garage.goto();
  await expect(garage.card('Keeper')).toBeVisible();
  await expect(garage.card('The brick')).toHaveCount(0);
  await garage.showArchived.click();
  await expect(page).toHaveURL('/?archived=all');
  await expect(garage.card('The brick')).toContainText('Archived');

  await garage.openVehicle('The brick');
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('button', { name: 'Archive' })).toBeVisible();
  await garage.goto();
  await expect(garage.card('The brick')).toBeVisible();
  await expect(garage.card('The brick')).not.toContainText('Archived');
});

test('deleting a vehicle asks first, then removes it with its records', async ({ page, owner, consoleErrors }) => {
  consoleErrors.allowHttpStatus(404);
  const v = await owner.api.createVehicle({ name: 'Scrapped' });
  const record = await owner.api.createServiceRecord(v.id);
  const vehicle = new VehiclePage(page);
  await vehicle.goto(v.id);

  await vehicle.deleteVehicleButton.click();
  const confirm = new ConfirmDialog(page);
  await expect(confirm.root).toContainText('Delete Scrapped?');
  await confirm.cancel();
  await expect(vehicle.title).toHaveText('Scrapped');

  await vehicle.deleteVehicleButton.click();
  await confirm.confirm('Delete vehicle');
  await expect(page).toHaveURL('/');
  const garage = new GaragePage(page);
  await expect(garage.emptyState).toBeVisible();

  await page.goto(`/vehicles/${v.id}`);
  await expect(page.getByTestId('not-found')).toBeVisible();
  expect((await owner.api.getRaw(`/service-records/${record.id}`)).status()).toBe(404);
});
