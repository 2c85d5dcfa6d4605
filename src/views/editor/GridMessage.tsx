import { useState } from 'react';
import { useAppState } from '../../state/store-context';

/**
 * What the live regions say, shown again beside the grid: a refused paste, a fill, a clear, an
 * undo, the storage warning. The live regions at the top of the page announce them (the public
 * contract); this copy is for the eyes (aria-hidden, or they would be read twice) and keeps to the
 * foot of the window while the grid is worked in. Only what was said since the editor opened.
 */
export function GridMessage() {
  const status = useAppState((s) => s.status);
  const alert = useAppState((s) => s.alert);
  const [atOpen] = useState(() => ({ status, alert }));
  const showAlert = alert !== '' && alert !== atOpen.alert;
  const showStatus = !showAlert && status !== '' && status !== atOpen.status;
  if (!showAlert && !showStatus) return null;
  return (
    <p
      className={`grid-message message ${showAlert ? 'message-alert' : 'message-status'}`}
      aria-hidden="true"
      data-testid="grid-message"
    >
      {showAlert ? alert : status}
    </p>
  );
}
