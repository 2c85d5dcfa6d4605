import type { RefObject } from 'react';
import { heatmapMessages } from '../i18n/heatmap-messages';
import { useAppState } from '../state/store-context';
import { Button } from '../ui/Button';
import { copySvgAsPng, downloadPng, downloadSvg } from '../ui/export-image';
import { useMessages } from './use-messages';

/** Export buttons for a chart: SVG, PNG at 1×, 2×, 4×, and copy as image. Announces the result. */
export function ChartExportBar({ svgRef, fileStem }: { svgRef: RefObject<SVGSVGElement | null>; fileStem: string }) {
  const t = useMessages(heatmapMessages);
  const announce = useAppState((s) => s.announce);
  const stem = fileStem.replace(/[\\/:*?"<>|]+/g, '_');
  const svg = () => svgRef.current;
  return (
    <div className="export-bar" role="group" aria-label={t.exportSvg}>
      <Button
        onPress={() => {
          const el = svg();
          if (!el) return;
          downloadSvg(el, `${stem}.svg`);
          announce(t.exportedFile(`${stem}.svg`));
        }}
      >
        {t.exportSvg}
      </Button>
      {[1, 2, 4].map((scale) => (
        <Button
          key={scale}
          onPress={() => {
            const el = svg();
            if (!el) return;
            void downloadPng(el, `${stem}@${scale}x.png`, scale).then(() => announce(t.exportedFile(`${stem}@${scale}x.png`)));
          }}
        >
          {t.exportPng(scale)}
        </Button>
      ))}
      <Button
        onPress={() => {
          const el = svg();
          if (!el) return;
          copySvgAsPng(el).then(
            () => announce(t.copied),
            () => announce('', t.copyFailed),
          );
        }}
      >
        {t.copyImage}
      </Button>
    </div>
  );
}
