// A vehicle's page: header, tabs, and on each record tab a paginated list
// with an add/edit dialog and a delete confirmation.
import { expect, type Locator, type Page } from '@playwright/test';
import { fieldError, textField } from './fields';

export type TabName = 'Overview' | 'Service' | 'Fuel' | 'Odometer' | 'Registrations' | 'Insurance';
export type RecordKind = 'service' | 'fuel' | 'odometer' | 'registrations' | 'insurance';

const TAB_PATHS: Record<TabName, string> = {
  Overview: '',
  Service: '/service',
  Fuel: '/fuel',
  Odometer: '/odometer',
  Registrations: '/registrations',
  Insurance: '/insurance',
};

const TAB_KINDS: Partial<Record<TabName, RecordKind>> = {
  Service: 'service',
  Fuel: 'fuel',
  Odometer: 'odometer',
  Registrations: 'registrations',
  Insurance: 'insurance',
};

export class VehiclePage {
  readonly title: Locator;
  readonly tabs: Locator;
  readonly editVehicleLink: Locator;
  readonly deleteVehicleButton: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('vehicle-title');
    this.tabs = page.getByRole('tablist', { name: 'Vehicle sections' });
    this.editVehicleLink = page.getByRole('link', { name: 'Edit vehicle' });
    this.deleteVehicleButton = page.getByRole('button', { name: 'Delete vehicle' });
  }

  async goto(vehicleId: number, tab: TabName = 'Overview'): Promise<void> {
    await this.page.goto(`/vehicles/${vehicleId}${TAB_PATHS[tab]}`);
    await expect(this.title).toBeVisible();
  }

  tab(name: TabName): Locator {
    return this.tabs.getByRole('tab', { name, exact: true });
  }

  /** Clicks a tab and returns its record list (undefined for the overview). */
  async openTab(name: TabName): Promise<RecordList | undefined> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
    const kind = TAB_KINDS[name];
    if (!kind) return undefined;
    const list = this.records(kind);
    await expect(list.section).toBeVisible();
    return list;
  }

  records(kind: RecordKind): RecordList {
    return new RecordList(this.page, kind);
  }

  /** A fact of the overview (data-testid), e.g. "next-registration-expiry". */
  fact(testId: string): Locator {
    return this.page.getByTestId(testId);
  }
}

export class RecordList {
  readonly section: Locator;
  readonly addButton: Locator;
  readonly rows: Locator;
  readonly total: Locator;
  readonly empty: Locator;
  readonly pagination: Locator;
  readonly pageStatus: Locator;
  readonly nextPage: Locator;
  readonly previousPage: Locator;

  constructor(
    readonly page: Page,
    readonly kind: RecordKind,
  ) {
    this.section = page.getByTestId(`records-${kind}`);
    this.addButton = this.section.getByRole('button', { name: /^Add / });
    this.rows = this.section.getByTestId('record-row');
    this.total = this.section.getByTestId('record-total');
    this.empty = this.section.getByTestId('records-empty');
    this.pagination = this.section.getByTestId('pagination');
    this.pageStatus = this.section.getByTestId('pagination-status');
    this.nextPage = this.pagination.getByRole('button', { name: 'Next' });
    this.previousPage = this.pagination.getByRole('button', { name: 'Previous' });
  }

  row(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text });
  }

  /** Opens the add form in its dialog. */
  async add(): Promise<RecordDialog> {
    await this.addButton.click();
    const dialog = new RecordDialog(this.page);
    await expect(dialog.root).toBeVisible();
    return dialog;
  }

  async edit(row: Locator): Promise<RecordDialog> {
    await row.getByRole('button', { name: /^Edit / }).click();
    const dialog = new RecordDialog(this.page);
    await expect(dialog.root).toBeVisible();
    return dialog;
  }

  /** Clicks Delete on a row: the confirmation dialog opens. */
  async askDelete(row: Locator): Promise<ConfirmDialog> {
    await row.getByRole('button', { name: /^Delete / }).click();
    const dialog = new ConfirmDialog(this.page);
    await expect(dialog.root).toBeVisible();
    return dialog;
  }

  /** The text of one column in a row ("Cost", "Economy"), by the cell's data-label. */
  cell(row: Locator, column: string): Locator {
    return row.locator(`td[data-label="${column}"]`);
  }
}

/** The add/edit form of a record, in a modal dialog. */
export class RecordDialog {
  readonly root: Locator;
  readonly form: Locator;
  readonly save: Locator;
  readonly cancel: Locator;
  readonly formError: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('form-dialog');
    this.form = this.root.getByRole('form');
    this.save = this.root.getByRole('button', { name: /^(Save|Save changes)$/ });
    this.cancel = this.root.getByRole('button', { name: 'Cancel' });
    this.formError = this.root.getByTestId('form-error');
  }

  field(label: string): Locator {
    return textField(this.root, label);
  }

  error(name: string): Locator {
    return fieldError(this.root, name);
  }

  checkbox(label: string): Locator {
    return this.root.getByRole('checkbox', { name: label });
  }

  /** Saves and waits for the dialog to close. */
  async submit(): Promise<void> {
    await this.save.click();
    await expect(this.root).toBeHidden();
  }
}

/** "Delete this service record?" */
export class ConfirmDialog {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('alertdialog');
  }

  async cancel(): Promise<void> {
    await this.root.getByRole('button', { name: 'Cancel' }).click();
    await expect(this.root).toBeHidden();
  }

  async confirm(label = 'Delete'): Promise<void> {
    await this.root.getByRole('button', { name: label, exact: true }).click();
    await expect(this.root).toBeHidden();
  }
}
