import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import App from './App';
import { POPUP_POLL_INTERVAL_MS } from './popup';
import {
  broadcast,
  callbackMessage,
  json,
  postFrom,
  problem,
  SANDBOX_INTEGRATIONS,
  stubFetch,
  stubPopup,
  type SentRequest,
} from './test/support';

const AIRTABLE_URL = 'https://airtable.test/oauth2/v1/authorize?state=S1';

async function chooseProvider(user: UserEvent, label: string) {
  await user.click(screen.getByTestId('integration-select'));
  await user.click(await screen.findByRole('option', { name: new RegExp(`^${label}`) }));
}

function connectButton() {
  return screen.getByTestId('connect-button') as HTMLButtonElement;
}

function paths(sent: SentRequest[]) {
  return sent.map((request) => request.url);
}

async function startAirtable(user: UserEvent, credentials: Response[]) {
  const { popup } = stubPopup();
  const sent = stubFetch({
    '/integrations/airtable/authorize': [json(AIRTABLE_URL)],
    '/integrations/airtable/credentials': credentials,
  });
  await chooseProvider(user, 'Airtable');
  await user.click(connectButton());
  await waitFor(() => expect(popup.location.href).toBe(AIRTABLE_URL));
  return { popup, sent };
}

async function renderApp(integrations: unknown = SANDBOX_INTEGRATIONS) {
  stubFetch({ '/integrations': [json(integrations)] });
  render(<App />);
  await screen.findByTestId('integration-select');
}

