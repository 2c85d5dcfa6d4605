import { useMemo } from 'react';
import { Heatmap } from '../../charts/heatmap/Heatmap';
import { HEATMAP_TEXT_EN, HEATMAP_TEXT_JA } from '../../charts/heatmap/heatmap-text';
import { PALETTES } from '../../charts/color-scales';
import { matrixToSankeyInput } from '../../charts/sankey/matrix-sankey';
import { Sankey } from '../../charts/sankey/Sankey';
import type { Lang } from '../../domain/display-options';
import type { RoleMatrix } from '../../domain/matrix';
import { findMatrix, type Workspace } from '../../domain/workspace';
import { sankeyMessages } from '../../i18n/sankey-messages';
import type { HeatmapSlideSpec, SankeySlideSpec, SlideSpec } from '../../state/present-slice';
import { slideHeatmapInput, slideSankeyOptions } from './slide-inputs';

export interface SlideViewProps {
  /** The slide to draw. */
  readonly slide: SlideSpec;
  /** Where the slide's countries are looked up. */
  readonly workspace: Workspace;
  /** The slide's heading, also the chart's accessible name. */
  readonly title: string;
  readonly lang: Lang;
  readonly theme: 'light' | 'dark';
  /** Shown instead of the chart when a country is gone or the kind cannot be drawn yet. */
  readonly fallback: { readonly missingCountry: string; readonly notDrawable: string };
}

/**
 * One slide's chart, drawn by the same chart components as the views. Comparison and metrics slides
 * are stored but not drawn yet: their charts' inputs are built inside src/views/compare, which a view
 * may not import; once that model moves to src/charts/compare, add a case here.
 */
export function SlideView({ slide, workspace, title, lang, theme, fallback }: SlideViewProps) {
  if (slide.kind !== 'heatmap' && slide.kind !== 'sankey') return <p className="presenter-note">{fallback.notDrawable}</p>;
  const matrix = findMatrix(workspace, slide.countryId);
  if (!matrix) return <p className="presenter-note">{fallback.missingCountry}</p>;
  if (slide.kind === 'heatmap') return <HeatmapSlide matrix={matrix} slide={slide} title={title} lang={lang} theme={theme} />;
  return <SankeySlide matrix={matrix} slide={slide} title={title} lang={lang} theme={theme} />;
}

interface ChartSlideProps<S> {
  readonly matrix: RoleMatrix;
  readonly slide: S;
  readonly title: string;
  readonly lang: Lang;
  readonly theme: 'light' | 'dark';
}

// Larger type relative to the cells: the chart is then scaled to the screen, so the labels end up big.
const HEATMAP_SIZE = { fontSize: 21, cellWidth: 96, cellHeight: 40, maxRowLabelWidth: 360 };

function HeatmapSlide({ matrix, slide, title, lang, theme }: ChartSlideProps<HeatmapSlideSpec>) {
  const input = useMemo(() => slideHeatmapInput(matrix, slide, lang, theme), [matrix, slide, lang, theme]);
  const text = useMemo(() => ({ ...(lang === 'ja' ? HEATMAP_TEXT_JA : HEATMAP_TEXT_EN), paletteName: lang === 'ja' ? PALETTES.projector.nameJa : PALETTES.projector.nameEn }), [lang]);
  return <Heatmap data={input} title={title} text={text} options={HEATMAP_SIZE} />;
}

const SANKEY_SIZE = { width: 1500, fontSize: 21, plotHeight: 560 };

function SankeySlide({ matrix, slide, title, lang, theme }: ChartSlideProps<SankeySlideSpec>) {
  const input = useMemo(() => matrixToSankeyInput(matrix, lang), [matrix, lang]);
  const options = useMemo(() => slideSankeyOptions(slide), [slide]);
  return <Sankey input={input} options={options} title={title} size={SANKEY_SIZE} text={sankeyMessages[lang]} theme={theme} />;
}
