// Settings: profile, preferences, password, personal API tokens.
import { expect, type Locator, type Page } from '@playwright/test';
import { choose, radio, textField } from './fields';
import { ConfirmDialog } from './vehicle';

export interface Preferences {
  currency?: string;
  distanceUnit?: 'Miles' | 'Kilometers';
  fuelEconomy?: 'mpg' | 'L/100 km' | 'km/L';
  dateFormat?: RegExp;
}

export class SettingsPage {
  readonly heading: Locator;
  readonly profile: Locator;
  readonly preferences: Locator;
  readonly tokenForm: Locator;
  readonly newToken: Locator;
  readonly tokenSecret: Locator;
  readonly tokenRows: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Settings' });
    this.profile = page.getByRole('form', { name: 'Profile' });
    this.preferences = page.getByRole('form', { name: 'Preferences' });
    this.tokenForm = page.getByRole('form', { name: 'Create a token' });
    this.newToken = page.getByTestId('new-token');
    this.tokenSecret = page.getByTestId('token-secret');
    this.tokenRows = page.getByTestId('token-row');
  }

  async goto(): Promise<void> {
    await this.page.goto('/settings');
    await expect(this.heading).toBeVisible();
  }

  async saveName(name: string): Promise<void> {
    await textField(this.profile, 'Name').fill(name);
    await this.profile.getByRole('button', { name: 'Save profile' }).click();
    await expect(this.profile.getByTestId('saved-message')).toHaveText('Profile saved.');
  }

  async savePreferences(p: Preferences): Promise<void> {
    if (p.currency) await choose(this.preferences, 'Currency', p.currency);
    if (p.distanceUnit) await radio(this.preferences, 'Distance unit for new vehicles', p.distanceUnit).check();
    if (p.fuelEconomy) await radio(this.preferences, 'Fuel economy', p.fuelEconomy).check();
    if (p.dateFormat) {
      await this.preferences.getByRole('radiogroup', { name: 'Date format' }).getByRole('radio', { name: p.dateFormat }).check();
    }
    await this.preferences.getByRole('button', { name: 'Save preferences' }).click();
    await expect(this.preferences.getByTestId('saved-message')).toHaveText('Preferences saved.');
  }

  /** Creates a token and returns its secret (shown once). */
  async createToken(name: string, scope: 'Read only' | 'Read and write' = 'Read only'): Promise<string> {
    await textField(this.tokenForm, 'Token name').fill(name);
    await radio(this.tokenForm, 'Scope', scope).check();
    await this.tokenForm.getByRole('button', { name: 'Create token' }).click();
    await expect(this.newToken).toContainText(`Token “${name}” created.`);
    return (await this.tokenSecret.textContent())!.trim();
  }

  tokenRow(name: string): Locator {
    return this.tokenRows.filter({ hasText: name });
  }

  async revokeToken(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Revoke token ${name}` }).click();
    await new ConfirmDialog(this.page).confirm('Revoke');
  }
}
