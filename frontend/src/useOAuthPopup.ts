import { useCallback, useEffect, useRef } from 'react';

import { CALLBACK_MESSAGE_SOURCE, type CallbackMessage, type CallbackOutcome } from './types';

/** How often the page checks whether the person closed the popup. */
export const POPUP_POLL_INTERVAL_MS = 200;

const OUTCOMES: readonly CallbackOutcome[] = ['connected', 'denied', 'failed', 'invalid'];

const POPUP_NAME = 'integrations-oauth';
const POPUP_WIDTH = 600;
const POPUP_HEIGHT = 600;

/** The end of a popup: a message from its callback page, its closing, a blocked popup, or a cancelled wait. */
export type PopupResult =
  { kind: 'message'; message: CallbackMessage } | { kind: 'closed' } | { kind: 'blocked' } | { kind: 'cancelled' };

/**
 * Runs an OAuth popup. `open(loadUrl)` opens an empty popup at once, while the click still counts
 * as a user gesture for popup blockers. It then navigates the popup to the URL that `loadUrl`
 * returns and waits for the callback page's message or for the popup to close. The wait ends, with
 * its timer and listener removed, on either event, on `cancel()` and when the component unmounts.
 */
export function useOAuthPopup(): {
  open: (loadUrl: () => Promise<string>) => Promise<PopupResult>;
  cancel: () => void;
} {
  const stopRef = useRef<(() => void) | null>(null);

  const cancel = useCallback(() => {
    stopRef.current?.();
  }, []);

  useEffect(() => cancel, [cancel]);

  const open = useCallback(
    async (loadUrl: () => Promise<string>): Promise<PopupResult> => {
      cancel();
      const popup = window.open('', POPUP_NAME, popupFeatures());
      if (popup === null) {
        return { kind: 'blocked' };
      }
      let cancelled = false;
      stopRef.current = () => {
        cancelled = true;
      };
      let url: string;
      try {
        url = await loadUrl();
      } catch (error) {
        stopRef.current = null;
        popup.close();
        throw error;
      }
      if (cancelled) {
        popup.close();
        return { kind: 'cancelled' };
      }
      popup.location.href = url;
      return waitForPopup(popup, stopRef);
    },
    [cancel],
  );

  return { open, cancel };
}

function waitForPopup(popup: Window, stopRef: { current: (() => void) | null }): Promise<PopupResult> {
  return new Promise((resolve) => {
    // The origin is not checked because the callback page may be served from another origin than
    // this page (the dev server, or VITE_API_BASE_URL). Matching event.source to this popup is the
    // check, and the message only triggers a /credentials call, never carries a token.
    const onMessage = (event: MessageEvent) => {
      if (event.source === popup && isCallbackMessage(event.data)) {
        finish({ kind: 'message', message: event.data });
      }
    };
    const timer = window.setInterval(() => {
      if (popup.closed) {
        finish({ kind: 'closed' });
      }
    }, POPUP_POLL_INTERVAL_MS);
    const finish = (result: PopupResult) => {
      window.clearInterval(timer);
      window.removeEventListener('message', onMessage);
      stopRef.current = null;
      resolve(result);
    };
    window.addEventListener('message', onMessage);
    // An abandoned popup would still finish a connection, and no page would collect its credentials.
    stopRef.current = () => {
      finish({ kind: 'cancelled' });
      popup.close();
    };
  });
}

function isCallbackMessage(data: unknown): data is CallbackMessage {
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

/** Centres the popup over the current window. */
function popupFeatures(): string {
  const left = Math.max(0, Math.round(window.screenX + (window.outerWidth - POPUP_WIDTH) / 2));
  const top = Math.max(0, Math.round(window.screenY + (window.outerHeight - POPUP_HEIGHT) / 2));
  return `popup=yes,width=${POPUP_WIDTH},height=${POPUP_HEIGHT},left=${left},top=${top}`;
}
