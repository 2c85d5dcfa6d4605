import { useState, type ChangeEvent, type CompositionEvent, type KeyboardEvent } from 'react';

/** A text field's props from useLiveText, to spread on an input or a textarea. */
export interface LiveTextProps {
  readonly value: string;
  readonly onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  readonly onCompositionEnd: (e: CompositionEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  readonly onBlur: () => void;
}

/**
 * A text field saved as it is typed: every change is written at once (`write` returns the value
 * the store kept), and leaving the field (`end`) closes its undo step. While it is typed in, the
 * field shows the text as typed, though the store may keep it trimmed, upper-cased or made unique;
 * when the stored value changes otherwise (an undo), the field shows the stored value. While an
 * input method composes (Japanese), nothing is written until the composition ends, so that the
 * composition is never disturbed.
 */
export function useLiveText(value: string, write: (text: string) => string, end: () => void) {
  const [draft, setDraft] = useState<{ text: string; stored: string } | null>(null);
  const live = draft !== null && draft.stored === value ? draft : null;
  const change = (text: string, composing: boolean) => setDraft({ text, stored: composing ? value : write(text) });
  const leave = () => {
    setDraft(null);
    end();
  };
  const props: LiveTextProps = {
    value: live?.text ?? value,
    onChange: (e) => change(e.target.value, isComposing(e.nativeEvent)),
    onCompositionEnd: (e) => change(e.currentTarget.value, false),
    onBlur: leave,
  };
  return {
    props,
    /** The text as typed while the field is typed in (null otherwise), to explain what was kept. */
    typed: live?.text ?? null,
    /** Enter in a one-line field: confirms it as leaving it does (not while a composition is confirmed). */
    onEnter: (e: KeyboardEvent) => {
      if (e.key === 'Enter' && !isComposing(e.nativeEvent)) leave();
    },
  };
}

function isComposing(e: Event): boolean {
  return 'isComposing' in e && e.isComposing === true;
}
