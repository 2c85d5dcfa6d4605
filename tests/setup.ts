import { afterEach } from 'vitest';

// Files of pure code run without a DOM (see vitest.config.ts); the rest of this file is for the others.
if (typeof document !== 'undefined') {
  const { cleanup, configure } = await import('@testing-library/react');
  // Testing Library unmounts automatically only with vitest globals; we keep globals off.
  afterEach(() => cleanup());
  // CI machines are shared and noisy: waiting for something that will happen may take more than the
  // default second; a test that waits for something that never happens still fails, only later.
  configure({ asyncUtilTimeout: 10_000 });
}

// jsdom has no CSS.escape, which react-aria's Select uses; this follows the CSSOM spec's algorithm.
if (typeof globalThis.CSS === 'undefined' || typeof globalThis.CSS.escape !== 'function') {
  const escape = (value: string): string => {
    let out = '';
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      const ch = value.charAt(i);
      if (code === 0) out += '\uFFFD';
      else if (
        (code >= 1 && code <= 31) ||
        code === 127 ||
        (i === 0 && code >= 48 && code <= 57) ||
        (i === 1 && code >= 48 && code <= 57 && value.charCodeAt(0) === 45)
      )
        out += `\\${code.toString(16)} `;
      else if (i === 0 && value.length === 1 && code === 45) out += `\\${ch}`;
      else if (
        code >= 128 ||
        code === 45 ||
        code === 95 ||
        (code >= 48 && code <= 57) ||
        (code >= 65 && code <= 90) ||
        (code >= 97 && code <= 122)
      )
        out += ch;
      else out += `\\${ch}`;
    }
    return out;
  };
  Object.defineProperty(globalThis, 'CSS', { value: { ...(globalThis.CSS ?? {}), escape }, configurable: true });
}

// jsdom does not lay out, so it has no scrollIntoView; the editor calls it to keep the cursor in view.
if (typeof Element !== 'undefined' && typeof Element.prototype.scrollIntoView !== 'function') {
  Element.prototype.scrollIntoView = () => {};
}
