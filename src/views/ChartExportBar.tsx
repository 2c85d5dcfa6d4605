import type { ReactElement, RefObject } from 'react';
import { chromeMessages } from '../i18n/chrome-messages';
import { heatmapMessages } from '../i18n/heatmap-messages';
import { useAppState } from '../state/store-context';
import { withDetachedSvg } from '../ui/detached-svg';
import { copySvgAsPng, downloadPng, downloadSvg } from '../ui/export-image';
import { MenuButton, type MenuAction } from '../ui/MenuButton';
import { useMessages } from './use-messages';

export interface ChartExportBarProps {
  /** The chart on screen. */
  readonly svgRef: RefObject<SVGSVGElement | null>;
  /** The file name without extension. */
  readonly fileStem: string;
  /** The whole chart, for a chart drawn windowed on screen: exports render it apart. */
  readonly wholeChart?: () => ReactElement;
}

const SCALES = [1, 2, 4] as const;

/**
 * A chart's one export menu: SVG, PNG at 1×, 2×, 4×, and copy as image (each a `menuitem` named as the
 * buttons it replaces were: "Export SVG", "PNG 2×" …). Announces the result.
 */
export function ChartExportBar({ svgRef, fileStem, wholeChart }: ChartExportBarProps) {
  const t = useMessages(heatmapMessages);
  const tc = useMessages(chromeMessages);
  const announce = useAppState((s) => s.announce);
  const stem = fileStem.replace(/[\\/:*?"<>|]+/g, '_');
  // Runs an export on the chart (drawn whole apart when it is windowed on screen); a failure is announced.
  const withSvg = (file: string, action: (el: SVGSVGElement) => unknown) => {
    const run = async () => {
      if (wholeChart) return withDetachedSvg(wholeChart(), action);
      const el = svgRef.current;
      if (el) await action(el);
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
  return <MenuButton label={tc.exportChart} items={[svg, ...pngs, copy]} className="chart-export" />;
}
