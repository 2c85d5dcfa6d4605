import { useId, type ReactNode } from 'react';
import { chromeMessages } from '../../i18n/chrome-messages';
import { useAppState } from '../../state/store-context';
import { lazyPart } from '../../ui/lazy-part';
import { useMediaQuery } from '../../ui/use-media-query';
import { useMessages } from '../use-messages';

// The sheet (react-aria's modal dialog) is needed on narrow screens only: it comes in a chunk of its own, so
// that the first screen's script carries no react-aria (#18).
const Sheet = lazyPart(() => import('../../ui/Sheet').then((m) => m.Sheet), 'options-toggle', 'Sheet');

/** Wide enough for the view options beside the chart; narrower screens open them in a sheet. */
export const SIDE_PANEL_QUERY = '(min-width: 900px)';

export interface OptionsLayoutProps {
  /** The view's options (its controls group). */
  readonly controls: ReactNode;
  /** Commands for what is drawn, at the end of the bar above the chart (the export menu). */
  readonly actions?: ReactNode;
  /** The chart or table. */
  readonly children: ReactNode;
}

/**
 * A chart first: one slim bar above it (the view-options button, the view's commands) and its options in a
 * side panel on the left that folds away (open or closed is remembered), or on narrow screens in a bottom
 * sheet. In the DOM the panel comes before the chart, so Tab reaches the options, then the chart.
 */
export function OptionsLayout({ controls, actions, children }: OptionsLayoutProps) {
  const t = useMessages(chromeMessages);
  const wide = useMediaQuery(SIDE_PANEL_QUERY);
  const open = useAppState((s) => s.optionsOpen);
  const setOpen = useAppState((s) => s.setOptionsOpen);
  const panelId = `${useId().replace(/:/g, '')}-options`;
  const showPanel = wide && open;
  return (
    <div className={`options-layout${showPanel ? ' options-open' : ''}`}>
      <div className="chart-bar">
        {wide ? (
          // A native button: the toggle is on the first screen, and a plain button is as accessible (#18).
          <button
            type="button"
            className="btn btn-secondary options-toggle"
            aria-expanded={open}
            aria-controls={showPanel ? panelId : undefined}
            onClick={() => setOpen(!open)}
          >
            <span aria-hidden="true">{open ? '◂ ' : '▸ '}</span>
            {t.viewOptions}
          </button>
        ) : (
          <Sheet label={t.viewOptions} closeLabel={t.closeOptions} className="options-toggle">
            {controls}
          </Sheet>
        )}
        {actions}
      </div>
      <div className="options-body">
        {showPanel && (
          <aside id={panelId} className="options-panel" aria-label={t.viewOptions}>
            {controls}
          </aside>
        )}
        <div className="options-chart">{children}</div>
      </div>
    </div>
  );
}
