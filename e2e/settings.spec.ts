// Settings: the owner's name and preferences apply across the app; personal
// API tokens are shown once, work, and stop working when revoked.
import { expect, test } from './fixtures';
import { daysAgo, dotted } from './helpers/data';
import { SignInPage } from './pages/auth';
import { AppShell } from './pages/layout';
import { radio, textField } from './pages/fields';
import { SettingsPage } from './pages/settings';
import { VehicleFormPage } from './pages/vehicle-form';
import { VehiclePage } from './pages/vehicle';

test('name, currency, units and date format are saved and applied', async ({ page, owner }) => {
  const settings = new SettingsPage(page);
  await settings.goto();
  await settings.saveName('Renamed Owner');
  await expect(new AppShell(page).userName).toHaveText('Renamed Owner');

  await settings.savePreferences({
    currency: 'EUR · Euro',
    distanceUnit: 'Kilometers',
    fuelEconomy: 'L/100 km',
    dateFormat: /\(DD\.MM\.YYYY\)$/,
  });
  await page.reload(); // saved on the server, not just in the page
  await expect(textField(settings.profile, 'Name')).toHaveValue('Renamed Owner');
  await expect(radio(settings.preferences, 'Distance unit for new vehicles', 'Kilometers')).toBeChecked();
  await expect(radio(settings.preferences, 'Fuel economy', 'L/100 km')).toBeChecked();

  // A new vehicle defaults to kilometres; amounts are in euros.
  const form = new VehicleFormPage(page);
  await form.gotoNew();
  await expect(radio(form.form, 'Odometer unit', 'Kilometers (km)')).toBeChecked();
  await expect(form.field('Purchase price (EUR)')).toBeVisible();
  await form.fill({ make: 'Peugeot', model: '308', year: '2020', purchaseOdometer: '20000' });
  const id = await form.save();

  // 500 km on 40 L between two full fills: 8.0 L/100 km.
  await owner.api.createFuelEntry(id, { date: daysAgo(9), odometer: 20_000, quantity: 40, total_cost: '70.00' });
  await owner.api.createFuelEntry(id, { date: daysAgo(2), odometer: 20_500, quantity: 40, total_cost: '72.40' });
  const vehicle = new VehiclePage(page);
  await vehicle.goto(id, 'Fuel');
  const fuel = vehicle.records('fuel');
  const latest = fuel.rows.first();
  await expect(fuel.cell(latest, 'Date')).toHaveText(dotted(daysAgo(2)));
  await expect(fuel.cell(latest, 'Odometer')).toHaveText('20,500 km');
  await expect(fuel.cell(latest, 'Quantity')).toHaveText('40 L');
  await expect(fuel.cell(latest, 'Cost')).toHaveText('€72.40');
  await expect(latest.getByTestId('fuel-economy')).toHaveText('8.0 L/100 km');
  const add = await fuel.add();
  await expect(add.field('Total cost (EUR)')).toBeVisible();
  await expect(add.field('Quantity (liters)')).toBeVisible();
});

test('a personal API token is shown once, works, and is revoked', async ({ page, owner, playwright, baseURL }) => {
  const settings = new SettingsPage(page);
  await settings.goto();
  await expect(page.getByTestId('tokens-empty')).toBeVisible();
  const secret = await settings.createToken('backup script');
  expect(secret).toMatch(/^carnet_pat_/);
  await expect(settings.tokenRow('backup script')).toContainText('Read only');

  // The token works as a Bearer token, with its read-only scope.
  const bearer = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${secret}` } });
  const me = await bearer.get('/api/v1/me');
  expect(me.status()).toBe(200);
  expect((await me.json()).email).toBe(owner.email);
  expect((await bearer.post('/api/v1/vehicles', { data: { make: 'A', model: 'B', year: 2000 } })).status()).toBe(403);

  // Shown once: gone after Done, and not shown again after a reload.
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(settings.tokenSecret).toBeHidden();
  await page.reload();
  await expect(settings.tokenRow('backup script')).toBeVisible();
  await expect(page.getByText(secret)).toHaveCount(0);

  await settings.revokeToken('backup script');
  await expect(settings.tokenRows).toHaveCount(0);
  await expect(page.getByTestId('tokens-empty')).toBeVisible();
  expect((await bearer.get('/api/v1/me')).status()).toBe(401);
  await bearer.dispose();
});

test('a changed password signs in; the old one does not', async ({ page, owner, consoleErrors }) => {
  consoleErrors.allowHttpStatus(401);
  const settings = new SettingsPage(page);
  await settings.goto();
  const form = page.getByRole('form', { name: 'Change password' });
  const newPassword = `new-${owner.password}`;
  await form.getByLabel('Current password', { exact: true }).fill(owner.password);
  await form.getByLabel('New password', { exact: true }).fill(newPassword);
  await form.getByLabel('Confirm new password', { exact: true }).fill(newPassword);
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByTestId('saved-message')).toHaveText('Password changed.');

  await new AppShell(page).signOut();
  const signIn = new SignInPage(page);
  await signIn.signIn(owner);
  await expect(signIn.formError).toHaveText('Wrong email or password.');
  await signIn.password.fill(newPassword);
  await signIn.submit.click();
  await expect(new AppShell(page).userName).toHaveText(owner.name);
});
