// Form fields of the app (React Aria components), found the way a person
// finds them: by their label.
import type { Locator, Page } from '@playwright/test';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A text field, by its exact label ("Odometer (mi)"). */
export function textField(scope: Page | Locator, label: string): Locator {
  return scope.getByRole('textbox', { name: label, exact: true });
}

/**
 * Picks `option` in a select. The select's button is named "<value> <label>"
 * (React Aria labels it by its value and its label).
 */
export async function choose(scope: Page | Locator, label: string, option: string): Promise<void> {
  const page = 'page' in scope ? scope.page() : scope;
  await selectButton(scope, label).click();
  await page.getByRole('listbox').getByRole('option', { name: option, exact: true }).click();
  await page.getByRole('listbox').waitFor({ state: 'detached' });
}

export function selectButton(scope: Page | Locator, label: string): Locator {
  return scope.getByRole('button', { name: new RegExp(`${escape(label)}$`) });
}

/** A radio button of a group, by the group's label and the option's label. */
export function radio(scope: Page | Locator, group: string, option: string): Locator {
  return scope.getByRole('radiogroup', { name: group }).getByRole('radio', { name: option, exact: true });
}

/** The error message shown next to a field (data-testid="field-error-<name>"). */
export function fieldError(scope: Page | Locator, name: string): Locator {
  return scope.getByTestId(`field-error-${name}`);
}
