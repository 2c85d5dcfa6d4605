/** The encodings the importer can read. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis';

/** Decoded text and the encoding used, with whether it was detected or chosen. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/**
 * Decodes file bytes. A byte-order mark decides UTF-8/UTF-16; otherwise bytes that are valid
 * UTF-8 are UTF-8, and anything else is read as Shift_JIS (CP932, what Japanese Excel writes).
 * `forced` overrides the guess.
 */
export function decodeBytes(bytes: Uint8Array, forced?: TextEncodingName): DecodedText {
  if (forced) return { text: stripBom(new TextDecoder(forced).decode(bytes)), encoding: forced };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('shift_jis').decode(bytes), encoding: 'shift_jis' };
  }
}

function stripBom(text: string): string {
  return text.replace(/^\uFEFF/, '');
}
