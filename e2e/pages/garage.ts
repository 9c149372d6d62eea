// The garage: a card per vehicle.
import type { Locator, Page } from '@playwright/test';

export class GaragePage {
  readonly heading: Locator;
  readonly emptyState: Locator;
  readonly cards: Locator;
  readonly addVehicleLink: Locator;
  readonly showArchived: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Garage' });
    this.emptyState = page.getByTestId('empty-garage');
    this.cards = page.getByTestId('vehicle-card');
    this.addVehicleLink = page.getByRole('link', { name: 'Add vehicle', exact: true });
    this.showArchived = page.getByRole('switch', { name: 'Show archived' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
  }

  /** The card whose title is `title`. */
  card(title: string): Locator {
    return this.cards.filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  async openVehicle(title: string): Promise<void> {
    await this.card(title).getByRole('link', { name: title, exact: true }).click();
    await this.page.waitForURL(/\/vehicles\/\d+$/);
  }
}
