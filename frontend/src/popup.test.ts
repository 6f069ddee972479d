import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { isCallbackMessage, openPopup, POPUP_POLL_INTERVAL_MS, watchPopup, type PopupSignal } from './popup';
import { broadcast, callbackMessage, flush, postFrom, stubPopup } from './test/support';

describe('popup', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens a 600x600 popup, fresh each time', () => {
    const { open } = stubPopup();

    openPopup();
    openPopup();

    expect(open.mock.calls[0]![0]).toBe('');
    expect(open.mock.calls[0]![2]).toContain('width=600');
    expect(open.mock.calls[0]![2]).toContain('height=600');
    expect(open.mock.calls[1]![1]).not.toBe(open.mock.calls[0]![1]);
  });

  it('reports messages from both routes', async () => {
    const { popup } = stubPopup();
    const signals: PopupSignal[] = [];
    const stop = watchPopup(popup as unknown as Window, (signal) => signals.push(signal));

    postFrom(popup, callbackMessage('connected', 'Connected.'));
    broadcast(callbackMessage('denied', 'Cancelled.'));
    await flush();
    stop();

    expect(signals).toEqual([
      { kind: 'message', message: callbackMessage('connected', 'Connected.'), fromPopup: true },
      { kind: 'message', message: callbackMessage('denied', 'Cancelled.'), fromPopup: false },
    ]);
  });

  it('reports closed once, then stops polling', () => {
    const { popup } = stubPopup();
    const signals: PopupSignal[] = [];
    const stop = watchPopup(popup as unknown as Window, (signal) => signals.push(signal));

    vi.advanceTimersByTime(POPUP_POLL_INTERVAL_MS);
    popup.closed = true;
    vi.advanceTimersByTime(POPUP_POLL_INTERVAL_MS * 3);

    expect(signals).toEqual([{ kind: 'closed' }]);
    expect(vi.getTimerCount()).toBe(0);
    stop();
  });

  it('stop removes every listener', async () => {
    const { popup } = stubPopup();
    const signals: PopupSignal[] = [];
    const stop = watchPopup(popup as unknown as Window, (signal) => signals.push(signal));

    stop();
    postFrom(popup, callbackMessage('connected', 'Connected.'));
    broadcast(callbackMessage('connected', 'Connected.'));
    await flush();

    expect(signals).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('accepts only the callback message shape', () => {
    expect(isCallbackMessage(callbackMessage('connected', 'Connected.'))).toBe(true);
    expect(isCallbackMessage({ ...callbackMessage('connected', 'Connected.'), source: 'other' })).toBe(false);
    expect(isCallbackMessage({ ...callbackMessage('connected', 'Connected.'), outcome: 'maybe' })).toBe(false);
    expect(isCallbackMessage('connected')).toBe(false);
  });
});
