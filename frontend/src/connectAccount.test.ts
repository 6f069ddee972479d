import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { connectAccount, CREDENTIALS_POLL_MS, WAIT_LIMIT_MS, type ConnectResult } from './connectAccount';
import { POPUP_POLL_INTERVAL_MS } from './popup';
import type { ProviderOption } from './providers';
import {
  broadcast,
  callbackMessage,
  flush,
  json,
  postFrom,
  problem,
  stubFetch,
  stubPopup,
  type FakePopup,
  type SentRequest,
} from './test/support';

const NOTION: ProviderOption = { key: 'notion', label: 'Notion', status: 'sandbox', accent: '#000', description: '' };
const CONSENT_URL = 'https://notion.test/v1/oauth/authorize?state=S';
const CREDENTIALS = '/integrations/notion/credentials';

interface Attempt {
  result: Promise<ConnectResult>;
  popup: FakePopup;
  sent: SentRequest[];
  onWaiting: ReturnType<typeof vi.fn>;
  abort: AbortController;
}

const started: AbortController[] = [];

function start(credentialReplies: Response[]): Attempt {
  const { popup } = stubPopup();
  const sent = stubFetch({ '/integrations/notion/authorize': [json(CONSENT_URL)], [CREDENTIALS]: credentialReplies });
  const onWaiting = vi.fn();
  const abort = new AbortController();
  started.push(abort);
  const window = popup as unknown as Window;
  const result = connectAccount({
    provider: NOTION,
    userId: 'U1',
    orgId: 'O1',
    popup: window,
    signal: abort.signal,
    onWaiting,
  });
  result.catch(() => undefined);
  return { result, popup, sent, onWaiting, abort };
}

function paths(sent: SentRequest[]) {
  return sent.map((request) => request.url);
}

async function closePopup(attempt: Attempt) {
  attempt.popup.closed = true;
  await vi.advanceTimersByTimeAsync(POPUP_POLL_INTERVAL_MS);
  await flush();
}

describe('connectAccount', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
  });

  afterEach(() => {
    started.splice(0).forEach((abort) => abort.abort());
    vi.useRealTimers();
  });

  it('sends the popup to the authorization URL', async () => {
    const attempt = start([]);
    await flush();

    expect(attempt.popup.location.href).toBe(CONSENT_URL);
    expect(attempt.sent[0]!.fields).toEqual({ user_id: 'U1', org_id: 'O1' });
  });

  it('popup message collects credentials once', async () => {
    const attempt = start([json({ access_token: 'N1' })]);
    await flush();

    postFrom(attempt.popup, callbackMessage('connected', 'Notion is connected.', 'Notion'));

    await expect(attempt.result).resolves.toEqual({ kind: 'connected', credentials: { access_token: 'N1' } });
    expect(paths(attempt.sent)).toEqual(['/integrations/notion/authorize', CREDENTIALS]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('denial becomes cancelled with the detail', async () => {
    const attempt = start([problem(403, 'access_denied', 'You did not grant access to Notion.')]);
    await flush();

    postFrom(attempt.popup, callbackMessage('denied', 'Access was not granted.', 'Notion'));

    await expect(attempt.result).resolves.toEqual({
      kind: 'cancelled',
      message: 'You did not grant access to Notion.',
    });
  });

  it('failed exchange reports the detail', async () => {
    const attempt = start([problem(502, 'token_exchange_failed', 'Notion refused the code.')]);
    await flush();

    postFrom(attempt.popup, callbackMessage('failed', 'The connection failed.', 'Notion'));

    await expect(attempt.result).resolves.toEqual({ kind: 'failed', message: 'Notion refused the code.' });
  });

  it('invalid callback skips credentials', async () => {
    const attempt = start([]);
    await flush();

    postFrom(attempt.popup, callbackMessage('invalid', 'This sign-in link has expired.', null as unknown as string));

    await expect(attempt.result).resolves.toEqual({ kind: 'failed', message: 'This sign-in link has expired.' });
    expect(paths(attempt.sent)).toEqual(['/integrations/notion/authorize']);
  });

  it('messages from other windows are ignored', async () => {
    const attempt = start([json({ access_token: 'N1' })]);
    await flush();

    postFrom({}, callbackMessage('connected', 'Notion is connected.', 'Notion'));
    await flush();

    expect(paths(attempt.sent)).toEqual(['/integrations/notion/authorize']);
  });

  it('closed popup is a hint, then waits', async () => {
    const attempt = start([problem(404, 'credentials_not_found', 'None yet.'), json({ access_token: 'N1' })]);
    await flush();

    await closePopup(attempt);
    expect(attempt.onWaiting).toHaveBeenCalledTimes(1);
    broadcast(callbackMessage('connected', 'Notion is connected.', 'Notion'));

    await expect(attempt.result).resolves.toEqual({ kind: 'connected', credentials: { access_token: 'N1' } });
    expect(paths(attempt.sent)).toEqual(['/integrations/notion/authorize', CREDENTIALS, CREDENTIALS]);
  });

  it('broadcast for another provider is ignored', async () => {
    const attempt = start([problem(404, 'credentials_not_found', 'None yet.')]);
    await flush();
    await closePopup(attempt);

    broadcast(callbackMessage('connected', 'Airtable is connected.', 'Airtable'));
    await flush();

    expect(paths(attempt.sent)).toEqual(['/integrations/notion/authorize', CREDENTIALS]);
  });

  it('waiting asks for credentials periodically', async () => {
    const notYet = problem(404, 'credentials_not_found', 'None yet.');
    const attempt = start([notYet, notYet.clone(), json({ access_token: 'N1' })]);
    await flush();
    await closePopup(attempt);

    await vi.advanceTimersByTimeAsync(CREDENTIALS_POLL_MS);
    await flush();
    await vi.advanceTimersByTimeAsync(CREDENTIALS_POLL_MS);

    await expect(attempt.result).resolves.toEqual({ kind: 'connected', credentials: { access_token: 'N1' } });
    expect(paths(attempt.sent).filter((path) => path === CREDENTIALS)).toHaveLength(3);
  });

  it('waiting gives up after the limit', async () => {
    const polls = WAIT_LIMIT_MS / CREDENTIALS_POLL_MS + 1;
    const attempt = start(Array.from({ length: polls }, () => problem(404, 'credentials_not_found', 'None yet.')));
    await flush();
    await closePopup(attempt);

    for (let poll = 1; poll < polls; poll += 1) {
      await vi.advanceTimersByTimeAsync(CREDENTIALS_POLL_MS);
      await flush();
    }

    await expect(attempt.result).resolves.toEqual({
      kind: 'failed',
      message: 'The Notion window closed before the connection finished. Connect again.',
    });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('authorize failure closes the popup', async () => {
    const { popup } = stubPopup();
    stubFetch({ '/integrations/notion/authorize': [problem(400, 'invalid_request', 'user_id is too long.')] });
    const window = popup as unknown as Window;

    const result = connectAccount({
      provider: NOTION,
      userId: 'U1',
      orgId: 'O1',
      popup: window,
      signal: new AbortController().signal,
      onWaiting: vi.fn(),
    });

    await expect(result).rejects.toThrow('user_id is too long.');
    expect(popup.close).toHaveBeenCalledTimes(1);
    expect(popup.location.href).toBe('');
  });

  it('abort closes the popup and stops', async () => {
    const attempt = start([]);
    await flush();

    attempt.abort.abort();

    await expect(attempt.result).rejects.toThrow();
    expect(attempt.popup.close).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
