// The owner's core journeys over a vehicle and its records.
import { expect, test } from './fixtures';
import { daysAgo, newAccount, randomVin, today } from './helpers/data';
import { SignUpPage } from './pages/auth';
import { choose } from './pages/fields';
import { GaragePage } from './pages/garage';
import { AppShell } from './pages/layout';
import { VehicleFormPage } from './pages/vehicle-form';
import { VehiclePage } from './pages/vehicle';

test('sign up, add a vehicle, then add, see, edit and delete a service record', async ({ page }) => {
  const account = newAccount();
  const signUp = new SignUpPage(page);
  await signUp.goto();
  await signUp.signUp(account);

  // An empty garage says what to do first.
  const garage = new GaragePage(page);
  await expect(garage.emptyState).toBeVisible();
  await expect(new AppShell(page).userName).toHaveText(account.name);
  await garage.emptyState.getByRole('link', { name: 'Add your first vehicle' }).click();

  const form = new VehicleFormPage(page);
  await form.fill({ make: 'Toyota', model: 'Corolla', year: '2019', plate: 'JRN-001', vin: randomVin(), purchaseOdometer: '42000' });
  const vehicleId = await form.save();
  const vehicle = new VehiclePage(page);
  await expect(vehicle.title).toHaveText('2019 Toyota Corolla');

  // Add: the form starts with today's date and the current odometer.
  const service = (await vehicle.openTab('Service'))!;
  await expect(page).toHaveURL(`/vehicles/${vehicleId}/service`);
  await expect(service.empty).toBeVisible();
  const add = await service.add();
  await expect(add.field('Date')).toHaveValue(today());
  await expect(add.field('Odometer (mi)')).toHaveValue('42000');
  await choose(add.root, 'Service type', 'Oil change');
  await expect(add.field('Title')).toHaveValue('Oil change');
  await add.field('Odometer (mi)').fill('42500');
  await add.field('Cost (USD)').fill('59.90');
  await add.field('Vendor').fill('Corner Garage');
  await add.submit();

  // See it in the list.
  await expect(service.total).toHaveText('1 record');
  const row = service.row('Oil change');
  await expect(row).toHaveCount(1);
  await expect(service.cell(row, 'Odometer')).toHaveText('42,500 mi');
  await expect(service.cell(row, 'Cost')).toHaveText('$59.90');
  await expect(service.cell(row, 'Vendor')).toHaveText('Corner Garage');

  // The garage card shows the new odometer and the latest service.
  await page.getByRole('link', { name: 'Garage' }).first().click();
  const card = garage.card('2019 Toyota Corolla');
  await expect(card.getByTestId('vehicle-plate')).toHaveText('JRN-001');
  await expect(card.getByTestId('vehicle-odometer')).toHaveText('42,500 mi');
  await expect(card.getByTestId('vehicle-latest-service')).toHaveText(`Oil change · ${today()}`);
  await garage.openVehicle('2019 Toyota Corolla');
  await vehicle.openTab('Service');

  // Edit: the dialog shows what was saved; the list shows the change.
  const edit = await service.edit(service.row('Oil change'));
  await expect(edit.field('Vendor')).toHaveValue('Corner Garage');
  await expect(edit.field('Cost (USD)')).toHaveValue('59.90');
  await edit.field('Title').fill('Oil and filter change');
  await edit.field('Cost (USD)').fill('64.50');
  await edit.submit();
  const edited = service.row('Oil and filter change');
  await expect(service.cell(edited, 'Cost')).toHaveText('$64.50');
  await expect(service.rows).toHaveCount(1);

  // Delete asks first: Cancel keeps the record, Delete removes it.
  let confirm = await service.askDelete(edited);
  await expect(confirm.root).toContainText('Oil and filter change');
  await confirm.cancel();
  await expect(service.rows).toHaveCount(1);
  confirm = await service.askDelete(edited);
  await confirm.confirm();
  await expect(service.empty).toBeVisible();
  await expect(service.rows).toHaveCount(0);

  // Still gone after a reload (it was deleted on the server, not just hidden).
  await page.reload();
  await expect(vehicle.records('service').empty).toBeVisible();
});

