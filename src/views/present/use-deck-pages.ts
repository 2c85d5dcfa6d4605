import { useEffect, useMemo, useState } from 'react';
import type { Lang } from '../../domain/display-options';
import type { Workspace } from '../../domain/workspace';
import type { Slide } from '../../state/present-slice';
import type { SlideBox } from '../shared/slide-fit';
import { deckPages, slideParts, type DeckPage } from './slide-parts';

/** The window's size in CSS px, followed as it changes (a projector plugged in, full screen). */
export function useScreenSize(): { readonly width: number; readonly height: number } {
  const read = () => ({ width: window.innerWidth, height: window.innerHeight });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = () => setSize((s) => (s.width === innerWidth && s.height === innerHeight ? s : read()));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}

/** The deck's pages (a slide that continues, once per part) for charts drawn in `box`. */
export function useDeckPages(
  slides: readonly Slide[],
  workspace: Workspace,
  lang: Lang,
  box: SlideBox,
): DeckPage<Slide>[] {
  const { width, height, screenHeight } = box;
  return useMemo(
    () => deckPages(slides, (s) => slideParts(s, workspace, lang, { width, height, screenHeight })),
    [slides, workspace, lang, width, height, screenHeight],
  );
}
