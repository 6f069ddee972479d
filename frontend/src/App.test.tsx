import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import App from './App';
import { callbackMessage, item, json, postFrom, problem, stubFetch, stubPopup, type SentRequest } from './test/support';
import { POPUP_POLL_INTERVAL_MS } from './useOAuthPopup';

const AIRTABLE_URL = 'https://airtable.test/oauth2/v1/authorize?state=S1';

async function chooseProvider(user: UserEvent, label: string) {
  await user.click(screen.getByTestId('integration-select'));
  await user.click(await screen.findByRole('option', { name: label }));
}

function connectButton() {
  return screen.getByTestId('connect-button');
}

function paths(sent: SentRequest[]) {
  return sent.map((request) => request.url);
}

/** Connects Airtable through the popup and returns the requests sent. */
async function connectAirtable(user: UserEvent, credentials: object = { access_token: 'A1', refresh_token: 'R1' }) {
  const { popup } = stubPopup();
  const sent = stubFetch({
    '/integrations/airtable/authorize': [json(AIRTABLE_URL)],
    '/integrations/airtable/credentials': [json(credentials)],
  });
  await chooseProvider(user, 'Airtable');
  await user.click(connectButton());
  await waitFor(() => expect(popup.location.href).toBe(AIRTABLE_URL));
  act(() => postFrom(popup, callbackMessage('connected', 'Airtable is connected. This window closes itself.')));
  await screen.findByText('Airtable Connected');
  return { sent, popup };
}

