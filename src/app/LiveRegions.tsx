import { useRef } from 'react';
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
  const dismissed = useAppState((s) => s.dismissed[role]);
  const dismiss = useAppState((s) => s.dismissMessage);
  const t = useMessages(chromeMessages);
  // Where the focus was before the button took it: it goes back there when the button goes.
  const before = useRef<Element | null>(null);
  const shown = text !== '' && !dismissed;
  const close = () => {
    const back = before.current;
    dismiss(role);
    const target = back instanceof HTMLElement && back.isConnected ? back : document.querySelector('main');
    if (target instanceof HTMLElement) target.focus();
  };
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
        <button
          type="button"
          className="message-dismiss"
          aria-label={role === 'status' ? t.dismissMessage : t.dismissAlert}
          onFocus={(e) => (before.current = e.relatedTarget)}
          onClick={close}
        >
          ×
        </button>
      )}
    </div>
  );
}
