import { useCallback, useId, type ReactNode } from 'react';
import { recoveryMessages } from '../i18n/recovery-messages';
import { importMessages } from '../i18n/import-messages';
import { exportWorkspaceJson } from '../io/workspace-json';
import type { RecoverablePart } from '../state/recovery-slice';
import { useAppState, useAppStore } from '../state/store-context';
import { downloadText } from '../ui/download';
import { ErrorBoundary, errorText } from '../ui/ErrorBoundary';
import { useMessages } from './use-messages';

export interface ViewErrorBoundaryProps {
  /** Which part this is: names it in the message and says what "Reset this view" resets. */
  readonly part: RecoverablePart;
  /** More values whose change draws the part again (a presenter's slide). */
  readonly resetKeys?: readonly unknown[];
  readonly children: ReactNode;
}

/**
 * A part of the app (a view, the presenter, the deck, the review) that cannot take the rest down:
 * when drawing it throws, it shows what failed, *Export workspace (JSON)* and *Reset this view*,
 * and says so in the role="alert" region. A change of workspace or country draws it again.
 */
export function ViewErrorBoundary({ part, resetKeys = [], children }: ViewErrorBoundaryProps) {
  const store = useAppStore();
  const t = useMessages(recoveryMessages);
  const resets = useAppState((s) => s.resets[part] ?? 0);
  const workspace = useAppState((s) => s.workspace);
  const selectedId = useAppState((s) => s.selectedId);
  const onError = useCallback(
    (error: unknown) => {
      const { status, announce } = store.getState();
      announce(status, t.alert(t[part], errorText(error)));
    },
    [store, t, part],
  );
  return (
    // The key re-mounts the part after a reset, so that none of its own state survives; it names the
    // part, since the tabs draw each view's boundary in the same place (an error must not follow a tab switch).
    <ErrorBoundary
      key={`${part}:${resets}`}
      resetKeys={[workspace, selectedId, ...resetKeys]}
      onError={onError}
      fallback={(error) => <PartFailure part={part} error={error} />}
    >
      {children}
    </ErrorBoundary>
  );
}

/** What a failed part shows instead of itself. Every text is drawn as text. */
function PartFailure({ part, error }: { readonly part: RecoverablePart; readonly error: unknown }) {
  const store = useAppStore();
  const t = useMessages(recoveryMessages);
  const ti = useMessages(importMessages);
  const headingId = useId();
  const onExport = () => {
    const { workspace, versions, announce, status } = store.getState();
    try {
      downloadText(
        'x1060-workspace.json',
        exportWorkspaceJson(workspace.matrices, versions),
        'application/json;charset=utf-8',
      );
      announce(ti.exportedJson(workspace.matrices.length));
    } catch (e) {
      announce(status, t.exportFailed(errorText(e)));
    }
  };
  return (
    <section className="part-failure" aria-labelledby={headingId} data-part={part}>
      <h2 id={headingId}>{t.heading(t[part])}</h2>
      <p>{t.help}</p>
      <p className="part-failure-what">
        <strong>{t.whatFailed}</strong> <code>{errorText(error)}</code>
      </p>
      <div className="part-failure-actions">
        {/* Plain buttons: what shows when a part fails depends on as little as can be (not on react-aria's chunk). */}
        <button type="button" className="btn btn-primary" onClick={onExport}>
          {t.exportJson}
        </button>
        <button type="button" className="btn btn-secondary" onClick={() => store.getState().resetView(part)}>
          {t.reset}
        </button>
      </div>
    </section>
  );
}
