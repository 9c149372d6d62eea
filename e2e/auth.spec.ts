// Signing up, in and out; the session; pages that need one.
import { expect, test } from './fixtures';
import { newAccount } from './helpers/data';
import { SignInPage, SignUpPage } from './pages/auth';
import { GaragePage } from './pages/garage';
import { AppShell } from './pages/layout';
import { VehiclePage } from './pages/vehicle';

test('sign out and back in; the session survives a reload', async ({ page, owner, playwright, baseURL }) => {
  const v = await owner.api.createVehicle({ name: 'Daily driver' });
  const garage = new GaragePage(page);
  const shell = new AppShell(page);
  await garage.goto();
  await expect(shell.userName).toHaveText(owner.name);
  await expect(garage.card('Daily driver')).toBeVisible();

  await page.reload();
  await expect(shell.userName).toHaveText(owner.name);
  await expect(garage.card('Daily driver')).toBeVisible();

  const sessionBefore = (await page.context().cookies()).find((c) => c.name === 'carnet_session')!;
  await shell.signOut();
  await expect(shell.userName).toBeHidden();
  // The session is ended on the server, not just forgotten by the browser.
  const stale = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { Cookie: `carnet_session=${sessionBefore.value}` },
  });
  expect((await stale.get('/api/v1/me')).status()).toBe(401);
  await stale.dispose();
  await expect(page.getByText('Daily driver')).toBeHidden();
  // Signed out for real: the garage needs a session again, also after a reload.
  await page.goto('/');
  await expect(page).toHaveURL('/login?next=%2F');
  await page.reload();
  await expect(page).toHaveURL(/\/login/);

  const signIn = new SignInPage(page);
  await signIn.signIn(owner);
  await expect(page).toHaveURL('/');
  await expect(shell.userName).toHaveText(owner.name);
  await garage.openVehicle('Daily driver');
  await expect(page).toHaveURL(`/vehicles/${v.id}`);
});

test('a protected page while signed out goes to sign in, then back to it', async ({ page, owner, context }) => {
  const v = await owner.api.createVehicle({ name: 'Weekend car' });
  await context.clearCookies();

  await page.goto(`/vehicles/${v.id}/fuel?page=1`);
  await expect(page).toHaveURL(`/login?next=${encodeURIComponent(`/vehicles/${v.id}/fuel?page=1`)}`);
  await expect(page.getByText('Sign in to continue where you were.')).toBeVisible();
  await new SignInPage(page).signIn(owner);

  await expect(page).toHaveURL(`/vehicles/${v.id}/fuel?page=1`);
  const vehicle = new VehiclePage(page);
  await expect(vehicle.title).toHaveText('Weekend car');
  await expect(vehicle.tab('Fuel')).toHaveAttribute('aria-selected', 'true');
});

test('a session that ends while the app is open sends to sign in, then back', async ({ page, owner, context, consoleErrors }) => {
  consoleErrors.allowHttpStatus(401);
  const v = await owner.api.createVehicle({ name: 'Open car' });
  const vehicle = new VehiclePage(page);
  await vehicle.goto(v.id, 'Odometer');
  await context.clearCookies(); // e.g. the session expired, or was revoked elsewhere
  const add = await vehicle.records('odometer').add();
  await add.field('Odometer (mi)').fill('31000');
  await add.save.click();
  await expect(page).toHaveURL(`/login?next=${encodeURIComponent(`/vehicles/${v.id}/odometer`)}`);
  await new SignInPage(page).signIn(owner);
  await expect(page).toHaveURL(`/vehicles/${v.id}/odometer`);
  await expect(vehicle.title).toHaveText('Open car');

  // What was typed is kept: the same form gives it back, and saving it works.
  const again = await vehicle.records('odometer').add();
  await expect(again.field('Odometer (mi)')).toHaveValue('31000');
  await expect(page.getByTestId('form-error')).toHaveText(/what you typed was kept/);
  await again.save.click();
  await expect(vehicle.records('odometer').rows).toHaveCount(1);
});

test('too many wrong passwords lock the account, with a clear message', async ({ page, owner, context, consoleErrors }) => {
  consoleErrors.allowHttpStatus(401, 429);
  await context.clearCookies();
  const signIn = new SignInPage(page);
  await signIn.goto();
  // The server locks an account after 5 failures in a row (CARNET_LOCKOUT_THRESHOLD):
  // the next attempt is refused with the lock's message.
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signIn.signIn({ email: owner.email, password: `wrong-${attempt}` });
    await expect(signIn.formError).toHaveText('Wrong email or password.');
  }
  await signIn.signIn({ email: owner.email, password: 'wrong-6' });
  await expect(signIn.formError).toHaveText(
    /^This account is locked after too many failed sign-in attempts\. Try again in (\d+ seconds|1 minute)\.$/,
  );
  // Even the right password waits until the lock ends.
  await signIn.signIn(owner);
  await expect(signIn.formError).toHaveText(/^This account is locked/);
  await expect(page).toHaveURL(/\/login/);
});

test('a wrong password gets a clear message, then the right one signs in', async ({ page, owner, context, consoleErrors }) => {
  consoleErrors.allowHttpStatus(401);
  await context.clearCookies();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn({ email: owner.email, password: 'not-the-password' });
  await expect(signIn.formError).toHaveText('Wrong email or password.');
  await expect(signIn.email).toHaveValue(owner.email);

  await signIn.password.fill(owner.password);
  await signIn.submit.click();
  await expect(new GaragePage(page).heading).toBeVisible();
});

test('sign-up mistakes are shown next to their fields, then fixed', async ({ page, owner, context, consoleErrors }) => {
  consoleErrors.allowHttpStatus(409);
  await context.clearCookies(); // `owner` is only here for an email that is taken
  const signUp = new SignUpPage(page);
  await signUp.goto();
  const account = newAccount();

  // Caught in the browser.
  await signUp.fill({ ...account, email: 'not-an-email', password: 'short' });
  await signUp.submit.click();
  await expect(signUp.error('email')).toHaveText('Enter an email address like name@example.com.');
  await expect(signUp.error('password')).toHaveText('Password must be at least 10 characters.');
  await expect(signUp.email).toBeFocused();
  await expect(signUp.email).toHaveAttribute('aria-invalid', 'true');

  // Answered by the server: the email is taken (409), shown on the email field.
  await signUp.email.fill(owner.email);
  await signUp.password.fill(account.password);
  await signUp.submit.click();
  await expect(signUp.error('email')).toContainText(/already exists/i);
  await expect(signUp.error('password')).toBeHidden();
  await expect(signUp.name).toHaveValue(account.name); // nothing typed is lost

  await signUp.email.fill(account.email);
  await signUp.submit.click();
  await expect(new GaragePage(page).emptyState).toBeVisible();
  await expect(new AppShell(page).userName).toHaveText(account.name);
});
