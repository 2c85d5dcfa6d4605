import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the worksheet is to be drawn: from the moment the page is about to print (the browser's
 * Print, Ctrl+P, or *Print worksheet*, whose count `asked` is) until printing ends. It is not drawn
 * otherwise, so that a 64 × 40 table no one sees costs nothing while scores are typed.
 */
export function usePrinting(asked: number): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // Synchronously, so that the page printed already holds the worksheet.
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
    flushSync(() => setPrinting(true));
    window.print();
  }, [asked]);
  return printing;
}
