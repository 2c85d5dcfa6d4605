import { useMemo } from 'react';
import { alignMatrices, resolveCompareIds } from '../../domain/compare';
import type { RoleMatrix } from '../../domain/matrix';
import { countryMetricsOf } from '../../domain/metrics/metrics-cache';
import { summariseCountries } from '../../domain/metrics/summary';
import { useAppState } from '../../state/store-context';
import type { CountryEntry } from '../../charts/compare/compare-inputs';

/**
 * The compared countries, aligned, with their metrics at the chosen threshold. Metrics come from a
 * cache keyed by matrix and threshold, so moving the threshold back and forth recomputes nothing.
 */
export function useCompareData() {
  const matrices = useAppState((s) => s.workspace.matrices);
  const compareIds = useAppState((s) => s.compareIds);
  const threshold = useAppState((s) => s.compareThreshold);
  const ids = useMemo(() => resolveCompareIds(matrices, compareIds), [matrices, compareIds]);
  const chosen = useMemo(
    () => ids.map((id) => matrices.find((m) => m.id === id)).filter((m): m is RoleMatrix => m !== undefined),
    [ids, matrices],
  );
  const aligned = useMemo(() => alignMatrices(chosen), [chosen]);
  const entries = useMemo(
    (): CountryEntry[] => chosen.map((matrix) => ({ matrix, metrics: countryMetricsOf(matrix, threshold) })),
    [chosen, threshold],
  );
  const facts = useMemo(
    () => summariseCountries(entries.map((e) => ({ id: e.matrix.id, metrics: e.metrics }))),
    [entries],
  );
  return { matrices, ids, chosen, aligned, entries, facts, threshold };
}
