// The long format's header: the line naming its columns (country, service, stakeholder, score, note),
// found among a file's first lines in English or Japanese.
import { foldName } from '../domain/stakeholders';
import type { TextGrid } from './csv-grid';

/** Where the long format's columns stand (0-based) and on which row its header is. */
export interface LongHeader {
  readonly index: number;
  readonly country?: number;
  readonly service: number;
  readonly stakeholder: number;
  readonly score: number;
  readonly note?: number;
  /** How many fields the header has: a line with more is an error. */
  readonly width: number;
}

const LONG_NAMES: Record<keyof Omit<LongHeader, 'index' | 'width'>, string[]> = {
  country: ['country', '国', '国名'],
  service: ['service', 'row', 'category', 'サービス', 'サービスid'],
  stakeholder: ['stakeholder', 'player', 'ステークホルダー', 'プレイヤー'],
  score: ['score', 'value', 'スコア', '値'],
  note: ['note', 'notes', 'rationale', '備考', 'メモ'],
};

/** How many rows from the top a long file's header may stand on (below title lines). */
export const LONG_HEADER_ROWS = 20;

/** The long-format header among the first LONG_HEADER_ROWS rows, if the file has one. */
export function findLongHeader(grid: Pick<TextGrid, 'rows'>): LongHeader | undefined {
  const limit = Math.min(grid.rows.length, LONG_HEADER_ROWS);
  for (let r = 0; r < limit; r++) {
    const folded = grid.rows[r]!.map((c) => foldName(c));
    const find = (names: string[]) => {
      const i = folded.findIndex((c) => names.includes(c));
      return i < 0 ? undefined : i;
    };
    const service = find(LONG_NAMES.service);
    const stakeholder = find(LONG_NAMES.stakeholder);
    const score = find(LONG_NAMES.score);
    if (service !== undefined && stakeholder !== undefined && score !== undefined) {
      return {
        index: r,
        service,
        stakeholder,
        score,
        country: find(LONG_NAMES.country),
        note: find(LONG_NAMES.note),
        width: grid.rows[r]!.length,
      };
    }
  }
  return undefined;
}
