import { rowName, stakeholderName, type RoleMatrix } from '../../domain/matrix';
import type { PaletteId } from '../color-scales';
import type { HeatmapInput } from './heatmap-types';

/** The heatmap input for a country's matrix, with names in a language. */
export function matrixToHeatmapInput(m: RoleMatrix, lang: 'en' | 'ja', palette: PaletteId): HeatmapInput {
  return {
    rows: m.rows.map((r) => ({ key: r.key, ...(r.x1060Id ? { id: r.x1060Id } : {}), name: rowName(r, lang) })),
    columns: m.stakeholders.map((s) => ({ key: s.key, name: stakeholderName(s, lang) })),
    values: m.cells,
    palette,
  };
}
