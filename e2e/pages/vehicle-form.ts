// Add a vehicle / edit a vehicle.
import type { Locator, Page } from '@playwright/test';
import { choose, fieldError, radio, textField } from './fields';

export interface VehicleFields {
  make?: string;
  model?: string;
  year?: string;
  name?: string;
  trim?: string;
  color?: string;
  vin?: string;
  plate?: string;
  fuelType?: string;
  unit?: 'Miles (mi)' | 'Kilometers (km)';
  purchaseOdometer?: string;
}

export class VehicleFormPage {
  readonly form: Locator;
  readonly make: Locator;
  readonly model: Locator;
  readonly year: Locator;
  readonly name: Locator;
  readonly vin: Locator;
  readonly plate: Locator;
  readonly submit: Locator;
  readonly formError: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: /^(Add a vehicle|Edit vehicle)$/ });
    this.make = textField(this.form, 'Make');
    this.model = textField(this.form, 'Model');
    this.year = textField(this.form, 'Year');
    this.name = textField(this.form, 'Name');
    this.vin = textField(this.form, 'VIN');
    this.plate = textField(this.form, 'License plate');
    this.submit = this.form.getByRole('button', { name: /^(Add vehicle|Save changes)$/ });
    this.formError = this.form.getByTestId('form-error');
  }

  async gotoNew(): Promise<void> {
    await this.page.goto('/vehicles/new');
    await this.make.waitFor();
  }

  /** A text field of the form by its label, e.g. "Odometer at purchase (km)". */
  field(label: string): Locator {
    return textField(this.form, label);
  }

  error(name: string): Locator {
    return fieldError(this.form, name);
  }

  async fill(v: VehicleFields): Promise<void> {
    if (v.make !== undefined) await this.make.fill(v.make);
    if (v.model !== undefined) await this.model.fill(v.model);
    if (v.year !== undefined) await this.year.fill(v.year);
    if (v.trim !== undefined) await this.field('Trim').fill(v.trim);
    if (v.name !== undefined) await this.name.fill(v.name);
    if (v.color !== undefined) await this.field('Color').fill(v.color);
    if (v.fuelType !== undefined) await choose(this.form, 'Fuel type', v.fuelType);
    if (v.unit !== undefined) await radio(this.form, 'Odometer unit', v.unit).check();
    if (v.vin !== undefined) await this.vin.fill(v.vin);
    if (v.plate !== undefined) await this.plate.fill(v.plate);
    if (v.purchaseOdometer !== undefined) {
      await this.form.getByRole('textbox', { name: /^Odometer at purchase/ }).fill(v.purchaseOdometer);
    }
  }

  /** Submits and waits for the vehicle page; returns the new vehicle's id. */
  async save(): Promise<number> {
    await this.submit.click();
    await this.page.waitForURL(/\/vehicles\/\d+$/);
    return Number(/\/vehicles\/(\d+)$/.exec(this.page.url())![1]);
  }
}
