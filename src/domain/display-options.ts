// Vocabulary of display choices shared by the store, the charts and the URL: ids only, no colours.

export const PALETTE_IDS = ['ylgnbu', 'viridis', 'projector', 'greys'] as const;
/** A colour scheme for scores. */
export type PaletteId = (typeof PALETTE_IDS)[number];

/** The display language of names and labels. */
export type Lang = 'en' | 'ja';
