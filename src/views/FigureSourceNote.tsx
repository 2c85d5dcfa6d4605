import './figure-source.css';
import type { FigureInfo } from './use-figure-source';
import { useFigureSource } from './use-figure-source';

/** A figure's caption, sources and app version, printed under it on screen (its exports carry the same lines). */
export function FigureSourceNote({ figure }: { readonly figure: FigureInfo }) {
  const lines = useFigureSource(figure, true);
  return (
    <div className="figure-source-note" data-figure={figure.kind}>
      {lines.map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </div>
  );
}
