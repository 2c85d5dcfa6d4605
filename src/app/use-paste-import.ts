import { useEffect } from 'react';
import { useAppStore } from '../state/store-context';

/** Whether a paste goes into something editable, where it must keep its usual meaning. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return (
    target.closest(
      'input, textarea, select, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]',
    ) !== null
  );
}

/**
 * Imports cells pasted onto the page (Ctrl/Cmd+V of cells copied from a spreadsheet arrive as
 * tab-separated text/plain) through the review dialog. Pastes into fields are left alone.
 */
export function usePasteImport(): void {
  const store = useAppStore();
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      if (isEditable(e.target) || isEditable(document.activeElement)) return;
      const { review, progress } = store.getState();
      if (review || progress) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (text.trim() === '') return;
      e.preventDefault();
      void store.getState().importPastedText(text);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [store]);
}
