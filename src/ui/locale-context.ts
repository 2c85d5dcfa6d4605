import { createContext } from 'react';

/**
 * The display locale ("en-US", "ja-JP") for react-aria's words (stepper and dismiss buttons, dates),
 * handed down by the app. react-aria's own provider is not in the first script: importing it works out
 * the browser's locale with Intl at once (tens of ms of ICU start-up on a loaded machine, before the
 * first chart), so each part loaded on demand puts it around itself (LocaleScope.tsx, lazy-part.tsx).
 */
export const LocaleContext = createContext('en-US');
