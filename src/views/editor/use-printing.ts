import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the worksheet is to be drawn: from the moment the page is about to print (the browser's
 * Print, Ctrl+P, or `print` — *Print worksheet*) until printing ends. It is not drawn otherwise, so
 * that a 64 × 40 table no one sees costs nothing while scores are typed.
 */
export function usePrinting(): { printing: boolean; print: () => void } {
  const [printing, setPrinting] = useState(false);
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    // The browser's own Print: drawn at once, so that the page printed already holds the worksheet.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  useEffect(() => {
    if (asked === 0) return;
    // Once the worksheet is drawn, and outside React's commit (print blocks, and fires beforeprint).
    const timer = setTimeout(() => window.print(), 0);
    return () => clearTimeout(timer);
  }, [asked]);
  const print = useCallback(() => {
    setPrinting(true);
    setAsked((n) => n + 1);
  }, []);
  return { printing, print };
}
