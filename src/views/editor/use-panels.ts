import { useCallback, useDeferredValue, useState } from 'react';
import type { RoleMatrix } from '../../domain/matrix';
import { findMatrix } from '../../domain/workspace';
import type { useAppStore } from '../../state/store-context';
import type { GridCursor } from './grid-keys';

/** Whether two versions of a country differ at most in their scores. */
export function sameButScores(a: RoleMatrix, b: RoleMatrix): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof RoleMatrix)[]);
  for (const k of keys) if (k !== 'cells' && a[k] !== b[k]) return false;
  return true;
}

/**
 * The country for the parts beside the grid, which show no score (details, notes, structure, toolbar):
 * the same object while only scores change, so that a score typed draws none of them again (#17).
 * Its scores may be older than the country's: what needs them reads the store's.
 */
export function useWithoutScores(m: RoleMatrix | undefined): RoleMatrix | undefined {
  const [kept, setKept] = useState(m);
  if (m !== undefined && kept !== undefined && sameButScores(kept, m)) return kept;
  if (kept !== m) setKept(m);
  return m;
}

/**
 * What the panels beside the grid draw. A key moves the grid's active cell at once; the panels that
 * follow it (the cell's note, the row's and column's tools) follow in a render of their own that the
 * next key may interrupt. They show no score, so a score typed does not draw them again. After another
 * edit they are drawn at once anyway (they show the country): then with the new cursor, so that they
 * are drawn once, not twice. `current` reads the country as it is now, scores included.
 */
export function usePanels(matrix: RoleMatrix | undefined, cursor: GridCursor, store: ReturnType<typeof useAppStore>) {
  const shown = useWithoutScores(matrix);
  const laterCursor = useDeferredValue(cursor);
  const laterShown = useDeferredValue(shown);
  const panelCursor = laterShown === shown ? laterCursor : cursor;
  const current = useCallback(() => findMatrix(store.getState().workspace, store.getState().selectedId), [store]);
  return { shown, panelCursor, current };
}
