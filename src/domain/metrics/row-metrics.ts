import { effectiveScore, type MatrixRow, type Score, type Stakeholder } from '../matrix';

/** The lowest and highest player threshold the user can set; scores are 0–10. */
export const MIN_THRESHOLD = 0.5;
export const MAX_THRESHOLD = 10;
export const DEFAULT_THRESHOLD = 5;

/** A threshold brought into [MIN_THRESHOLD, MAX_THRESHOLD]; NaN gives the default. */
export function clampThreshold(t: number): number {
  if (!Number.isFinite(t)) return DEFAULT_THRESHOLD;
  return Math.min(MAX_THRESHOLD, Math.max(MIN_THRESHOLD, t));
}

/** What a row's metrics are that no threshold changes: computed once per matrix. */
export interface RowProfile {
  readonly row: MatrixRow;
  /** Effective score per stakeholder: blank → 0, unknown → null (left out, never 0). */
  readonly scores: readonly (number | null)[];
  /** Sum of the known scores. */
  readonly total: number;
  /** Number of unknown cells. */
  readonly unknown: number;
  /** Herfindahl–Hirschman index Σ (sᵢ/S)² over known sᵢ > 0; undefined when S = 0. */
  readonly hhi: number | undefined;
  /** The stakeholders with the highest known score (several when tied); empty when S = 0. */
  readonly leads: readonly Stakeholder[];
  readonly leadScore: number | undefined;
}

/** A row's metrics at a threshold. */
export interface RowMetrics extends RowProfile {
  /** Stakeholders whose known score is ≥ the threshold. */
  readonly players: number;
  /** No player and no unknown cell: nobody does this. */
  readonly gap: boolean;
  /** No known player, but an unknown cell that might be one. */
  readonly possibleGap: boolean;
  /** Exactly one player and no unknown cell. */
  readonly singlePoint: boolean;
  /** Unknown cells could make the number of players exactly one (players ≤ 1 ≤ players + unknown). */
  readonly possibleSinglePoint: boolean;
}

/** Profiles one row of a matrix (cells in stakeholder order). */
export function profileRow(row: MatrixRow, cells: readonly Score[], stakeholders: readonly Stakeholder[]): RowProfile {
  const scores = stakeholders.map((_, i) => effectiveScore(cells[i] ?? null));
  let total = 0;
  let unknown = 0;
  let max = 0;
  for (const s of scores) {
    if (s === null) unknown++;
    else {
      total += s;
      max = Math.max(max, s);
    }
  }
  const hhi =
    total > 0 ? scores.reduce<number>((sum, s) => (s !== null && s > 0 ? sum + (s / total) ** 2 : sum), 0) : undefined;
  const leads = max > 0 ? stakeholders.filter((_, i) => scores[i] === max) : [];
  return { row, scores, total, unknown, hhi, leads, leadScore: max > 0 ? max : undefined };
}

/** A row's metrics at a player threshold: a cheap count over its profile. */
export function measureRow(profile: RowProfile, threshold: number): RowMetrics {
  const players = profile.scores.filter((s) => s !== null && s >= threshold).length;
  const unknown = profile.unknown;
  const singlePoint = players === 1 && unknown === 0;
  return {
    ...profile,
    players,
    gap: players === 0 && unknown === 0,
    possibleGap: players === 0 && unknown > 0,
    singlePoint,
    possibleSinglePoint: !singlePoint && players <= 1 && players + unknown >= 1,
  };
}
