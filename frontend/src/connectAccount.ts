import { ApiError, authorize, fetchCredentials } from './api';
import { watchPopup, type PopupSignal } from './popup';
import type { ProviderOption } from './providers';
import type { Credentials } from './types';

/** Interval between credential requests once the popup reads as closed. */
export const CREDENTIALS_POLL_MS = 2000;

/** Maximum wait after the popup reads as closed, equal to the service's default `integrations.state-ttl`. */
export const WAIT_LIMIT_MS = 10 * 60 * 1000;

/** Outcome of a connection attempt. */
export type ConnectResult =
  | { kind: 'connected'; credentials: Credentials }
  | { kind: 'cancelled'; message: string }
  | { kind: 'failed'; message: string };

export interface ConnectRequest {
  provider: ProviderOption;
  userId: string;
  orgId: string;
  /** A popup opened by `openPopup()` in the same click. */
  popup: Window;
  /** Abandons the attempt: the wait ends with the abort reason and the popup closes. */
  signal: AbortSignal;
  /** Called once when the popup reads as closed and the connection has not finished yet. */
  onWaiting: () => void;
}

/**
 * Runs one connection attempt in a popup the caller has opened. The popup goes to the provider's
 * authorization URL, and the attempt ends when `/credentials` responds with credentials, a denial or
 * a failure. `/credentials` is requested after a callback message and after the popup reads as
 * closed. After a closed reading it is requested every `CREDENTIALS_POLL_MS` too, because a popup cut off by
 * `Cross-Origin-Opener-Policy` reads as closed while the person is still signing in.
 */
export async function connectAccount(request: ConnectRequest): Promise<ConnectResult> {
  const { popup, signal } = request;
  const url = await authorizationUrl(request);
  popup.location.href = url;
  const signals = new SignalQueue();
  const stopWatching = watchPopup(popup, (next) => signals.push(next));
  const closeOnAbort = () => popup.close();
  signal.addEventListener('abort', closeOnAbort);
  try {
    return await waitForOutcome(request, signals);
  } finally {
    stopWatching();
    signal.removeEventListener('abort', closeOnAbort);
  }
}

async function authorizationUrl(request: ConnectRequest): Promise<string> {
  try {
    return await authorize(request.provider.key, request.userId, request.orgId, request.signal);
  } catch (error) {
    request.popup.close();
    throw error;
  }
}

async function waitForOutcome(request: ConnectRequest, signals: SignalQueue): Promise<ConnectResult> {
  const { provider } = request;
  let waiting = false;
  let waited = 0;
  while (true) {
    const next = await signals.next(waiting ? CREDENTIALS_POLL_MS : null, request.signal);
    if (next === null) {
      waited += CREDENTIALS_POLL_MS;
    }
    if (next?.kind === 'message' && !isFor(next, provider)) {
      continue;
    }
    if (next?.kind === 'message' && next.message.outcome === 'invalid') {
      return { kind: 'failed', message: next.message.message };
    }
    const collected = await collect(request);
    if (collected !== null) {
      return collected;
    }
    if (next?.kind === 'message' && next.fromPopup) {
      return {
        kind: 'failed',
        message: `The service has no ${provider.label} connection for this user and organization. Connect again.`,
      };
    }
    if (waited >= WAIT_LIMIT_MS) {
      return {
        kind: 'failed',
        message: `The ${provider.label} window closed before the connection finished. Connect again.`,
      };
    }
    if (!waiting) {
      waiting = true;
      request.onWaiting();
    }
  }
}

/** Requests the credentials once. Null means the connection has not finished yet. */
async function collect(request: ConnectRequest): Promise<ConnectResult | null> {
  try {
    const credentials = await fetchCredentials(request.provider.key, request.userId, request.orgId, request.signal);
    return { kind: 'connected', credentials };
  } catch (error) {
    if (!(error instanceof ApiError)) {
      throw error;
    }
    if (error.code === 'credentials_not_found') {
      return null;
    }
    return error.code === 'access_denied'
      ? { kind: 'cancelled', message: error.detail }
      : { kind: 'failed', message: error.detail };
  }
}

/** A broadcast may come from another tab's attempt, so it must at least name this provider. */
function isFor(signal: Extract<PopupSignal, { kind: 'message' }>, provider: ProviderOption): boolean {
  return signal.fromPopup || signal.message.provider === null || signal.message.provider === provider.label;
}

/** Signals in arrival order; `next` waits for one, for at most `timeoutMs`, and then returns null. */
class SignalQueue {
  private readonly queued: PopupSignal[] = [];
  private wake: (() => void) | null = null;

  push(signal: PopupSignal): void {
    this.queued.push(signal);
    this.wake?.();
  }

  async next(timeoutMs: number | null, abort: AbortSignal): Promise<PopupSignal | null> {
    abort.throwIfAborted();
    if (this.queued.length === 0) {
      await new Promise<void>((resolve, reject) => {
        const timer = timeoutMs === null ? undefined : window.setTimeout(() => done(), timeoutMs);
        const onAbort = () => done(abort.reason);
        const done = (reason?: unknown) => {
          window.clearTimeout(timer);
          abort.removeEventListener('abort', onAbort);
          this.wake = null;
          if (reason === undefined) {
            resolve();
          } else {
            reject(reason);
          }
        };
        this.wake = () => done();
        abort.addEventListener('abort', onAbort);
      });
    }
    return this.queued.shift() ?? null;
  }
}