describe('App', () => {
  let user: UserEvent;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    user = userEvent.setup({ delay: null });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('lists the providers the service reports', async () => {
    await renderApp([...SANDBOX_INTEGRATIONS, { name: 'linear', display_name: 'Linear', status: 'unconfigured' }]);

    await user.click(screen.getByTestId('integration-select'));

    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'AirtableSandbox',
      'HubSpotSandbox',
      'NotionSandbox',
      'LinearNot configured',
    ]);
    expect((screen.getByTestId('user-input') as HTMLInputElement).value).toBe('TestUser');
    expect((screen.getByTestId('org-input') as HTMLInputElement).value).toBe('TestOrg');
  });

  it('a failed list can be retried', async () => {
    stubFetch({
      '/integrations': [problem(503, 'unavailable', 'The service is starting.'), json(SANDBOX_INTEGRATIONS)],
    });
    render(<App />);

    expect((await screen.findByTestId('integrations-error')).textContent).toContain('The service is starting.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByTestId('integration-select')).toBeTruthy();
  });

  it('unconfigured provider cannot connect', async () => {
    await renderApp([{ name: 'airtable', display_name: 'Airtable', status: 'unconfigured' }]);

    await chooseProvider(user, 'Airtable');

    expect(connectButton().disabled).toBe(true);
    expect(screen.getByTestId('unconfigured-alert').textContent).toContain('integrations.providers.airtable.client-id');
  });

  it('connect posts the fields, then shows Connected', async () => {
    await renderApp();
    await user.clear(screen.getByTestId('user-input'));
    await user.type(screen.getByTestId('user-input'), 'U-42');
    const { popup, sent } = await startAirtable(user, [json({ access_token: 'A1', refresh_token: 'R1' })]);

    act(() => postFrom(popup, callbackMessage('connected', 'Airtable is connected.')));

    await screen.findByText('Airtable Connected');
    expect(paths(sent)).toEqual(['/integrations/airtable/authorize', '/integrations/airtable/credentials']);
    expect(sent[0]!.fields).toEqual({ user_id: 'U-42', org_id: 'TestOrg' });
    expect(sent[1]!.fields).toEqual({ user_id: 'U-42', org_id: 'TestOrg' });
    expect(connectButton().disabled).toBe(true);
    expect(screen.getByTestId('connect-status').textContent).toBe('Connected');
    expect(screen.getByTestId('sandbox-banner')).toBeTruthy();
    expect(vi.getTimerCount()).toBe(0);
    expect(document.body.textContent).not.toContain('A1');
  });

  it('denial shows Cancelled with the detail', async () => {
    await renderApp();
    const { popup } = await startAirtable(user, [
      problem(403, 'access_denied', 'You did not grant access to Airtable.'),
    ]);

    act(() => postFrom(popup, callbackMessage('denied', 'Access was not granted.')));

    const notice = await screen.findByTestId('connect-notice');
    expect(notice.textContent).toContain('Cancelled');
    expect(notice.textContent).toContain('You did not grant access to Airtable.');
    expect(connectButton().textContent).toBe('Connect to Airtable');
    expect(screen.queryByTestId('load-button')).toBeNull();
  });

  it('closed popup waits for the broadcast', async () => {
    await renderApp();
    const { popup } = await startAirtable(user, [
      problem(404, 'credentials_not_found', 'Nothing yet.'),
      json({ access_token: 'A1' }),
    ]);

    popup.closed = true;
    act(() => vi.advanceTimersByTime(POPUP_POLL_INTERVAL_MS));
    expect((await screen.findByTestId('connect-notice')).textContent).toContain('Waiting for Airtable');
    expect(connectButton().disabled).toBe(false);
    act(() => broadcast(callbackMessage('connected', 'Airtable is connected.')));

    await screen.findByText('Airtable Connected');
    expect(screen.queryByTestId('connect-notice')).toBeNull();
  });

  it('authorize failure closes the popup', async () => {
    await renderApp();
    const { popup } = stubPopup();
    stubFetch({ '/integrations/hubspot/authorize': [problem(400, 'invalid_request', 'user_id is too long.')] });
    await chooseProvider(user, 'HubSpot');

    await user.click(connectButton());

    expect((await screen.findByTestId('error-alert')).textContent).toContain('user_id is too long.');
    expect(popup.close).toHaveBeenCalledTimes(1);
    expect(connectButton().textContent).toBe('Connect to HubSpot');
  });

  it('blocked popup is explained', async () => {
    await renderApp();
    vi.spyOn(window, 'open').mockReturnValue(null);
    const sent = stubFetch({});
    await chooseProvider(user, 'Airtable');

    await user.click(connectButton());

    expect((await screen.findByTestId('error-alert')).textContent).toContain(
      'The browser blocked the Airtable sign-in popup',
    );
    expect(sent).toHaveLength(0);
  });

  it('a second click starts a fresh attempt', async () => {
    await renderApp();
    const { popup: first, sent } = await startAirtable(user, [json({ access_token: 'A2' })]);
    const { popup: second } = stubPopup();
    const again = stubFetch({
      '/integrations/airtable/authorize': [json(AIRTABLE_URL + '2')],
      '/integrations/airtable/credentials': [json({ access_token: 'A2' })],
    });

    await user.click(connectButton());
    await waitFor(() => expect(second.location.href).toBe(AIRTABLE_URL + '2'));
    act(() => postFrom(second, callbackMessage('connected', 'Airtable is connected.')));

    await screen.findByText('Airtable Connected');
    expect(first.close).toHaveBeenCalledTimes(1);
    expect(paths(sent)).toEqual(['/integrations/airtable/authorize']);
    expect(paths(again)).toEqual(['/integrations/airtable/authorize', '/integrations/airtable/credentials']);
  });

  it('changing the user abandons the attempt', async () => {
    await renderApp();
    const { popup, sent } = await startAirtable(user, []);

    await user.type(screen.getByTestId('user-input'), '2');
    act(() => postFrom(popup, callbackMessage('connected', 'Airtable is connected.')));

    expect(popup.close).toHaveBeenCalledTimes(1);
    expect(connectButton().textContent).toBe('Connect to Airtable');
    expect(paths(sent)).toEqual(['/integrations/airtable/authorize']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('switching provider clears credentials', async () => {
    await renderApp();
    const { popup } = await startAirtable(user, [json({ access_token: 'A1' })]);
    act(() => postFrom(popup, callbackMessage('connected', 'Airtable is connected.')));
    await screen.findByTestId('load-button');

    await chooseProvider(user, 'Notion');
    await chooseProvider(user, 'Airtable');

    expect(connectButton().textContent).toBe('Connect to Airtable');
    expect(screen.queryByTestId('load-button')).toBeNull();
  });
});
