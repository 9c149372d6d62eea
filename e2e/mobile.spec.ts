// A phone-sized walk through the garage and a vehicle (project `phone`:
// Pixel 7 viewport, touch). Nothing may overflow the screen sideways.
import type { Locator } from '@playwright/test';
import { expect, test, type Page } from './fixtures';
import { daysAgo } from './helpers/data';
import { choose } from './pages/fields';
import { GaragePage } from './pages/garage';
import { AppShell } from './pages/layout';
import { VehiclePage } from './pages/vehicle';

async function expectNoSidewaysScroll(page: Page, where: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `page wider than the screen on ${where}`).toBeLessThanOrEqual(innerWidth);
}

/** The element is laid out inside the screen's width (not cut off at the right). */
async function expectWithinScreenWidth(page: Page, locator: Locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = (await locator.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
}

test('phone: garage, a vehicle, its tabs and a new record', async ({ page, owner }) => {
  const v = await owner.api.createVehicle({ name: 'Pocket car', license_plate: 'PHN-1', purchase_odometer: 20_000 });
  await owner.api.createServiceRecord(v.id, { date: daysAgo(20), odometer: 21_000, title: 'Brake pads', service_type: 'brakes', category: 'repair', vendor: 'Brake Shop' });
  await owner.api.createFuelEntry(v.id, { date: daysAgo(10), odometer: 21_200 });
  await owner.api.createVehicle({ name: 'Second car' });

  const garage = new GaragePage(page);
  await garage.goto();
  await expect(garage.cards).toHaveCount(2);
  const card = garage.card('Pocket car');
  await expect(card.getByTestId('vehicle-plate')).toHaveText('PHN-1');
  await expect(card.getByTestId('vehicle-latest-service')).toContainText('Brake pads');
  await expect(new AppShell(page).mainNav.getByRole('link', { name: 'Settings' })).toBeVisible();
  await expect(garage.addVehicleLink).toBeVisible();
  await expectNoSidewaysScroll(page, 'the garage');

  await garage.openVehicle('Pocket car');
  const vehicle = new VehiclePage(page);
  await expect(vehicle.title).toHaveText('Pocket car');
  await expect(vehicle.fact('vehicle-current-odometer')).toHaveText('21,200 mi');
  await expectNoSidewaysScroll(page, 'the overview');

  // Each row is a card on a phone: its fields are still labelled and readable.
  const service = (await vehicle.openTab('Service'))!;
  const row = service.row('Brake pads');
  await expect(row).toBeVisible();
  await expect(service.cell(row, 'Vendor')).toHaveText('Brake Shop');
  await expectWithinScreenWidth(page, service.cell(row, 'Odometer'));
  await expectWithinScreenWidth(page, row.getByRole('button', { name: /^Delete / }));
  await expectNoSidewaysScroll(page, 'the service tab');

  // The add dialog fits on the screen and saves.
  const add = await service.add();
  await expectWithinScreenWidth(page, add.save);
  await expectWithinScreenWidth(page, add.field('Date'));
  await choose(add.root, 'Service type', 'Tire rotation');
  await add.field('Cost (USD)').fill('25');
  await add.submit();
  await expect(service.total).toHaveText('2 records');
  await expect(service.row('Tire rotation')).toBeVisible();

  for (const tab of ['Fuel', 'Odometer', 'Registrations', 'Insurance'] as const) {
    await vehicle.openTab(tab);
    await expectNoSidewaysScroll(page, `the ${tab} tab`);
  }
  await expect(vehicle.records('insurance').empty).toBeVisible();

  await page.getByRole('link', { name: 'Garage' }).first().click();
  await expect(garage.cards).toHaveCount(2);
});
