// Sign in and sign up.
import type { Locator, Page } from '@playwright/test';
import type { Account } from '../helpers/data';
import { fieldError, textField } from './fields';

export class SignInPage {
  readonly form: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  /** The message above the form (wrong password, locked account). */
  readonly formError: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Sign in' });
    this.email = textField(this.form, 'Email');
    this.password = this.form.getByLabel('Password', { exact: true });
    this.submit = this.form.getByRole('button', { name: 'Sign in' });
    this.formError = page.getByTestId('form-error');
  }

  async goto(): Promise<void> {
    await this.page.goto('/login');
  }

  /** Fills the form and submits it; returns once the server has answered. */
  async signIn(account: Pick<Account, 'email' | 'password'>): Promise<void> {
    await this.email.fill(account.email);
    await this.password.fill(account.password);
    const answered = this.page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/auth/login');
    await this.submit.click();
    await answered;
  }
}

export class SignUpPage {
  readonly form: Locator;
  readonly name: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Create an account' });
    this.name = textField(this.form, 'Name');
    this.email = textField(this.form, 'Email');
    this.password = this.form.getByLabel('Password', { exact: true });
    this.submit = this.form.getByRole('button', { name: 'Create account' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/signup');
  }

  async fill(account: Account): Promise<void> {
    await this.name.fill(account.name);
    await this.email.fill(account.email);
    await this.password.fill(account.password);
  }

  async signUp(account: Account): Promise<void> {
    await this.fill(account);
    await this.submit.click();
  }

  error(field: 'name' | 'email' | 'password'): Locator {
    return fieldError(this.form, field);
  }
}
