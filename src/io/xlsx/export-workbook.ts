// "Export Excel": one wide sheet per country (row id and name, a column per stakeholder, the
// rationale last), each score cell filled with its colour in the app's palette, notes as comments,
// header and labels frozen; then `long` (the exchange format), `metrics` (the Compare table, with
// units) and `sources` (each country's provenance, the app's version, the export date). Read back
// by import-workbook.ts, it gives the same countries (docProps/app.xml names this app).
import { zipSync } from 'fflate';
import { noteKey, type RoleMatrix, type Score } from '../../domain/matrix';
import { countryMetricsOf } from '../../domain/metrics/metrics-cache';
import { COUNTRY_METRIC_NAMES } from '../../i18n/metric-messages';
import {
  COUNTRY_METRIC_IDS,
  countryMetricValue,
  METRIC_KINDS,
  type MetricKind,
} from '../../domain/metrics/metric-values';
import { x1060Name } from '../../domain/taxonomy-x1060';
import { LONG_SHEET, OWN_APPLICATION, SOURCES_HEADER, SUMMARY_SHEETS } from './own-workbook';
import { commentsXml, notesVml, sheetXml, STYLE, StyleTable, type CellOut, type SheetOut } from './xml-write';
import { workbookParts } from './workbook-write';

/** What an Excel export needs besides the countries: colours, the Compare threshold, the version, the date. */
export interface WorkbookExportOptions {
  /** The fill and the readable text colour ("#rrggbb") of a score in the current palette. */
  readonly colours: (score: Score) => { readonly fill: string; readonly text: string } | undefined;
  /** The Compare view's threshold, for the metrics sheet. */
  readonly threshold: number;
  readonly appVersion: string;
  /** ISO date and time of the export. */
  readonly exportedAt: string;
}

const UNITS: Record<MetricKind, string> = {
  share: 'share, 0–1',
  hhi: 'HHI, 0–1',
  mean: 'players per row',
  count: 'count',
};

/** The workbook's bytes. */
export function exportWorkbook(matrices: readonly RoleMatrix[], o: WorkbookExportOptions): Uint8Array {
  const styles = new StyleTable();
  const names = sheetNames(matrices.map((m) => m.country));
  const sheets: SheetOut[] = matrices.map((m, i) => countrySheet(m, names[i]!, styles, o));
  sheets.push(longSheet(matrices), metricsSheet(matrices, o.threshold), sourcesSheet(matrices, names, o));
  const files: Record<string, Uint8Array> = {};
  const enc = new TextEncoder();
  const parts = workbookParts(sheets, styles.xml(), { application: OWN_APPLICATION, ...o });
  for (const [path, text] of Object.entries(parts)) files[path] = enc.encode(text);
  sheets.forEach((s, i) => {
    if (s.notes.length === 0) return;
    files[`xl/comments${i + 1}.xml`] = enc.encode(commentsXml(s.notes, OWN_APPLICATION));
    files[`xl/drawings/vmlDrawing${i + 1}.vml`] = enc.encode(notesVml(s.notes, i));
  });
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = enc.encode(sheetXml(s, s.notes.length > 0 ? 'rIdV' : undefined));
  });
  return zipSync(files, { level: 1 });
}

const RESERVED = new Set([LONG_SHEET, ...SUMMARY_SHEETS, 'history'].map((n) => n.toLowerCase()));

/**
 * Sheet names Excel accepts for the countries: without []:*?/\, at most 31 characters, no leading
 * or trailing apostrophe, unique ignoring case, never the summary sheets' names ("Japan (2)" …).
 */
