import { lazy, Suspense, useState, type ComponentType } from 'react';

let painted: Promise<void> | undefined;

/**
 * Resolves once the page has painted its first frame (or after a second, as in a hidden tab, where frames
 * wait): a chunk fetched on first draw is not to be compiled before the first screen is on it.
 */
export function afterFirstPaint(): Promise<void> {
  painted ??= new Promise((ok) => {
    // Rendered at build time (app/prerender-first-screen.tsx): nothing to paint, every part is drawn.
    if (typeof document === 'undefined') return ok();
    setTimeout(ok, 1000);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(ok, 0));
  });
  return painted;
}

/** A component whose code is in another chunk; `preload` fetches it ahead. */
export type LazyPartComponent<P extends object> = ComponentType<P> & { preload: () => Promise<void> };

/**
 * A component whose code is in another chunk, loaded by `load` the first time it is drawn (after the first
 * paint) or preloaded. Until it arrives an empty, busy placeholder of class `placeholder` holds its place;
 * once loaded, it is drawn at once. A chunk that fails to load throws to the nearest error boundary.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  placeholder: string,
  name: string,
): LazyPartComponent<P> {
  let loaded: ComponentType<P> | undefined;
  // With react-aria's locale provider around it (LocaleScope.tsx: not in the first script).
  const fetch = () =>
    Promise.all([load(), import('./LocaleScope')]).then(([c, { inLocale }]) => {
      loaded = inLocale(c);
      return loaded;
    });
  const Lazy = lazy(() =>
    afterFirstPaint()
      .then(fetch)
      .then((c) => ({ default: c })),
  );
  const Part = (props: P) => {
    // Chosen once per mount, so that the part is never re-mounted when its chunk arrives.
    const [Direct] = useState(() => loaded);
    // In a Suspense boundary either way: the build's prerender drew it in one (its Lazy waited), and the
    // page hydrates it preloaded (app/main.tsx), drawn at once, into the same markup.
    return (
      <Suspense fallback={<div className={`lazy-part ${placeholder}`} aria-busy="true" />}>
        {Direct ? <Direct {...props} /> : <Lazy {...props} />}
      </Suspense>
    );
  };
  Part.displayName = `Lazy(${name})`;
  Part.preload = () => fetch().then(() => undefined);
  return Part;
}
