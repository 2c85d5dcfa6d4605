// Draws every slide of the deck apart from the page, at a fixed 16:9 stage, and reads back each slide's
// chart as one standalone SVG: what the PowerPoint export puts on its slides.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Lang } from '../../domain/display-options';
import type { Workspace } from '../../domain/workspace';
import type { Slide } from '../../state/present-slice';
import { joinSvgs, serializeSvg, svgSize } from '../../ui/export-image';
import { PAIR_LEGEND_GAP } from './slide-sizes';
import { SlideView, type SlideViewProps } from './SlideView';
import type { DeckPage } from './slide-parts';

/** One slide as drawn for export: its chart as an SVG document and its size in px. */
export interface CapturedSlide {
  readonly id: string;
  /** The standalone SVG document, or undefined when the slide drew no chart (its country is gone). */
  readonly svg?: string;
  readonly width: number;
  readonly height: number;
  /** The sentences the slide shows under its chart (roll-up, fade threshold, same scale). */
  readonly caption: string;
}

/** The stage each slide is drawn on, in CSS px: a 1280 × 720 slide less its heading. */
export const CAPTURE_STAGE = { width: 1280, height: 600 } as const;
/** The gap between the two charts of a side-by-side Sankey slide, as on screen (presenter.css). */
const PAIR_GAP = 16;
// The chart's own title repeats the slide's heading, which the export writes as text: not drawn twice.
const HEADING_COPIES = '[id^="hm-title-"], [id^="sk-title-"], [id^="sm-title-"], [id^="mb-title-"], [id^="df-title-"]';

const nextFrame = () => new Promise<void>((ok) => requestAnimationFrame(() => ok()));

/**
 * Draws the deck's pages (a slide, or one part of a slide that continues; light theme) in a hidden host fixed out of view, waits two frames for each chart to
 * be fitted to its stage, and returns each slide's chart: a side-by-side Sankey as one SVG of both.
 */
export async function captureDeck(
  deck: readonly DeckPage<Slide>[],
  workspace: Workspace,
  titles: readonly string[],
  lang: Lang,
  fallback: SlideViewProps['fallback'],
): Promise<CapturedSlide[]> {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = 'position:fixed;left:-100000px;top:0;visibility:hidden;pointer-events:none;';
  document.body.appendChild(host);
  const root = createRoot(host);
  try {
    flushSync(() =>
      root.render(
        <div lang={lang}>
          {deck.map(({ slide, part }, i) => (
            <div
              key={i}
              className="presenter-stage"
              data-capture={i}
              style={{ width: CAPTURE_STAGE.width, height: CAPTURE_STAGE.height, flex: 'none' }}
            >
              <SlideView
                slide={slide}
                workspace={workspace}
                title={titles[i] ?? ''}
                lang={lang}
                theme="light"
                fallback={fallback}
                part={part}
              />
            </div>
          ))}
        </div>,
      ),
    );
    await nextFrame();
    await nextFrame();
    return deck.map(({ slide }, i) => readSlide(host.querySelector(`[data-capture="${i}"]`), slide.id));
  } finally {
    root.unmount();
    host.remove();
  }
}

/** The chart(s) and caption one stage holds. */
function readSlide(stage: Element | null, id: string): CapturedSlide {
  const svgs = [...(stage?.querySelectorAll<SVGSVGElement>('.slide-chart svg') ?? [])].filter(
    (s) => !s.parentElement?.closest('svg'),
  );
  // A side-by-side Sankey's key of its rows named by id (.slide-row-key) goes with the caption.
  const lines = stage?.querySelectorAll('.slide-row-key, .presenter-caption') ?? [];
  // One paragraph each (the key of the rows, the caption's sentence): run together they read "…parties Link width".
  const caption = [...lines].map((p) => (p.textContent ?? '').trim()).join('\n');
  if (svgs.length === 0) return { id, width: 0, height: 0, caption };
  // A side-by-side Sankey: both charts (each titled with its country) joined, their one legend under them.
  const legend = svgs.find((s) => s.classList.contains('sankey-pair-legend'));
  const charts = svgs.filter((s) => s !== legend);
  const joined = charts.length === 1 ? withoutHeading(charts[0]!) : joinSvgs(charts, PAIR_GAP);
  const chart = legend ? stackSvgs(joined, legend, PAIR_LEGEND_GAP) : joined;
  return { id, svg: serializeSvg(chart), ...svgSize(chart), caption };
}

/** One SVG of `top` with `bottom` under it, `gap` px apart, as wide as the wider. */
function stackSvgs(top: SVGSVGElement, bottom: SVGSVGElement, gap: number): SVGSVGElement {
  const outer = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const [a, b] = [svgSize(top), svgSize(bottom)];
  // The legend is laid out for the stage's width: scaled to the charts' width, as on screen.
  const scale = a.width / b.width;
  const place = (svg: SVGSVGElement, y: number, width: number, height: number) => {
    const inner = svg.cloneNode(true) as SVGSVGElement;
    inner.setAttribute('x', '0');
    inner.setAttribute('y', String(y));
    inner.setAttribute('width', String(width));
    inner.setAttribute('height', String(height));
    inner.removeAttribute('class');
    inner.removeAttribute('style');
    outer.appendChild(inner);
  };
  place(top, 0, a.width, a.height);
  place(bottom, a.height + gap, a.width, b.height * scale);
  outer.setAttribute('viewBox', `0 0 ${a.width} ${a.height + gap + b.height * scale}`);
  return outer;
}

function withoutHeading(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  for (const el of clone.querySelectorAll(HEADING_COPIES)) el.remove();
  return clone;
}
