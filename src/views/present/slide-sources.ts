// A slide's source lines (each country's source and date, the app and version), as under every chart.
import { figureSourceLines } from '../../charts/figure-source';
import { APP_VERSION } from '../../domain/app-info';
import type { Lang } from '../../domain/display-options';
import type { RoleMatrix } from '../../domain/matrix';
import { findMatrix, type Workspace } from '../../domain/workspace';
import { appMessages } from '../../i18n/app-messages';
import { figureMessages } from '../../i18n/figure-messages';
import { presentMessages } from '../../i18n/present-messages';
import type { SlideSpec } from '../../state/present-slice';
import { slideCompareMatrices, slideDifference } from '../shared/slide-inputs';

/** The countries a slide draws, in the order drawn (a country no longer loaded is left out). */
export function slideCountries(slide: SlideSpec, ws: Workspace): RoleMatrix[] {
  if (slide.kind === 'difference') {
    const d = slideDifference(ws, slide);
    return d ? [d.a, d.b] : [];
  }
  if (slide.kind !== 'heatmap' && slide.kind !== 'sankey') return slideCompareMatrices(ws, slide);
  const ids =
    slide.kind === 'sankey' && slide.compareId !== undefined ? [slide.countryId, slide.compareId] : [slide.countryId];
  return ids.map((id) => findMatrix(ws, id)).filter((m): m is RoleMatrix => m !== undefined);
}

/** The source lines of a slide in the display language. */
export function slideSourceLines(slide: SlideSpec, ws: Workspace, lang: Lang): string[] {
  const countries = slideCountries(slide, ws).map((m) => ({
    name: presentMessages[lang].countryName(m.id, m.country),
    source: m.provenance.source,
    date: m.provenance.date,
  }));
  return figureSourceLines(
    { countries, app: { name: appMessages[lang].title, version: APP_VERSION } },
    figureMessages[lang],
  );
}
