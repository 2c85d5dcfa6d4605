import { useState } from 'react';

/**
 * The text of a field saved when it is left. While the user types it holds their draft; otherwise
 * it shows `value`, so an undo or a change made elsewhere is never hidden behind stale text that
 * leaving the field would write back.
 */
export function useDraft(value: string, onCommit: (v: string) => void) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft !== value) onCommit(draft);
    setDraft(null);
  };
  return { text: draft ?? value, setText: setDraft, commit };
}
