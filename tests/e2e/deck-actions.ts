// Builds a deck with one slide of every kind, as a presenter would, for the slide tests and screenshots.
import type { Page } from 'playwright-core';

/** Picks `option` in the labelled Select. */
export async function chooseOption(p: Page, label: string, option: string): Promise<void> {
  await p
    .locator('.select', { has: p.locator('.select-label', { hasText: new RegExp(`^${label}$`) }) })
    .getByRole('button')
    .click();
  await p.getByRole('option', { name: option, exact: true }).click();
}

/** Opens the deck popover, adds the current view, and closes the popover again. */
export async function addToDeck(p: Page, expectedCount: number): Promise<void> {
  await p.getByRole('button', { name: `Deck (${expectedCount - 1})` }).click();
  await p.getByRole('button', { name: 'Add to deck' }).click();
  await p.getByRole('button', { name: `Deck (${expectedCount})` }).waitFor();
  await p.keyboard.press('Escape');
  await p.getByRole('dialog').waitFor({ state: 'detached' });
}

/** The kinds of slide in the order buildFullDeck adds them. */
export const FULL_DECK = ['heatmap', 'sankey', 'sankey-pair', 'compare', 'difference', 'metrics'] as const;

/**
 * From the app's start page (bundled countries, English): a heatmap of Japan, a Sankey of the United
 * States, Japan and Singapore as side-by-side Sankeys, a comparison, a difference and the metric charts.
 */
export async function buildFullDeck(p: Page): Promise<void> {
  await p.getByText('Japan — division of X.1060 roles').waitFor();
  await addToDeck(p, 1);
  await chooseOption(p, 'Country', 'United States (US)');
  await p.getByRole('tab', { name: 'Sankey' }).click();
  await p.locator('svg.sankey').first().waitFor();
  await addToDeck(p, 2);
  await chooseOption(p, 'Country', 'Japan (JP)');
  await chooseOption(p, 'Compare with', 'Singapore');
  await p.locator('svg.sankey').nth(1).waitFor();
  await addToDeck(p, 3);
  await chooseOption(p, 'Compare with', 'No comparison');
  await p.getByRole('tab', { name: 'Compare' }).click();
  await p.getByRole('heading', { name: 'Compare countries' }).waitFor();
  await addToDeck(p, 4);
  await pressUntilDeckHas(p, 'Add this difference to the deck', 5);
  await pressUntilDeckHas(p, 'Add these metric charts to the deck', 6);
}

/**
 * Presses a button below the comparison charts until the deck holds `n` slides. Those sections are drawn
 * as they come into view (content-visibility), so on a loaded machine the page can still move under a
 * press, which then lands beside the button; it is pressed again only while the deck is still one short.
 */
async function pressUntilDeckHas(p: Page, button: string, n: number): Promise<void> {
  const full = p.getByRole('button', { name: `Deck (${n})` });
  for (let tries = 0; tries < 5; tries++) {
    if (await p.getByRole('button', { name: `Deck (${n - 1})` }).isVisible()) {
      await p.getByRole('button', { name: button }).click();
    }
    try {
      await full.waitFor({ timeout: 5000 });
      return;
    } catch {
      // Not added: the press missed; try again.
    }
  }
  await full.waitFor();
}
