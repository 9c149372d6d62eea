// One account never sees another's data: not in its garage, not by typing the
// other account's URLs, not through the API, not from the browser's cache.
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { ApiClient } from './helpers/api';
import { newAccount, type Account } from './helpers/data';
import { SignInPage } from './pages/auth';
import { GaragePage } from './pages/garage';
import { AppShell } from './pages/layout';

/** Another account, in its own API session (not the test's browser). */
async function otherAccount(request: APIRequestContext, label: string): Promise<Account & { api: ApiClient }> {
  const account = newAccount(label);
  const api = new ApiClient(request, async () => (await request.storageState()).cookies);
  await api.register(account);
  return { ...account, api };
}

test("a second account sees none of the first account's vehicles, even at their URLs", async ({
  page,
  owner: second,
  playwright,
  baseURL,
  consoleErrors,
}) => {
  consoleErrors.allowHttpStatus(404);
  const request = await playwright.request.newContext({ baseURL });
  const first = await otherAccount(request, 'First');
  const car = await first.api.createVehicle({ name: 'Secret car', license_plate: 'SECRET-1' });
  const service = await first.api.createServiceRecord(car.id, { title: 'Secret service', vendor: 'Secret garage' });

  const garage = new GaragePage(page);
  await garage.goto();
  await expect(garage.emptyState).toBeVisible();
  await expect(garage.cards).toHaveCount(0);

  for (const path of ['', '/service', '/fuel', '/odometer', '/registrations', '/insurance', '/edit']) {
    await page.goto(`/vehicles/${car.id}${path}`);
    await expect(page.getByTestId('not-found'), path).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByText(/Secret/)).toHaveCount(0);
  }

  // The API answers 404, exactly as for an id that does not exist.
  for (const path of [`/vehicles/${car.id}`, `/vehicles/${car.id}/service-records`, `/service-records/${service.id}`]) {
    expect((await second.api.getRaw(path)).status(), path).toBe(404);
  }
  expect((await second.api.get<{ total: number }>('/vehicles')).total).toBe(0);
  expect((await second.api.deleteRaw(`/vehicles/${car.id}`)).status()).toBe(404);

  // The first account still has its car.
  expect((await first.api.get<{ name: string }>(`/vehicles/${car.id}`)).name).toBe('Secret car');
  await request.dispose();
});

test("signing out and in as someone else shows nothing of the previous account", async ({ page, owner, playwright, baseURL }) => {
  await owner.api.createVehicle({ name: 'Cached car' });
  const request = await playwright.request.newContext({ baseURL });
  const other = await otherAccount(request, 'Other');
  await request.dispose();

  const garage = new GaragePage(page);
  await garage.goto();
  await expect(garage.card('Cached car')).toBeVisible();
  await new AppShell(page).signOut();

  await new SignInPage(page).signIn(other);
  await expect(new AppShell(page).userName).toHaveText(other.name);
  await expect(garage.emptyState).toBeVisible();
  await expect(page.getByText('Cached car')).toHaveCount(0);
});
