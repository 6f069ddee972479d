import { describe, expect, it, vi } from 'vitest';

import { ApiError } from './api';
import { loadWithRefresh } from './loading';
import { item, json, problem, stubFetch } from './test/support';

const EXPIRED = 'The Airtable access token expired at 2026-01-01T00:00:00Z; refresh the credentials and load again.';

describe('loadWithRefresh', () => {
  it('expired token refreshes once, loads again', async () => {
    const sent = stubFetch({
      '/integrations/airtable/load': [
        problem(401, 'token_expired', EXPIRED),
        json([item({ id: 'app1_Base', name: 'Roadmap' })]),
      ],
      '/integrations/airtable/refresh': [json({ access_token: 'fresh', refresh_token: 'R2' })],
    });
    const onRefreshed = vi.fn();

    const items = await loadWithRefresh('airtable', { access_token: 'stale', refresh_token: 'R1' }, onRefreshed);

    expect(items.map((loaded) => loaded.name)).toEqual(['Roadmap']);
    expect(sent.map((request) => request.url)).toEqual([
      '/integrations/airtable/load',
      '/integrations/airtable/refresh',
      '/integrations/airtable/load',
    ]);
    expect(JSON.parse(sent[1]!.fields.credentials!)).toEqual({ access_token: 'stale', refresh_token: 'R1' });
    expect(JSON.parse(sent[2]!.fields.credentials!)).toEqual({ access_token: 'fresh', refresh_token: 'R2' });
    expect(onRefreshed).toHaveBeenCalledTimes(1);
    expect(onRefreshed).toHaveBeenCalledWith({ access_token: 'fresh', refresh_token: 'R2' });
  });

  it('second expiry is reported, not retried', async () => {
    const sent = stubFetch({
      '/integrations/airtable/load': [problem(401, 'token_expired', EXPIRED), problem(401, 'token_expired', EXPIRED)],
      '/integrations/airtable/refresh': [json({ access_token: 'fresh', refresh_token: 'R2' })],
    });
    const onRefreshed = vi.fn();

    const error = (await loadWithRefresh('airtable', { access_token: 'stale' }, onRefreshed).catch(
      (caught: unknown) => caught,
    )) as ApiError;

    expect(error.code).toBe('token_expired');
    expect(sent).toHaveLength(3);
    expect(onRefreshed).toHaveBeenCalledTimes(1);
  });

  it('other errors skip the refresh', async () => {
    const sent = stubFetch({
      '/integrations/notion/load': [
        problem(502, 'provider_unavailable', 'Notion failed with HTTP 500. Try again later.'),
      ],
    });

    const error = (await loadWithRefresh('notion', { access_token: 'A' }, vi.fn()).catch(
      (caught: unknown) => caught,
    )) as ApiError;

    expect(error.detail).toBe('Notion failed with HTTP 500. Try again later.');
    expect(sent).toHaveLength(1);
  });

  it('failed refresh is reported', async () => {
    stubFetch({
      '/integrations/hubspot/load': [problem(401, 'token_expired', EXPIRED)],
      '/integrations/hubspot/refresh': [
        problem(400, 'missing_refresh_token', 'The credentials hold no refresh_token; connect again.'),
      ],
    });
    const onRefreshed = vi.fn();

    const error = (await loadWithRefresh('hubspot', { access_token: 'A' }, onRefreshed).catch(
      (caught: unknown) => caught,
    )) as ApiError;

    expect(error.code).toBe('missing_refresh_token');
    expect(onRefreshed).not.toHaveBeenCalled();
  });
});
