import { useMemo } from 'react';
import { alignMatrices, resolveCompareIds } from '../../domain/compare';
import { matricesForCompare, resolveGranularity } from '../../domain/compare-align';
import type { RoleMatrix } from '../../domain/matrix';
import { countryMetricsOf } from '../../domain/metrics/metrics-cache';
import { summariseCountries } from '../../domain/metrics/summary';
import { useAppState } from '../../state/store-context';
import type { CountryEntry } from '../../charts/compare/compare-inputs';

/**
 * The compared countries, aligned (rolled up per category when the granularity says so), with their
 * metrics at the chosen threshold. Metrics come from a cache keyed by matrix and threshold, and a
 * rolled-up matrix is the same object each time, so moving the threshold back and forth recomputes nothing.
 */
export function useCompareData() {
  const matrices = useAppState((s) => s.workspace.matrices);
  const compareIds = useAppState((s) => s.compareIds);
  const threshold = useAppState((s) => s.compareThreshold);
  const setting = useAppState((s) => s.compareGranularity);
  const rule = useAppState((s) => s.compareRollup);
  const ids = useMemo(() => resolveCompareIds(matrices, compareIds), [matrices, compareIds]);
  const chosen = useMemo(
    () => ids.map((id) => matrices.find((m) => m.id === id)).filter((m): m is RoleMatrix => m !== undefined),
    [ids, matrices],
  );
  const granularity = resolveGranularity(setting, chosen);
  const shown = useMemo(() => matricesForCompare(chosen, granularity, rule), [chosen, granularity, rule]);
  const aligned = useMemo(() => alignMatrices(shown), [shown]);
  const entries = useMemo(
    (): CountryEntry[] => shown.map((matrix) => ({ matrix, metrics: countryMetricsOf(matrix, threshold) })),
    [shown, threshold],
  );
  const facts = useMemo(
    () => summariseCountries(entries.map((e) => ({ id: e.matrix.id, metrics: e.metrics }))),
    [entries],
  );
  return { matrices, ids, chosen, shown, granularity, rule, aligned, entries, facts, threshold };
}
