import { useId, type ReactElement, type RefObject } from 'react';
import { layoutSourceFooter } from '../charts/figure-source';
import { chromeMessages } from '../i18n/chrome-messages';
import { figureMessages } from '../i18n/figure-messages';
import { heatmapMessages } from '../i18n/heatmap-messages';
import { useAppState } from '../state/store-context';
import type { FigureKind } from '../state/view-slice';
import { withDetachedSvg } from '../ui/detached-svg';
import { copySvgAsPng, downloadPng, downloadSvg, svgSize, withFooter } from '../ui/export-image';
import { MenuButton, type MenuAction } from '../ui/MenuButton';
import { useFigureSource, type FigureInfo } from './use-figure-source';
import { useMessages } from './use-messages';

export interface ChartExportBarProps {
  /** The chart on screen. */
  readonly svgRef: RefObject<SVGSVGElement | null>;
  /** The file name without extension. */
  readonly fileStem: string;
  /** The whole chart, for a chart drawn windowed on screen: exports render it apart. */
  readonly wholeChart?: () => ReactElement;
  /** What the chart shows: its exports carry its caption, sources and the app's version under it. */
  readonly figure?: FigureInfo;
}

const SCALES = [1, 2, 4] as const;

/**
 * A chart's one export menu: SVG, PNG at 1×, 2×, 4×, and copy as image (each a `menuitem` named as the
 * buttons it replaces were: "Export SVG", "PNG 2×" …), and the caption field. Announces the result.
 */
export function ChartExportBar({ svgRef, fileStem, wholeChart, figure }: ChartExportBarProps) {
  const t = useMessages(heatmapMessages);
  const tc = useMessages(chromeMessages);
  const announce = useAppState((s) => s.announce);
  const lines = useFigureSource(figure);
  const stem = fileStem.replace(/[\\/:*?"<>|]+/g, '_');
  // The chart with its source lines under it: what every export writes.
  const sourced = (el: SVGSVGElement) => {
    if (lines.length === 0) return el;
    const { width, height } = svgSize(el);
    return withFooter(el, layoutSourceFooter(lines, width, height));
  };
  // Runs an export on the chart (drawn whole apart when it is windowed on screen); a failure is announced.
  const withSvg = (file: string, action: (el: SVGSVGElement) => unknown) => {
    const run = async () => {
      if (wholeChart) return withDetachedSvg(wholeChart(), (el) => action(sourced(el)));
      const el = svgRef.current;
      if (el) await action(sourced(el));
    };
    run().catch(() => announce('', t.exportFailed(file)));
  };
  const svg: MenuAction = {
    id: 'svg',
    label: t.exportSvg,
    onAction: () =>
      withSvg(`${stem}.svg`, (el) => {
        downloadSvg(el, `${stem}.svg`);
        announce(t.exportedFile(`${stem}.svg`));
      }),
  };
  const pngs = SCALES.map((scale): MenuAction => ({
    id: `png${scale}`,
    label: t.exportPng(scale),
    onAction: () =>
      withSvg(`${stem}@${scale}x.png`, (el) =>
        downloadPng(el, `${stem}@${scale}x.png`, scale).then(() => announce(t.exportedFile(`${stem}@${scale}x.png`))),
      ),
  }));
  const copy: MenuAction = {
    id: 'copy',
    label: t.copyImage,
    onAction: () =>
      withSvg(t.copyImage, (el) =>
        copySvgAsPng(el).then(
          () => announce(t.copied),
          () => announce('', t.copyFailed),
        ),
      ),
  };
  return (
    <>
      <MenuButton label={tc.exportChart} items={[svg, ...pngs, copy]} className="chart-export" />
      {figure && <FigureCaptionField kind={figure.kind} />}
    </>
  );
}

/** The caption the user types for a chart: shown under it and written into its exports. */
function FigureCaptionField({ kind }: { readonly kind: FigureKind }) {
  const t = useMessages(figureMessages);
  const caption = useAppState((s) => s.figureCaptions[kind] ?? '');
  const setCaption = useAppState((s) => s.setFigureCaption);
  const id = useId();
  // The hint is outside the label: it describes the field, it is not part of its name.
  return (
    <div className="figure-caption-field">
      <label htmlFor={id}>{t.captionLabel}</label>
      <input
        id={id}
        type="text"
        value={caption}
        maxLength={300}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setCaption(kind, e.currentTarget.value)}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        {t.captionHint}
      </span>
    </div>
  );
}