export function sheetNames(countries: readonly string[]): string[] {
  const taken = new Set(RESERVED);
  return countries.map((country) => {
    const base =
      // eslint-disable-next-line no-control-regex -- control characters are no part of a sheet's name
      [...country.replace(/[[\]:*?/\\\u0000-\u001f]/g, '_').replace(/^'+|'+$/g, '')].slice(0, 31).join('').trim() ||
      'Country';
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = [...base].slice(0, 31 - suffix.length).join('') + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

/** A column wide enough for its longest text (East Asian characters count double), within 6–60. */
function widthOf(texts: readonly string[]): number {
  let max = 0;
  for (const t of texts) {
    let w = 0;
    for (const ch of t.split('\n')[0] ?? '')
      w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1;
    max = Math.max(max, w);
  }
  return Math.min(60, Math.max(6, max + 2));
}

const text = (value: string, style?: number): CellOut => ({ value, ...(style ? { style } : {}) });

/** A country in the wide layout, coloured. */
function countrySheet(m: RoleMatrix, name: string, styles: StyleTable, o: WorkbookExportOptions): SheetOut {
  const header = ['service', 'name', ...m.stakeholders.map((s) => s.name), 'rationale'];
  const rows: CellOut[][] = [header.map((h) => text(h, STYLE.heading))];
  const notes: SheetOut['notes'][number][] = [];
  m.rows.forEach((row, r) => {
    const cells: CellOut[] = [
      text(row.x1060Id ?? row.label),
      text(row.x1060Id ? (x1060Name(row.x1060Id, 'en') ?? '') : ''),
    ];
    m.stakeholders.forEach((s, c) => {
      const score = m.cells[r]?.[c] ?? null;
      const colour = o.colours(score);
      const style = colour ? styles.filled(colour.fill, colour.text) : undefined;
      const value = score === 'unknown' ? '?' : score === null ? undefined : score;
      cells.push({ ...(value !== undefined ? { value } : {}), ...(style ? { style } : {}) });
      const note = m.notes?.[noteKey(row.key, s.key)];
      if (note !== undefined && note !== '') notes.push({ row: r + 1, col: c + 2, text: note });
    });
    cells.push(text(m.rowNotes?.[row.key] ?? '', STYLE.wrapped));
    rows.push(cells);
  });
  const column = (i: number) => rows.map((r) => String(r[i]?.value ?? ''));
  const widths = header.map((_, i) =>
    i === header.length - 1 ? Math.max(30, widthOf(column(i))) : widthOf(column(i)),
  );
  return { name, rows, frozen: { cols: 2, rows: 1 }, widths, notes };
}

/** Every country in the long exchange format, with the notes. */
function longSheet(matrices: readonly RoleMatrix[]): SheetOut {
  const header = ['country', 'service', 'stakeholder', 'score', 'note'];
  const rows: CellOut[][] = [header.map((h) => text(h, STYLE.heading))];
  for (const m of matrices)
    m.rows.forEach((row, r) =>
      m.stakeholders.forEach((s, c) => {
        const score = m.cells[r]?.[c] ?? null;
        rows.push([
          text(m.country),
          text(row.x1060Id ?? row.label),
          text(s.name),
          score === null ? {} : score === 'unknown' ? text('?') : { value: score },
          text(m.notes?.[noteKey(row.key, s.key)] ?? ''),
        ]);
      }),
    );
  return { name: LONG_SHEET, rows, frozen: { cols: 0, rows: 1 }, widths: [20, 12, 24, 8, 40], notes: [] };
}

/** The Compare metrics of every country, with units. */
function metricsSheet(matrices: readonly RoleMatrix[], threshold: number): SheetOut {
  const header = [
    'country',
    'threshold',
    ...COUNTRY_METRIC_IDS.map((id) => `${COUNTRY_METRIC_NAMES.en[id].short} (${UNITS[METRIC_KINDS[id]]})`),
    'unknown cells (count)',
  ];
  const rows: CellOut[][] = [header.map((h) => text(h, STYLE.heading))];
  for (const m of matrices) {
    const metrics = countryMetricsOf(m, threshold);
    const values = COUNTRY_METRIC_IDS.map((id): CellOut => {
      const v = countryMetricValue(metrics, id);
      return v === undefined ? {} : { value: Math.round(v * 1e6) / 1e6 };
    });
    rows.push([text(m.country), { value: threshold }, ...values, { value: metrics.unknownCells }]);
  }
  return {
    name: 'metrics',
    rows,
    frozen: { cols: 1, rows: 1 },
    widths: header.map((h, i) => (i === 0 ? 20 : widthOf([h]) / 1.5)),
    notes: [],
  };
}

/** Each country's provenance by sheet, then the app's version and the export date. */
function sourcesSheet(matrices: readonly RoleMatrix[], names: readonly string[], o: WorkbookExportOptions): SheetOut {
  const rows: CellOut[][] = [SOURCES_HEADER.map((h) => text(h, STYLE.heading))];
  matrices.forEach((m, i) => {
    const p = m.provenance;
    rows.push(
      [
        names[i]!,
        m.country,
        m.countryCode ?? '',
        p.source ?? '',
        p.date ?? '',
        p.notes ?? '',
        p.caveat ?? '',
        p.file ?? '',
      ].map((v) => text(v)),
    );
  });
  rows.push(
    [],
    [text('app', STYLE.heading), text(`${OWN_APPLICATION} ${o.appVersion}`)],
    [text('exported', STYLE.heading), text(o.exportedAt)],
  );
  return { name: 'sources', rows, frozen: { cols: 0, rows: 1 }, widths: [16, 20, 10, 40, 12, 40, 30, 24], notes: [] };
}
