import { findMatrix, type Workspace } from '../../domain/workspace';
import type { presentMessages } from '../../i18n/present-messages';
import type { SlideSpec } from '../../state/present-slice';
import { heatmapSlidePerCategory, slideDifference, tooManyRowsForSlide } from './slide-inputs';

type PresentText = (typeof presentMessages)['en'];

/** The heading of a slide in the display language; a country no longer loaded shows its id. */
export function slideTitle(slide: SlideSpec, ws: Workspace, t: PresentText): string {
  const name = (id: string) => findMatrix(ws, id)?.country ?? id;
  switch (slide.kind) {
    case 'heatmap': {
      const m = findMatrix(ws, slide.countryId);
      return m && heatmapSlidePerCategory(m, slide)
        ? t.heatmapTitlePerCategory(name(slide.countryId))
        : t.heatmapTitle(name(slide.countryId));
    }
    case 'sankey': {
      // A matrix too big for a slide is drawn per category (slideSankeyMatrix): the heading says so.
      const m = findMatrix(ws, slide.countryId);
      const other = slide.compareId !== undefined ? findMatrix(ws, slide.compareId) : undefined;
      const rolled = [m, other].some((x) => x !== undefined && tooManyRowsForSlide(x));
      if (slide.compareId !== undefined)
        return (rolled ? t.sankeyPairTitlePerCategory : t.sankeyPairTitle)(
          name(slide.countryId),
          name(slide.compareId),
        );
      return (rolled ? t.sankeyTitlePerCategory : t.sankeyTitle)(name(slide.countryId));
    }
    case 'compare':
      return t.compareTitle(slide.countryIds.map(name).join(', '));
    case 'metrics':
      return t.metricsTitle(slide.countryIds.map(name).join(', '));
    case 'difference': {
      const d = slideDifference(ws, slide);
      if (!d)
        return t.differenceTitle(
          name(slide.options.diffA ?? slide.countryIds[0] ?? ''),
          name(slide.options.diffB ?? slide.countryIds[1] ?? ''),
        );
      return (d.perCategory ? t.differenceTitlePerCategory : t.differenceTitle)(d.a.country, d.b.country);
    }
  }
}
