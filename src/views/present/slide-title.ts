import { findMatrix, type Workspace } from '../../domain/workspace';
import type { presentMessages } from '../../i18n/present-messages';
import type { SlideSpec } from '../../state/present-slice';

type PresentText = (typeof presentMessages)['en'];

/** The heading of a slide in the display language; a country no longer loaded shows its id. */
export function slideTitle(slide: SlideSpec, ws: Workspace, t: PresentText): string {
  const name = (id: string) => findMatrix(ws, id)?.country ?? id;
  switch (slide.kind) {
    case 'heatmap':
      return t.heatmapTitle(name(slide.countryId));
    case 'sankey':
      return t.sankeyTitle(name(slide.countryId));
    case 'compare':
      return t.compareTitle(slide.countryIds.map(name).join(', '));
    case 'metrics':
      return t.metricsTitle(slide.countryIds.map(name).join(', '));
  }
}
