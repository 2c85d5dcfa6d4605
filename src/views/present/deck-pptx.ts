// The deck as a PowerPoint file: one slide per deck slide with its heading as text, its chart as an SVG
// picture (PowerPoint draws the vector; pptxgenjs adds the PNG that older viewers show instead), the
// caption under it and the speaker notes as the slide's notes. pptxgenjs (~126 kB gzip) is loaded only
// when a deck is exported, so it is not part of the app's first download.
import { textWidthEm } from '../../charts/text-measure';
import type { Lang } from '../../domain/display-options';
import type { CapturedSlide } from './deck-capture';

/** What one PowerPoint slide holds. */
export interface PptxSlide {
  readonly title: string;
  readonly notes: string;
  readonly chart: CapturedSlide;
  /** Shown in place of a chart that could not be drawn (its country is gone). */
  readonly missing: string;
  /** Each country's source and date, the app and version: small type at the foot of the slide. */
  readonly sources: readonly string[];
}

/** A box on the slide, in inches. */
export interface InchBox {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

// LAYOUT_WIDE: 13.333 × 7.5 in (16:9).
const SLIDE_W = 13.333;
const MARGIN = 0.4;
const TITLE: InchBox = { x: MARGIN, y: 0.25, w: SLIDE_W - 2 * MARGIN, h: 0.8 };
const CHART_TOP = 1.15;
const CAPTION_H = 0.5;
const SOURCES_H = 0.45;
const BOTTOM = 7.5 - MARGIN;

/** The caption's tallest box: past it the caption's type gets smaller (down to 12 pt), the chart never hidden. */
const MAX_CAPTION_H = 1.6;

/**
 * The caption's height (in) and type size (pt) for a box `width` in wide: each paragraph's lines estimated from its
 * text (a side-by-side Sankey's caption carries the key of its rows and both charts' notes: six lines at 16 pt ran
 * over the sources in a fixed half-inch box).
 */
export function captionLayout(caption: string, width: number): { readonly h: number; readonly fontSize: number } {
  const paragraphs = caption.split('\n');
  let fit = { h: CAPTION_H, fontSize: 16 };
  for (const fontSize of [16, 14, 12]) {
    const emsPerLine = (width * 72) / fontSize;
    const lines = paragraphs.reduce((n, p) => n + Math.max(1, Math.ceil((textWidthEm(p) * 1.08) / emsPerLine)), 0);
    fit = { h: Math.max(CAPTION_H, (lines * fontSize * 1.25) / 72 + 0.1), fontSize };
    if (fit.h <= MAX_CAPTION_H) break;
  }
  return fit;
}

/** The largest box of the picture's aspect ratio inside `area`, centred in it. */
export function fitPicture(width: number, height: number, area: InchBox): InchBox {
  if (width <= 0 || height <= 0) return area;
  const scale = Math.min(area.w / width, area.h / height);
  const [w, h] = [width * scale, height * scale];
  return { x: area.x + (area.w - w) / 2, y: area.y + (area.h - h) / 2, w, h };
}

/** UTF-8 text as base64, in chunks (a spread of a long array overflows the call stack). */
export function utf8ToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Builds the .pptx file of the slides. `lang` tags every text run so PowerPoint picks East Asian fonts for ja. */
export async function buildDeckPptx(slides: readonly PptxSlide[], lang: Lang, deckTitle: string): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deckTitle;
  const textLang = lang === 'ja' ? 'ja-JP' : 'en-GB';
  for (const s of slides) {
    const slide = pptx.addSlide();
    slide.addText(s.title, { ...TITLE, fontSize: 28, bold: true, lang: textLang, fit: 'shrink', valign: 'top' });
    const caption = s.chart.caption.trim();
    const captionFit = captionLayout(caption, SLIDE_W - 2 * MARGIN);
    const area: InchBox = {
      x: MARGIN,
      y: CHART_TOP,
      w: SLIDE_W - 2 * MARGIN,
      h: BOTTOM - CHART_TOP - (caption ? captionFit.h : 0) - SOURCES_H,
    };
    if (s.chart.svg) {
      const box = fitPicture(s.chart.width, s.chart.height, area);
      slide.addImage({ data: `data:image/svg+xml;base64,${utf8ToBase64(s.chart.svg)}`, ...box, altText: s.title });
    } else {
      slide.addText(s.missing, { ...area, fontSize: 24, lang: textLang, align: 'center' });
    }
    if (caption)
      slide.addText(caption, {
        x: MARGIN,
        y: area.y + area.h,
        w: area.w,
        h: captionFit.h,
        fontSize: captionFit.fontSize,
        valign: 'top',
        lang: textLang,
      });
    slide.addText(s.sources.join('\n'), {
      ...{ x: MARGIN, y: BOTTOM - SOURCES_H, w: area.w, h: SOURCES_H },
      ...{ fontSize: 9, color: '444444', lang: textLang, fit: 'shrink', valign: 'bottom' },
    });
    if (s.notes.trim()) slide.addNotes(s.notes);
  }
  return (await pptx.write({ outputType: 'blob' })) as Blob;
}
