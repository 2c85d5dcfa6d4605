import { useAppState } from '../state/store-context';

/**
 * The two live regions of the public contract: role="status" announces each successful import
 * (and its warnings), role="alert" each rejected file with the lines of its first errors.
 */
export function LiveRegions() {
  const status = useAppState((s) => s.status);
  const alert = useAppState((s) => s.alert);
  return (
    <div className="live-regions">
      <div role="status" aria-live="polite" className={status ? 'message message-status' : 'message-empty'}>
        {status}
      </div>
      <div role="alert" aria-live="assertive" className={alert ? 'message message-alert' : 'message-empty'}>
        {alert}
      </div>
    </div>
  );
}
