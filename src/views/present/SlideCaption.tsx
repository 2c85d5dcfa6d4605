import { Fragment } from 'react';

export interface SlideCaptionProps {
  /** The sentence under the chart (roll-up, same scale, what a width means); may be empty. */
  readonly text: string;
  /** Further sentences, each on a line of its own (a side-by-side Sankey's notes on both charts). */
  readonly notes?: readonly string[];
  /** One key line per shortened name ("NCSC = ナショナル…"). */
  readonly keys?: readonly string[];
}

/**
 * The caption under a slide's chart, each key on its own line: a key run on after the sentence read as part of
 * it (found by a new-user trial). Nothing is drawn when there is neither.
 */
export function SlideCaption({ text, notes = [], keys = [] }: SlideCaptionProps) {
  const lines = [...notes, ...keys];
  if (!text && lines.length === 0) return null;
  return (
    <p className="presenter-caption">
      {text}
      {/* The space keeps the words apart in the text the deck's exports read (textContent). */}
      {lines.map((k) => (
        <Fragment key={k}>
          {' '}
          <span className="presenter-key">{k}</span>
        </Fragment>
      ))}
    </p>
  );
}
