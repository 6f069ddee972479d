import { CALLBACK_MESSAGE_SOURCE, type CallbackMessage, type CallbackOutcome } from './types';

/** How often the page checks whether the popup reads as closed. */
export const POPUP_POLL_INTERVAL_MS = 200;

/** Name of the BroadcastChannel on which the callback page repeats its message. */
export const CALLBACK_CHANNEL = CALLBACK_MESSAGE_SOURCE;

const OUTCOMES: readonly CallbackOutcome[] = ['connected', 'denied', 'failed', 'invalid'];

const POPUP_NAME = 'integrations-oauth';
const POPUP_WIDTH = 600;
const POPUP_HEIGHT = 600;

let openedPopups = 0;

/** Something the page learned about a popup: a callback message, or that the popup reads as closed. */
export type PopupSignal = { kind: 'message'; message: CallbackMessage; fromPopup: boolean } | { kind: 'closed' };

/**
 * Opens an empty popup centred over the page, or returns null when the browser blocked it. Call it
 * synchronously inside the click handler: browsers such as Safari block a popup opened after an
 * `await`, because the click no longer counts as a user gesture by then.
 */
export function openPopup(): Window | null {
  // A fresh name per attempt, so a new attempt never lands in the window of one being closed.
  openedPopups += 1;
  return window.open('', `${POPUP_NAME}-${openedPopups}`, popupFeatures());
}

/**
 * Reports the popup's callback messages and its first reading as closed to `onSignal`, until the
 * returned function is called. Messages come two ways. `postMessage` from this popup is one. The
 * other is the callback page's BroadcastChannel, which still reaches this page when the provider's
 * sign-in page sent `Cross-Origin-Opener-Policy` and cut the popup off. Such a popup also reads as
 * closed while the person is still signing in, so a closed reading is only a hint.
 */
export function watchPopup(popup: Window, onSignal: (signal: PopupSignal) => void): () => void {
  // The origin is not checked because the callback page may be served from another origin than
  // this page (the dev server, or VITE_API_BASE_URL). Matching event.source to this popup is the
  // check, and a message only triggers a /credentials call; it never carries a token.
  const onMessage = (event: MessageEvent) => {
    if (event.source === popup && isCallbackMessage(event.data)) {
      onSignal({ kind: 'message', message: event.data, fromPopup: true });
    }
  };
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CALLBACK_CHANNEL);
  if (channel !== null) {
    channel.onmessage = (event: MessageEvent) => {
      if (isCallbackMessage(event.data)) {
        onSignal({ kind: 'message', message: event.data, fromPopup: false });
      }
    };
  }
  const timer = window.setInterval(() => {
    if (popup.closed) {
      window.clearInterval(timer);
      onSignal({ kind: 'closed' });
    }
  }, POPUP_POLL_INTERVAL_MS);
  window.addEventListener('message', onMessage);
  return () => {
    window.clearInterval(timer);
    window.removeEventListener('message', onMessage);
    channel?.close();
  };
}

/** Returns whether `data` has the shape of the callback page's message. */
export function isCallbackMessage(data: unknown): data is CallbackMessage {
  if (data === null || typeof data !== 'object') {
    return false;
  }
  const message = data as Partial<CallbackMessage>;
  return (
    message.source === CALLBACK_MESSAGE_SOURCE &&
    OUTCOMES.includes(message.outcome as CallbackOutcome) &&
    typeof message.message === 'string'
  );
}

function popupFeatures(): string {
  const left = Math.max(0, Math.round(window.screenX + (window.outerWidth - POPUP_WIDTH) / 2));
  const top = Math.max(0, Math.round(window.screenY + (window.outerHeight - POPUP_HEIGHT) / 2));
  return `popup=yes,width=${POPUP_WIDTH},height=${POPUP_HEIGHT},left=${left},top=${top}`;
}
