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

/**
 * The start (whole ", "-separated parts, at least 40 characters) that every country's source shares — one
 * talk's slides, say — or '' when they differ, or only one country has a source.
 */
export function sharedSourceStart(sources: readonly (string | undefined)[]): string {
  if (sources.length < 2 || sources.some((s) => !s)) return '';
  const split = sources.map((s) => s!.split(', '));
  const shared: string[] = [];
  // Each source keeps at least one part of its own after the shared start.
  const most = Math.min(...split.map((parts) => parts.length - 1));
  for (let i = 0; i < most && split.every((parts) => parts[i] === split[0]![i]); i++) shared.push(split[0]![i]!);
  const start = shared.join(', ');
  return start.length >= 40 ? start : '';
}

/**
 * The source lines of a slide in the display language. With `shareStart` (the presenter's footer), sources
 * that start alike are written with that start once, then each country's own part, so that a comparison's
 * three sources take two lines of the screen, whole, not five.
 */
export function slideSourceLines(slide: SlideSpec, ws: Workspace, lang: Lang, shareStart = false): string[] {
  const matrices = slideCountries(slide, ws);
  const shared = shareStart ? sharedSourceStart(matrices.map((m) => m.provenance.source?.trim())) : '';
  const countries = matrices.map((m) => ({
    name: presentMessages[lang].countryName(m.id, m.country),
    source: shared ? m.provenance.source!.trim().slice(shared.length + 2) : m.provenance.source,
    date: m.provenance.date,
  }));
  const t = figureMessages[lang];
  return figureSourceLines(
    { countries, app: { name: appMessages[lang].title, version: APP_VERSION } },
    shared ? { ...t, sources: (list: string) => t.sources(`${shared} — ${list}`) } : t,
  );
}
