import { presentMessages } from '../../i18n/present-messages';
import type { Slide } from '../../state/present-slice';
import { ViewErrorBoundary } from '../ViewErrorBoundary';
import { SlideView, type SlideViewProps } from './SlideView';
import type { DeckPage } from './slide-parts';

export type PageChartProps = { readonly page: DeckPage<Slide> } & Omit<SlideViewProps, 'slide' | 'part' | 'fallback'>;

/**
 * The chart of one page of the deck — a slide, or one part of it — as the presenter view, the presenter's
 * window and the printed deck draw it. A slide that cannot be drawn shows its message and leaves the
 * others, and the keys that step to them, working.
 */
export function PageChart({ page, ...rest }: PageChartProps) {
  return (
    <ViewErrorBoundary part="present" resetKeys={[page.slide.id, page.part?.index]}>
      <SlideView slide={page.slide} part={page.part} fallback={presentMessages[rest.lang]} {...rest} />
    </ViewErrorBoundary>
  );
}