test.describe('every record kind can be created and is shown', () => {
  test('fuel: two full fills show the fuel economy', async ({ page, owner }) => {
    const v = await owner.api.createVehicle({ purchase_odometer: 10_000 });
    await owner.api.createFuelEntry(v.id, { date: daysAgo(7), odometer: 10_000, quantity: 10, total_cost: '35.00' });
    const vehicle = new VehiclePage(page);
    await vehicle.goto(v.id);
    const fuel = (await vehicle.openTab('Fuel'))!;
    await expect(fuel.rows).toHaveCount(1);

    const add = await fuel.add();
    await expect(add.field('Odometer (mi)')).toHaveValue('10000');
    await expect(add.checkbox('Filled the tank')).toBeChecked();
    await add.field('Odometer (mi)').fill('10300');
    await add.field('Quantity (gallons)').fill('10');
    await add.field('Unit price (USD/gal)').fill('3.499');
    await add.field('Station').fill('Shell Main St');
    await add.submit();

    await expect(fuel.total).toHaveText('2 records');
    const fill = fuel.row('Shell Main St');
    await expect(fuel.cell(fill, 'Quantity')).toHaveText('10 gal');
    await expect(fuel.cell(fill, 'Unit price')).toHaveText('$3.499/gal');
    await expect(fuel.cell(fill, 'Cost')).toHaveText('$34.99'); // computed from the unit price
    await expect(fill.getByTestId('fuel-economy')).toHaveText('30.0 mpg'); // 300 mi on 10 gal
    // The first fill has nothing to compare with.
    await expect(fuel.rows.last().getByTestId('fuel-economy')).toHaveText('—');

    await vehicle.openTab('Overview');
    await expect(page.getByTestId('latest-fuel')).toContainText('30.0 mpg');
  });

  test('odometer: a reading is listed and becomes the current odometer', async ({ page, owner }) => {
    const v = await owner.api.createVehicle({ purchase_odometer: 5_000 });
    const vehicle = new VehiclePage(page);
    await vehicle.goto(v.id, 'Odometer');
    const readings = vehicle.records('odometer');
    await expect(readings.empty).toBeVisible();
    const add = await readings.add();
    await add.field('Odometer (mi)').fill('6123');
    await add.field('Notes').fill('Before the road trip');
    await add.submit();
    const row = readings.row('Before the road trip');
    await expect(readings.cell(row, 'Odometer')).toHaveText('6,123 mi');
    await expect(readings.cell(row, 'Date')).toHaveText(today());
    await vehicle.openTab('Overview');
    await expect(vehicle.fact('vehicle-current-odometer')).toHaveText('6,123 mi');
  });

  test('registration: listed, and its expiry shown on the overview', async ({ page, owner }) => {
    const v = await owner.api.createVehicle({ license_plate: 'REG-42' });
    const vehicle = new VehiclePage(page);
    await vehicle.goto(v.id, 'Registrations');
    const list = vehicle.records('registrations');
    const add = await list.add();
    await expect(add.field('Plate')).toHaveValue('REG-42'); // the vehicle's plate
    const expires = daysAgo(-200);
    await add.field('Region').fill('Oregon');
    await add.field('Expires on').fill(expires);
    await add.field('Fee (USD)').fill('122.50');
    await add.submit();
    const row = list.row('REG-42');
    await expect(list.cell(row, 'Region')).toHaveText('Oregon');
    await expect(list.cell(row, 'Expires')).toHaveText(expires);
    await expect(list.cell(row, 'Fee')).toHaveText('$122.50');
    await vehicle.openTab('Overview');
    await expect(vehicle.fact('next-registration-expiry')).toContainText(expires);
  });

  test('insurance: listed, and its end date shown on the overview', async ({ page, owner }) => {
    const v = await owner.api.createVehicle();
    const vehicle = new VehiclePage(page);
    await vehicle.goto(v.id, 'Insurance');
    const list = vehicle.records('insurance');
    const add = await list.add();
    await expect(add.field('Coverage start')).toHaveValue(today());
    const end = daysAgo(-180);
    await add.field('Provider').fill('Acme Mutual');
    await add.field('Policy number').fill('AM-778');
    await add.field('Coverage end').fill(end);
    await add.field('Premium (USD)').fill('300');
    await choose(add.root, 'Premium period', 'Every six months');
    await add.submit();
    const row = list.row('Acme Mutual');
    await expect(list.cell(row, 'Policy number')).toHaveText('AM-778');
    await expect(list.cell(row, 'End')).toHaveText(end);
    await expect(list.cell(row, 'Premium')).toHaveText('$300.00 / six months');
    await vehicle.openTab('Overview');
    await expect(vehicle.fact('insurance-end')).toContainText(end);
  });
});

