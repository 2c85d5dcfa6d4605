// What the e2e tests do as a user would, in one place.
import type { Page } from 'playwright-core';

/** The names in the country picker, as listed. */
export async function countryNames(p: Page): Promise<string[]> {
  await p.getByRole('button', { name: /Country/ }).click();
  const names = await p.getByRole('option').allTextContents();
  await p.keyboard.press('Escape');
  return names;
}

/**
 * Picks a CSV in the file input and presses the review dialog's **Import** when it opens (a file
 * without problems may import without asking); resolves when `title` shows.
 */
export async function importThroughReview(p: Page, name: string, csv: string, title: string): Promise<void> {
  await p.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const confirm = p.getByRole('dialog').getByRole('button', { name: 'Import', exact: true });
  await Promise.race([p.getByText(title).waitFor(), confirm.waitFor()]);
  if (await confirm.isVisible()) await confirm.click();
  await p.getByText(title).waitFor();
}
