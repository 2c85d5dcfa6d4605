import { chromeMessages } from '../i18n/chrome-messages';
import { useAppState } from '../state/store-context';
import { useMessages } from '../views/use-messages';

/**
 * The two live regions of the public contract: role="status" announces each successful import
 * (and its warnings), role="alert" each rejected file with the lines of its first errors. Each shows on
 * screen with a button that closes it (the Edit view keeps them at the window's foot, over the page): the
 * region keeps its text, hidden, for screen readers and scripts, and the next message shows again.
 */
export function LiveRegions() {
  const status = useAppState((s) => s.status);
  const alert = useAppState((s) => s.alert);
  return (
    <div className="live-regions">
      <Message role="status" text={status} />
      <Message role="alert" text={alert} />
    </div>
  );
}

function Message({ role, text }: { readonly role: 'status' | 'alert'; readonly text: string }) {
  const dismissed = useAppState((s) => s.messagesDismissed);
  const dismiss = useAppState((s) => s.dismissMessages);
  const t = useMessages(chromeMessages);
  const shown = text !== '' && !dismissed;
  return (
    <div className={shown ? `message message-${role} message-closable` : 'message-empty'}>
      <div
        role={role}
        aria-live={role === 'status' ? 'polite' : 'assertive'}
        className={shown ? 'message-text' : dismissed && text !== '' ? 'visually-hidden' : undefined}
      >
        {text}
      </div>
      {shown && (
        <button type="button" className="message-dismiss" aria-label={t.dismissMessage} onClick={dismiss}>
          ×
        </button>
      )}
    </div>
  );
}
