import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { callbackMessage, postFrom, stubPopup } from './test/support';
import { POPUP_POLL_INTERVAL_MS, useOAuthPopup, type PopupResult } from './useOAuthPopup';

const CONSENT_URL = 'https://airtable.test/oauth2/v1/authorize?state=S';

describe('useOAuthPopup', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  async function start() {
    const hook = renderHook(() => useOAuthPopup());
    let result: Promise<PopupResult> = Promise.resolve({ kind: 'cancelled' });
    await act(async () => {
      result = hook.result.current.open(async () => CONSENT_URL);
    });
    return { hook, result };
  }

  it('opens a 600x600 popup at the URL', async () => {
    const { popup, open } = stubPopup();

    await start();

    expect(open).toHaveBeenCalledTimes(1);
    expect(open.mock.calls[0]![2]).toContain('width=600');
    expect(open.mock.calls[0]![2]).toContain('height=600');
    expect(popup.location.href).toBe(CONSENT_URL);
    expect(vi.getTimerCount()).toBe(1);
  });

  it('message ends the wait, clears the timer', async () => {
    const { popup } = stubPopup();
    const removeListener = vi.spyOn(window, 'removeEventListener');
    const { result } = await start();

    postFrom(popup, callbackMessage('connected', 'Airtable is connected.'));

    await expect(result).resolves.toEqual({
      kind: 'message',
      message: callbackMessage('connected', 'Airtable is connected.'),
    });
    expect(vi.getTimerCount()).toBe(0);
    expect(removeListener).toHaveBeenCalledWith('message', expect.any(Function));
  });

  it('closed popup ends the wait', async () => {
    const { popup } = stubPopup();
    const { result } = await start();

    vi.advanceTimersByTime(POPUP_POLL_INTERVAL_MS);
    expect(vi.getTimerCount()).toBe(1);
    popup.closed = true;
    vi.advanceTimersByTime(POPUP_POLL_INTERVAL_MS);

    await expect(result).resolves.toEqual({ kind: 'closed' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ignores messages from other windows', async () => {
    const { popup } = stubPopup();
    const { result } = await start();
    let settled = false;
    void result.then(() => {
      settled = true;
    });

    postFrom(window, callbackMessage('connected', 'Airtable is connected.'));
    postFrom(popup, { source: 'another-widget', outcome: 'connected', message: 'x' });
    await Promise.resolve();

    expect(settled).toBe(false);
    expect(vi.getTimerCount()).toBe(1);
  });

  it('unmount clears timer and listener', async () => {
    const { popup } = stubPopup();
    const removeListener = vi.spyOn(window, 'removeEventListener');
    const { hook, result } = await start();

    hook.unmount();

    await expect(result).resolves.toEqual({ kind: 'cancelled' });
    expect(vi.getTimerCount()).toBe(0);
    expect(removeListener).toHaveBeenCalledWith('message', expect.any(Function));
    expect(popup.close).toHaveBeenCalledTimes(1);
  });

  it('blocked popup is reported', async () => {
    vi.spyOn(window, 'open').mockReturnValue(null);
    const loadUrl = vi.fn(async () => CONSENT_URL);
    const hook = renderHook(() => useOAuthPopup());

    const result = await hook.result.current.open(loadUrl);

    expect(result).toEqual({ kind: 'blocked' });
    expect(loadUrl).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('failed URL request closes the popup', async () => {
    const { popup } = stubPopup();
    const hook = renderHook(() => useOAuthPopup());

    const outcome = hook.result.current.open(async () => {
      throw new Error('The service responded with 503.');
    });

    await expect(outcome).rejects.toThrow('The service responded with 503.');
    expect(popup.close).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
