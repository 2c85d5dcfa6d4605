// What every figure says about where it comes from, and where those lines go under an exported chart.
// Pure: the view passes the countries shown and the words; the SVG export draws the footer laid out here.
import { wrapText } from './text-measure';

/** A country shown in a figure, with its provenance as loaded. */
export interface FigureCountry {
  /** The name shown (in the display language). */
  readonly name: string;
  readonly source?: string;
  readonly date?: string;
}

/** Everything a figure's source lines are made of. */
export interface FigureSource {
  readonly countries: readonly FigureCountry[];
  readonly app: { readonly name: string; readonly version: string };
  /** The user's own caption; blank = none. */
  readonly caption?: string;
  /** How the figure was made, when a reader needs it to read it right ("Rows lined up per category …"). */
  readonly notes?: readonly string[];
}

/** The words of the source lines (figureMessages in the display language). */
export interface FigureSourceText {
  readonly countrySource: (country: string, source: string | undefined, date: string | undefined) => string;
  readonly sources: (list: string) => string;
  readonly listSeparator: string;
  /** Between the names of countries that share a source. */
  readonly nameSeparator: string;
  readonly madeWith: (app: string, version: string) => string;
}

const blankToUndefined = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);

/**
 * The lines under a figure, in order: the caption (when typed), how it was made (notes), the source and date of each country
 * shown — countries sharing both named together, a country drawn twice listed once — and the app and version.
 */
export function figureSourceLines(src: FigureSource, t: FigureSourceText): string[] {
  const groups = new Map<string, { names: string[]; source?: string; date?: string }>();
  for (const c of src.countries) {
    const [source, date] = [blankToUndefined(c.source), blankToUndefined(c.date)];
    const key = JSON.stringify([source ?? null, date ?? null]);
    const group = groups.get(key) ?? { names: [], source, date };
    if (!group.names.includes(c.name)) group.names.push(c.name);
    groups.set(key, group);
  }
  const parts = [...groups.values()].map((g) => t.countrySource(g.names.join(t.nameSeparator), g.source, g.date));
  const caption = blankToUndefined(src.caption);
  return [
    ...(caption ? [caption] : []),
    ...(src.notes ?? []).filter((n) => n.trim() !== ''),
    ...(parts.length ? [t.sources(parts.join(t.listSeparator))] : []),
    t.madeWith(src.app.name, src.app.version),
  ];
}

/** A line of the footer, placed in the chart's px (baseline at y). */
export interface FooterLine {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

/** The footer added under an exported chart: its height and its lines, wrapped to the chart's width. */
export interface SourceFooter {
  readonly top: number;
  readonly height: number;
  readonly fontSize: number;
  readonly lines: readonly FooterLine[];
}

const PAD = 12;

/** The type size of the footer of a chart `width` px wide: 12 px, up to 18 px on very wide charts. */
export function footerFontSize(width: number): number {
  return Math.round(Math.min(18, Math.max(12, width / 100)));
}

/** Lays the lines out under a chart of `width` × `height` px: wrapped (at most 8 lines each), left-aligned. */
export function layoutSourceFooter(lines: readonly string[], width: number, height: number): SourceFooter {
  const fontSize = footerFontSize(width);
  const step = Math.round(fontSize * 1.35);
  const wrapped = lines.flatMap((l) => wrapText(l, Math.max(1, width - 2 * PAD), fontSize, 8).lines);
  return {
    top: height,
    height: PAD + wrapped.length * step,
    fontSize,
    lines: wrapped.map((text, i) => ({ text, x: PAD, y: height + fontSize + i * step })),
  };
}
