import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { ProviderOption } from '../providers';
import { item, json, problem, stubFetch, type SentRequest } from '../test/support';
import type { Credentials } from '../types';
import DataPanel from './DataPanel';

const AIRTABLE: ProviderOption = {
  key: 'airtable',
  label: 'Airtable',
  status: 'sandbox',
  accent: '#000',
  description: '',
};

function paths(sent: SentRequest[]) {
  return sent.map((request) => request.url);
}

describe('DataPanel', () => {
  let user: UserEvent;
  let refreshed: ReturnType<typeof vi.fn<(credentials: Credentials) => void>>;

  function renderPanel(provider: ProviderOption = AIRTABLE) {
    render(
      <DataPanel
        provider={provider}
        credentials={{ access_token: 'A1', refresh_token: 'R1' }}
        onCredentialsRefreshed={refreshed}
      />,
    );
  }

  beforeEach(() => {
    user = userEvent.setup({ delay: null });
    refreshed = vi.fn();
  });

  it('load shows item names and count', async () => {
    renderPanel();
    const sent = stubFetch({
      '/integrations/airtable/load': [
        json([
          item({ id: 'app1_Base', type: 'Base', name: 'Roadmap' }),
          item({ id: 'tbl1_Table', type: 'Table', name: 'Tasks', parent_path_or_name: 'Roadmap' }),
        ]),
      ],
    });

    await user.click(screen.getByTestId('load-button'));

    const table = await screen.findByTestId('items-table');
    expect(within(table).getByText('Tasks')).toBeTruthy();
    expect(screen.getByTestId('items-count').textContent).toBe('2 items');
    expect(table.textContent).not.toContain('[object Object]');
    expect(paths(sent)).toEqual(['/integrations/airtable/load']);
    expect(JSON.parse(sent[0]!.fields.credentials!)).toEqual({ access_token: 'A1', refresh_token: 'R1' });
  });

  it('sandbox provider shows the banner', () => {
    renderPanel();

    expect(screen.getByTestId('sandbox-banner').textContent).toContain('not from a real Airtable account');
  });

  it('configured provider shows no banner', () => {
    renderPanel({ ...AIRTABLE, status: 'configured' });

    expect(screen.queryByTestId('sandbox-banner')).toBeNull();
  });

  it('clear removes the loaded items', async () => {
    renderPanel();
    stubFetch({ '/integrations/airtable/load': [json([item({ id: 'app1_Base', name: 'Roadmap' })])] });
    await user.click(screen.getByTestId('load-button'));
    await screen.findByTestId('items-table');

    await user.click(screen.getByTestId('clear-button'));

    expect(screen.queryByTestId('items-table')).toBeNull();
    expect(screen.queryByTestId('items-count')).toBeNull();
  });

  it('expired token refreshes and hands over credentials', async () => {
    renderPanel();
    const sent = stubFetch({
      '/integrations/airtable/load': [
        problem(401, 'token_expired', 'The Airtable access token expired; refresh the credentials and load again.'),
        json([item({ id: 'app1_Base', name: 'Roadmap' })]),
      ],
      '/integrations/airtable/refresh': [json({ access_token: 'A2', refresh_token: 'R2' })],
    });

    await user.click(screen.getByTestId('load-button'));

    await waitFor(() => expect(screen.getByTestId('items-count').textContent).toBe('1 item'));
    expect(paths(sent)).toEqual([
      '/integrations/airtable/load',
      '/integrations/airtable/refresh',
      '/integrations/airtable/load',
    ]);
    expect(JSON.parse(sent[2]!.fields.credentials!).access_token).toBe('A2');
    expect(refreshed).toHaveBeenCalledWith({ access_token: 'A2', refresh_token: 'R2' });
  });

  it('load failure shows the detail', async () => {
    renderPanel();
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
