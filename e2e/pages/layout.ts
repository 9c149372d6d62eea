// What every page has: the header (who is signed in, sign out) and the footer.
import type { Locator, Page } from '@playwright/test';

export class AppShell {
  readonly userName: Locator;
  readonly signOutButton: Locator;
  readonly mainNav: Locator;
  readonly serverVersion: Locator;

  constructor(readonly page: Page) {
    this.userName = page.getByTestId('user-name');
    this.signOutButton = page.getByRole('button', { name: 'Sign out' });
    this.mainNav = page.getByRole('navigation', { name: 'Main' });
    this.serverVersion = page.getByTestId('server-version');
  }

  async signOut(): Promise<void> {
    await this.signOutButton.click();
    await this.page.waitForURL((url) => url.pathname === '/login');
  }

  async goToSettings(): Promise<void> {
    await this.mainNav.getByRole('link', { name: 'Settings' }).click();
    await this.page.waitForURL('**/settings');
  }

  async goToGarage(): Promise<void> {
    await this.mainNav.getByRole('link', { name: 'Garage' }).click();
    await this.page.waitForURL((url) => url.pathname === '/');
  }
}
