import type { CarriedFields } from '../domain/replace-matrix';
import type { ImportResult } from './import-types';

/**
 * What a file of this format carries besides scores: a JSON workspace everything; a long CSV cell
 * notes when it has a `note` column; a wide CSV (and pasted cells) nothing else.
 */
export function carriedFields(result: Pick<ImportResult, 'format' | 'noteColumn'>): CarriedFields {
  if (result.format === 'json') return { cellNotes: true, details: true };
  return { cellNotes: result.format === 'long' && result.noteColumn === true, details: false };
}
