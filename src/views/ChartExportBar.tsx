import type { ReactElement, RefObject } from 'react';
import { heatmapMessages } from '../i18n/heatmap-messages';
import { useAppState } from '../state/store-context';
import { Button } from '../ui/Button';
import { withDetachedSvg } from '../ui/detached-svg';
import { copySvgAsPng, downloadPng, downloadSvg } from '../ui/export-image';
import { useMessages } from './use-messages';

export interface ChartExportBarProps {
  /** The chart on screen. */
  readonly svgRef: RefObject<SVGSVGElement | null>;
  /** The file name without extension. */
  readonly fileStem: string;
  /** The whole chart, for a chart drawn windowed on screen: exports render it apart. */
  readonly wholeChart?: () => ReactElement;
}

/** Export buttons for a chart: SVG, PNG at 1×, 2×, 4×, and copy as image. Announces the result. */
export function ChartExportBar({ svgRef, fileStem, wholeChart }: ChartExportBarProps) {
  const t = useMessages(heatmapMessages);
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
  return (
    <div className="export-bar" role="group" aria-label={t.exportSvg}>
      <Button
        onPress={() =>
          withSvg(`${stem}.svg`, (el) => {
            downloadSvg(el, `${stem}.svg`);
            announce(t.exportedFile(`${stem}.svg`));
          })
        }
      >
        {t.exportSvg}
      </Button>
      {[1, 2, 4].map((scale) => (
        <Button
          key={scale}
          onPress={() =>
            withSvg(`${stem}@${scale}x.png`, (el) =>
              downloadPng(el, `${stem}@${scale}x.png`, scale).then(() =>
                announce(t.exportedFile(`${stem}@${scale}x.png`)),
              ),
            )
          }
        >
          {t.exportPng(scale)}
        </Button>
      ))}
      <Button
        onPress={() =>
          withSvg(t.copyImage, (el) =>
            copySvgAsPng(el).then(
              () => announce(t.copied),
              () => announce('', t.copyFailed),
            ),
          )
        }
      >
        {t.copyImage}
      </Button>
    </div>
  );
}
