import { findMatrix, type Workspace } from '../../domain/workspace';
import type { presentMessages } from '../../i18n/present-messages';
import type { SlideSpec, SlideText } from '../../state/present-slice';
import { heatmapSlidePerCategory, slideDifference, tooManyRowsForSlide } from './slide-inputs';

type PresentText = (typeof presentMessages)['en'];

/** The heading of a slide: the presenter's own title, else one made in the display language. */
export function slideTitle(slide: SlideSpec & SlideText, ws: Workspace, t: PresentText): string {
  // Saved decks are read back unchecked: only a non-blank string is a title.
  if (typeof slide.title === 'string' && slide.title.trim()) return slide.title;
  return generatedTitle(slide, ws, t);
}

/** The heading made from a slide's kind and countries; a country no longer loaded shows its id. */
export function generatedTitle(slide: SlideSpec, ws: Workspace, t: PresentText): string {
  const name = (id: string) => {
    const m = findMatrix(ws, id);
    return m ? t.countryName(m.id, m.country) : id;
  };
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
      return t.compareTitle(slide.countryIds.map(name).join(t.listSeparator));
    case 'metrics':
      return t.metricsTitle(slide.countryIds.map(name).join(t.listSeparator));
    case 'difference': {
      const d = slideDifference(ws, slide);
      if (!d)
        return t.differenceTitle(
          name(slide.options.diffA ?? slide.countryIds[0] ?? ''),
          name(slide.options.diffB ?? slide.countryIds[1] ?? ''),
        );
      return (d.perCategory ? t.differenceTitlePerCategory : t.differenceTitle)(name(d.a.id), name(d.b.id));
    }
  }
}
