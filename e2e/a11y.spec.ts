// axe-core on every page: no serious or critical WCAG 2.1 A/AA violation.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';
import { daysAgo } from './helpers/data';
import { GaragePage } from './pages/garage';
import { AppShell } from './pages/layout';
import { SettingsPage } from './pages/settings';
import { VehiclePage, type TabName } from './pages/vehicle';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe on the page as it is now; fails listing every serious or critical violation. */
async function expectAccessible(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = blocking
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`).join('\n'),
    )
    .join('\n');
  // Minor and moderate findings do not fail the run; they are listed in the HTML report.
  for (const v of results.violations.filter((x) => !blocking.includes(x))) {
    test.info().annotations.push({ type: `axe ${v.impact}`, description: `${name}: ${v.id} (${v.nodes.length} nodes): ${v.help}` });
  }
  expect(blocking, `axe violations on ${name}:\n${report}`).toEqual([]);
}

test.describe('accessibility (axe, WCAG 2.1 A and AA)', () => {
  test('sign in and sign up', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByRole('heading', { name: 'Sign in to Carnet' })).toBeVisible();
    await expectAccessible(page, 'sign in');
    await page.goto('/signup');
    await expect(page.getByRole('heading', { name: 'Create your Carnet account' })).toBeVisible();
    await expectAccessible(page, 'sign up');
  });

  test('sign-up form showing its errors', async ({ page }) => {
    await page.goto('/signup');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByTestId('field-error-email')).toBeVisible();
    await expectAccessible(page, 'sign up with errors');
  });

  test('garage, empty and with vehicles', async ({ page, owner }) => {
    const garage = new GaragePage(page);
    await garage.goto();
    await expect(garage.emptyState).toBeVisible();
    await expectAccessible(page, 'the empty garage');

    const v = await owner.api.createVehicle({ name: 'Axe car' });
    await owner.api.createServiceRecord(v.id);
    await owner.api.createVehicle({ name: 'Archived car', archived: true });
    await page.reload();
    await expect(garage.card('Axe car')).toBeVisible();
    await expectAccessible(page, 'the garage with vehicles');
    await garage.showArchived.click();
    await expect(garage.card('Archived car')).toBeVisible();
    await expectAccessible(page, 'the garage with archived vehicles shown');
  });

  test('every tab of a vehicle with records', async ({ page, owner }) => {
    const v = await owner.api.createVehicle({ name: 'Axe car', purchase_odometer: 29_000 });
    await owner.api.createServiceRecord(v.id);
    await owner.api.createFuelEntry(v.id, { date: daysAgo(20), odometer: 30_100 });
    await owner.api.createFuelEntry(v.id, { date: daysAgo(15), odometer: 30_400, full_tank: false });
    await owner.api.createOdometerReading(v.id, { odometer: 30_500 });
    await owner.api.createRegistration(v.id);
    await owner.api.createInsurancePolicy(v.id);

    const vehicle = new VehiclePage(page);
    await vehicle.goto(v.id);
    await expect(page.getByTestId('latest-services')).toBeVisible();
    await expectAccessible(page, 'the overview tab');
    for (const tab of ['Service', 'Fuel', 'Odometer', 'Registrations', 'Insurance'] as TabName[]) {
      const list = (await vehicle.openTab(tab))!;
      await expect(list.rows.first()).toBeVisible();
      await expectAccessible(page, `the ${tab} tab`);
    }
  });

  test('empty record tab, a record form with errors, and the delete confirmation', async ({ page, owner }) => {
    const v = await owner.api.createVehicle();
    const vehicle = new VehiclePage(page);
    await vehicle.goto(v.id, 'Fuel');
    const fuel = vehicle.records('fuel');
    await expect(fuel.empty).toBeVisible();
    await expectAccessible(page, 'an empty record tab');

    const add = await fuel.add();
    await expectAccessible(page, 'the fuel entry form');
    await add.save.click();
    await expect(add.error('quantity')).toBeVisible();
    await expectAccessible(page, 'the fuel entry form with errors');
    await add.cancel.click();

    await owner.api.createServiceRecord(v.id);
    await vehicle.goto(v.id, 'Service');
    const confirm = await vehicle.records('service').askDelete(vehicle.records('service').rows.first());
    await expectAccessible(page, 'the delete confirmation');
    await confirm.cancel();
  });

  test('vehicle form', async ({ page, owner }) => {
    await page.goto('/vehicles/new');
    await expect(page.getByRole('heading', { name: 'Add a vehicle' })).toBeVisible();
    await expect(new AppShell(page).userName).toHaveText(owner.name);
    await expectAccessible(page, 'the vehicle form');
    await page.getByRole('button', { name: 'Add vehicle' }).click();
    await expect(page.getByTestId('field-error-make')).toBeVisible();
    await expectAccessible(page, 'the vehicle form with errors');
  });

  test('settings, with a new token shown', async ({ page, owner }) => {
    const settings = new SettingsPage(page);
    await settings.goto();
    await expect(new AppShell(page).userName).toHaveText(owner.name);
    await expectAccessible(page, 'settings');
    await settings.createToken('axe token');
    await expectAccessible(page, 'settings with a new token');
  });

  test('dark theme: garage, a record list and a form', async ({ page, owner }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const v = await owner.api.createVehicle({ name: 'Night car' });
    await owner.api.createServiceRecord(v.id);
    const garage = new GaragePage(page);
    await garage.goto();
    await expect(garage.card('Night car')).toBeVisible();
    await expectAccessible(page, 'the garage (dark)');
    const vehicle = new VehiclePage(page);
    await vehicle.goto(v.id, 'Service');
    const service = vehicle.records('service');
    await expect(service.rows).toHaveCount(1);
    await expectAccessible(page, 'the service tab (dark)');
    const add = await service.add();
    await add.save.click();
    await expect(add.error('service_type')).toBeVisible();
    await expectAccessible(page, 'the service form with errors (dark)');
  });

  test('not found, signed in and signed out', async ({ page, owner }) => {
    await page.goto('/no/such/page');
    await expect(page.getByTestId('not-found')).toBeVisible();
    await expect(new AppShell(page).userName).toHaveText(owner.name);
    await expectAccessible(page, 'not found (signed in)');
    await page.context().clearCookies();
    await page.goto('/no/such/page');
    await expect(page.getByTestId('not-found')).toBeVisible();
    await expectAccessible(page, 'not found (signed out)');
  });
});
