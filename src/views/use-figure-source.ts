import { useMemo } from 'react';
import { figureSourceLines } from '../charts/figure-source';
import { APP_VERSION } from '../domain/app-info';
import { appMessages } from '../i18n/app-messages';
import type { RoleMatrix } from '../domain/matrix';
import { figureMessages } from '../i18n/figure-messages';
import { countryDisplayName } from '../i18n/country-names';
import { useAppState } from '../state/store-context';
import type { FigureKind } from '../state/view-slice';

/** What a figure is: its kind (whose caption it carries) and the countries it shows. */
export interface FigureInfo {
  readonly kind: FigureKind;
  readonly countries: readonly RoleMatrix[];
  /**
   * How it was made, in the display language, for its exports (on screen the view states it beside the chart):
   * Compare's rows rolled up per category, say, so that a figure taken out of the app still says so.
   */
  readonly notes?: readonly string[];
}

/**
 * The source lines of a figure in the display language: its caption, how it was made (unless `onScreen`, where
 * the view says it already), each country's source and date, the app.
 */
export function useFigureSource(figure: FigureInfo | undefined, onScreen = false): readonly string[] {
  const lang = useAppState((s) => s.lang);
  const caption = useAppState((s) => (figure ? s.figureCaptions[figure.kind] : undefined));
  return useMemo(() => {
    if (!figure) return [];
    const countries = figure.countries.map((m) => ({
      name: countryDisplayName(lang, m.id, m.country),
      source: m.provenance.source,
      date: m.provenance.date,
    }));
    return figureSourceLines(
      {
        countries,
        app: { name: appMessages[lang].title, version: APP_VERSION },
        caption,
        ...(onScreen ? {} : { notes: figure.notes }),
      },
      figureMessages[lang],
    );
  }, [figure, lang, caption, onScreen]);
}