test('pagination: 45 service records over three pages of 20', async ({ page, owner }) => {
  const v = await owner.api.createVehicle();
  await owner.api.createServiceRecords(v.id, 45);

  const vehicle = new VehiclePage(page);
  await vehicle.goto(v.id, 'Service');
  const list = vehicle.records('service');
  await expect(list.total).toHaveText('45 records');
  await expect(list.pageStatus).toHaveText('Page 1 of 3');
  await expect(list.rows).toHaveCount(20);
  await expect(list.rows.first()).toContainText('Service #45'); // newest first
  await expect(list.previousPage).toBeDisabled();

  await list.nextPage.click();
  await expect(list.pageStatus).toHaveText('Page 2 of 3');
  await expect(list.rows.first()).toContainText('Service #25');
  await expect(list.rows).toHaveCount(20);
  await expect(page).toHaveURL(/[?&]page=2\b/);

  await list.nextPage.click();
  await expect(list.pageStatus).toHaveText('Page 3 of 3');
  await expect(list.rows).toHaveCount(5);
  await expect(list.rows.last()).toContainText('Service #1');
  await expect(list.nextPage).toBeDisabled();
  await expect(list.total).toHaveText('45 records');

  // The page is in the URL: a reload stays on it; Previous goes back.
  await page.reload();
  await expect(list.pageStatus).toHaveText('Page 3 of 3');
  await list.previousPage.click();
  await expect(list.pageStatus).toHaveText('Page 2 of 3');
  await expect(list.rows).toHaveCount(20);

  // Sorting by cost starts again from page 1.
  await choose(list.section, 'Sort by', 'Highest cost first');
  await expect(list.pageStatus).toHaveText('Page 1 of 3');
  await expect(list.cell(list.rows.first(), 'Cost')).toHaveText('$54.00');
});

test('service records filtered by category, type and date range', async ({ page, owner }) => {
  const v = await owner.api.createVehicle();
  const api = owner.api;
  await api.createServiceRecord(v.id, { date: daysAgo(60), odometer: 10_000, title: 'Old oil change' });
  await api.createServiceRecord(v.id, { date: daysAgo(40), odometer: 11_000, service_type: 'brakes', category: 'repair', title: 'Front brakes' });
  await api.createServiceRecord(v.id, { date: daysAgo(20), odometer: 12_000, service_type: 'tires', category: 'upgrade', title: 'Winter tires' });
  await api.createServiceRecord(v.id, { date: daysAgo(5), odometer: 13_000, title: 'New oil change' });

  const vehicle = new VehiclePage(page);
  await vehicle.goto(v.id, 'Service');
  const list = vehicle.records('service');
  await expect(list.total).toHaveText('4 records');

  await choose(list.section, 'Filter by category', 'Repair');
  await expect(list.total).toHaveText('1 record');
  await expect(list.rows).toHaveText([/Front brakes/]);
  await list.section.getByRole('button', { name: 'Clear filters' }).click();
  await expect(list.total).toHaveText('4 records');

  await choose(list.section, 'Filter by type', 'Oil change');
  await expect(list.rows).toHaveText([/New oil change/, /Old oil change/]);
  await list.section.getByRole('button', { name: 'Clear filters' }).click();

  await list.section.getByRole('textbox', { name: 'From', exact: true }).fill(daysAgo(45));
  await list.section.getByRole('textbox', { name: 'To', exact: true }).fill(daysAgo(10));
  await expect(list.rows).toHaveText([/Winter tires/, /Front brakes/]);
  await expect(list.total).toHaveText('2 records');

  // Filters live in the URL: a reload keeps them.
  await page.reload();
  await expect(list.rows).toHaveText([/Winter tires/, /Front brakes/]);
  await choose(list.section, 'Filter by category', 'Maintenance');
  await expect(list.section.getByTestId('records-no-match')).toHaveText('No service records match these filters.');
});