describe('App', () => {
  let user: UserEvent;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    user = userEvent.setup({ delay: null });
    render(<App />);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the default ids', () => {
    expect((screen.getByTestId('user-input') as HTMLInputElement).value).toBe('TestUser');
    expect((screen.getByTestId('org-input') as HTMLInputElement).value).toBe('TestOrg');
    expect(screen.queryByTestId('connect-button')).toBeNull();
  });

  it('choosing a type offers to connect', async () => {
    await chooseProvider(user, 'Notion');

    expect(connectButton().textContent).toBe('Connect to Notion');
  });

  it('connect posts the form fields', async () => {
    await user.clear(screen.getByTestId('user-input'));
    await user.type(screen.getByTestId('user-input'), 'U-42');

    const { sent } = await connectAirtable(user);

    expect(sent[0]!.method).toBe('POST');
    expect(sent[0]!.url).toBe('/integrations/airtable/authorize');
    expect(sent[0]!.fields).toEqual({ user_id: 'U-42', org_id: 'TestOrg' });
    expect(sent[1]!.url).toBe('/integrations/airtable/credentials');
    expect(sent[1]!.fields).toEqual({ user_id: 'U-42', org_id: 'TestOrg' });
  });

  it('callback message collects credentials once', async () => {
    const { sent } = await connectAirtable(user);

    expect(paths(sent)).toEqual(['/integrations/airtable/authorize', '/integrations/airtable/credentials']);
    expect(connectButton().textContent).toBe('Airtable Connected');
    expect((connectButton() as HTMLButtonElement).disabled).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    expect(document.body.textContent).not.toContain('A1');
  });

  it('closed popup collects credentials', async () => {
    const { popup } = stubPopup();
    const sent = stubFetch({
      '/integrations/notion/authorize': [json('https://notion.test/v1/oauth/authorize?state=S2')],
      '/integrations/notion/credentials': [json({ access_token: 'N1' })],
    });
    await chooseProvider(user, 'Notion');
    await user.click(connectButton());
    await waitFor(() => expect(popup.location.href).toContain('notion.test'));

    popup.closed = true;
    act(() => vi.advanceTimersByTime(POPUP_POLL_INTERVAL_MS));

    await screen.findByText('Notion Connected');
    expect(paths(sent)).toEqual(['/integrations/notion/authorize', '/integrations/notion/credentials']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('popup closed early explains itself', async () => {
    const { popup } = stubPopup();
    stubFetch({
      '/integrations/notion/authorize': [json('https://notion.test/v1/oauth/authorize?state=S3')],
      '/integrations/notion/credentials': [problem(404, 'credentials_not_found', 'No Notion credentials are waiting.')],
    });
    await chooseProvider(user, 'Notion');
    await user.click(connectButton());
    await waitFor(() => expect(popup.location.href).toContain('notion.test'));

    popup.closed = true;
    act(() => vi.advanceTimersByTime(POPUP_POLL_INTERVAL_MS));

    const alert = await screen.findByTestId('error-alert');
    expect(alert.textContent).toContain('The Notion window was closed before the connection finished.');
    expect(connectButton().textContent).toBe('Connect to Notion');
  });

  it('problem detail is shown in the alert', async () => {
    const { popup } = stubPopup();
    stubFetch({
      '/integrations/airtable/authorize': [json(AIRTABLE_URL)],
      '/integrations/airtable/credentials': [
        problem(403, 'access_denied', 'Airtable access was not granted: the user declined.'),
      ],
    });
    await chooseProvider(user, 'Airtable');
    await user.click(connectButton());
    await waitFor(() => expect(popup.location.href).toBe(AIRTABLE_URL));

    act(() => postFrom(popup, callbackMessage('denied', 'Airtable access was not granted.')));

    const alert = await screen.findByTestId('error-alert');
    expect(alert.textContent).toContain('Airtable access was not granted: the user declined.');
    expect(connectButton().textContent).toBe('Connect to Airtable');
    expect((connectButton() as HTMLButtonElement).disabled).toBe(false);
  });

  it('invalid callback shows its message', async () => {
    const { popup } = stubPopup();
    const sent = stubFetch({ '/integrations/airtable/authorize': [json(AIRTABLE_URL)] });
    await chooseProvider(user, 'Airtable');
    await user.click(connectButton());
    await waitFor(() => expect(popup.location.href).toBe(AIRTABLE_URL));

    act(() => postFrom(popup, callbackMessage('invalid', 'This sign-in link has expired. Start again from the page.')));

    const alert = await screen.findByTestId('error-alert');
    expect(alert.textContent).toContain('This sign-in link has expired. Start again from the page.');
    expect(paths(sent)).toEqual(['/integrations/airtable/authorize']);
  });

  it('authorize failure is shown', async () => {
    const { popup } = stubPopup();
    stubFetch({
      '/integrations/hubspot/authorize': [
        problem(503, 'integration_not_configured', 'HubSpot is not configured: set its client id.'),
      ],
    });
    await chooseProvider(user, 'HubSpot');

    await user.click(connectButton());

    const alert = await screen.findByTestId('error-alert');
    expect(alert.textContent).toContain('HubSpot is not configured: set its client id.');
    expect(popup.close).toHaveBeenCalledTimes(1);
  });

  it('blocked popup is explained', async () => {
    vi.spyOn(window, 'open').mockReturnValue(null);
    const sent = stubFetch({});
    await chooseProvider(user, 'Airtable');

    await user.click(connectButton());

    const alert = await screen.findByTestId('error-alert');
    expect(alert.textContent).toContain('The browser blocked the Airtable sign-in popup');
    expect(sent).toHaveLength(0);
  });

  it('fields are locked while connecting', async () => {
    stubPopup();
    stubFetch({ '/integrations/airtable/authorize': [json(AIRTABLE_URL)] });
    await chooseProvider(user, 'Airtable');

    await user.click(connectButton());

    await waitFor(() => expect((screen.getByTestId('user-input') as HTMLInputElement).disabled).toBe(true));
    expect((screen.getByTestId('org-input') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByTestId('integration-select') as HTMLInputElement).disabled).toBe(true);
    expect(connectButton().textContent).toBe('Connecting to Airtable…');
  });

  it('switching provider clears credentials', async () => {
    await connectAirtable(user);
    expect(screen.getByTestId('load-button')).toBeTruthy();

    await chooseProvider(user, 'Notion');
    expect(connectButton().textContent).toBe('Connect to Notion');
    await chooseProvider(user, 'Airtable');

    expect(connectButton().textContent).toBe('Connect to Airtable');
    expect(screen.queryByTestId('load-button')).toBeNull();
  });

  it('changing the user clears credentials', async () => {
    await connectAirtable(user);

    await user.type(screen.getByTestId('user-input'), '2');
    await user.type(screen.getByTestId('user-input'), '{Backspace}');

    expect(connectButton().textContent).toBe('Connect to Airtable');
    expect(screen.queryByTestId('load-button')).toBeNull();
  });

  it('load shows item names and count', async () => {
    await connectAirtable(user);
    const sent = stubFetch({
      '/integrations/airtable/load': [
        json([
          item({ id: 'app1_Base', type: 'Base', name: 'Roadmap' }),
          item({
            id: 'tbl1_Table',
            type: 'Table',
            name: 'Tasks',
            parent_path_or_name: 'Roadmap',
            url: 'https://airtable.test/app1/tbl1',
          }),
        ]),
      ],
    });

    await user.click(screen.getByTestId('load-button'));

    const table = await screen.findByTestId('items-table');
    expect(within(table).getByText('Roadmap', { selector: 'td:first-child' })).toBeTruthy();
    expect(within(table).getByText('Tasks')).toBeTruthy();
    expect(screen.getByTestId('items-count').textContent).toBe('2 items');
    expect(table.textContent).not.toContain('[object Object]');
    expect(sent[0]!.url).toBe('/integrations/airtable/load');
    expect(JSON.parse(sent[0]!.fields.credentials!)).toEqual({ access_token: 'A1', refresh_token: 'R1' });
  });

  it('clear removes the loaded items', async () => {
    await connectAirtable(user);
    stubFetch({ '/integrations/airtable/load': [json([item({ id: 'app1_Base', name: 'Roadmap' })])] });
    await user.click(screen.getByTestId('load-button'));
    await screen.findByTestId('items-table');

    await user.click(screen.getByTestId('clear-button'));

    expect(screen.queryByTestId('items-table')).toBeNull();
    expect(screen.queryByTestId('items-count')).toBeNull();
  });

  it('expired token refreshes and keeps credentials', async () => {
    await connectAirtable(user, { access_token: 'A1', refresh_token: 'R1', expires_at: '2026-01-01T00:00:00Z' });
    const sent = stubFetch({
      '/integrations/airtable/load': [
        problem(401, 'token_expired', 'The Airtable access token expired; refresh the credentials and load again.'),
        json([item({ id: 'app1_Base', name: 'Roadmap' })]),
        json([]),
      ],
      '/integrations/airtable/refresh': [json({ access_token: 'A2', refresh_token: 'R2' })],
    });

    await user.click(screen.getByTestId('load-button'));
    await screen.findByTestId('items-table');
    await user.click(screen.getByTestId('load-button'));
    await waitFor(() => expect(screen.getByTestId('items-count').textContent).toBe('0 items'));

    expect(paths(sent)).toEqual([
      '/integrations/airtable/load',
      '/integrations/airtable/refresh',
      '/integrations/airtable/load',
      '/integrations/airtable/load',
    ]);
    expect(JSON.parse(sent[2]!.fields.credentials!).access_token).toBe('A2');
    expect(JSON.parse(sent[3]!.fields.credentials!).access_token).toBe('A2');
  });

  it('load failure is shown in an alert', async () => {
    await connectAirtable(user);
    stubFetch({
      '/integrations/airtable/load': [
        problem(502, 'provider_unavailable', 'Airtable failed with HTTP 500 after 3 attempts. Try again later.'),
      ],
    });

    await user.click(screen.getByTestId('load-button'));

    const alert = await screen.findByTestId('load-error-alert');
    expect(alert.textContent).toContain('Airtable failed with HTTP 500 after 3 attempts. Try again later.');
    expect(screen.queryByTestId('load-progress')).toBeNull();
  });
});
