import { describe, expect, it, vi } from 'vitest';

import { ApiError, authorize, fetchCredentials, listIntegrations, loadItems, refreshCredentials } from './api';
import { item, json, problem, SANDBOX_INTEGRATIONS, stubFetch } from './test/support';

describe('api', () => {
  it('lists the integrations with GET', async () => {
    const sent = stubFetch({ '/integrations': [json(SANDBOX_INTEGRATIONS)] });

    const integrations = await listIntegrations();

    expect(integrations).toEqual(SANDBOX_INTEGRATIONS);
    expect(sent[0]!.method).toBe('GET');
    expect(sent[0]!.url).toBe('/integrations');
  });

  it('rejects an integration list of another shape', async () => {
    stubFetch({ '/integrations': [json([{ name: 'airtable', display_name: 'Airtable', status: 'maybe' }])] });

    await expect(listIntegrations()).rejects.toMatchObject({ code: 'unexpected_response' });
  });

  it('authorize posts user and org', async () => {
    const sent = stubFetch({
      '/integrations/airtable/authorize': [json('https://airtable.test/oauth2/v1/authorize?state=S')],
    });

    const url = await authorize('airtable', 'U 1', 'O&1');

    expect(url).toBe('https://airtable.test/oauth2/v1/authorize?state=S');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.method).toBe('POST');
    expect(sent[0]!.url).toBe('/integrations/airtable/authorize');
    expect(sent[0]!.contentType).toBe('application/x-www-form-urlencoded');
    expect(sent[0]!.fields).toEqual({ user_id: 'U 1', org_id: 'O&1' });
  });

  it('credentials posts user and org', async () => {
    const sent = stubFetch({ '/integrations/notion/credentials': [json({ access_token: 'secret-token' })] });

    const credentials = await fetchCredentials('notion', 'TestUser', 'TestOrg');

    expect(credentials).toEqual({ access_token: 'secret-token' });
    expect(sent[0]!.method).toBe('POST');
    expect(sent[0]!.url).toBe('/integrations/notion/credentials');
    expect(sent[0]!.fields).toEqual({ user_id: 'TestUser', org_id: 'TestOrg' });
  });

  it('load posts credentials as JSON text', async () => {
    const sent = stubFetch({ '/integrations/hubspot/load': [json([item({ id: 'contact-1', name: 'Ada Lovelace' })])] });

    const items = await loadItems('hubspot', { access_token: 'A', hub_id: 42 });

    expect(items.map((loaded) => loaded.name)).toEqual(['Ada Lovelace']);
    expect(sent[0]!.method).toBe('POST');
    expect(sent[0]!.url).toBe('/integrations/hubspot/load');
    expect(JSON.parse(sent[0]!.fields.credentials!)).toEqual({ access_token: 'A', hub_id: 42 });
  });

  it('refresh posts credentials as JSON text', async () => {
    const sent = stubFetch({ '/integrations/airtable/refresh': [json({ access_token: 'B', refresh_token: 'R2' })] });

    const fresh = await refreshCredentials('airtable', { access_token: 'A', refresh_token: 'R1' });

    expect(fresh).toEqual({ access_token: 'B', refresh_token: 'R2' });
    expect(sent[0]!.url).toBe('/integrations/airtable/refresh');
    expect(JSON.parse(sent[0]!.fields.credentials!)).toEqual({ access_token: 'A', refresh_token: 'R1' });
  });

  it('encodes the provider path segment', async () => {
    const sent = stubFetch({ '/integrations/a%2Fb/authorize': [json('https://x.test/')] });

    await authorize('a/b', 'U', 'O');

    expect(sent[0]!.url).toBe('/integrations/a%2Fb/authorize');
  });

  it('problem detail becomes ApiError', async () => {
    stubFetch({
      '/integrations/notion/credentials': [
        problem(404, 'credentials_not_found', 'No Notion credentials are waiting. Connect again.'),
      ],
    });

    const error = await fetchCredentials('notion', 'U', 'O').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(404);
    expect((error as ApiError).code).toBe('credentials_not_found');
    expect((error as ApiError).detail).toBe('No Notion credentials are waiting. Connect again.');
    expect((error as ApiError).message).toBe('No Notion credentials are waiting. Connect again.');
  });

  it('error without problem body uses status', async () => {
    stubFetch({
      '/integrations/notion/load': [
        new Response('<html>Bad Gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
      ],
    });

    const error = (await loadItems('notion', { access_token: 'A' }).catch((caught: unknown) => caught)) as ApiError;

    expect(error.status).toBe(502);
    expect(error.code).toBe('http_502');
    expect(error.detail).toBe('The service responded with 502 Bad Gateway; try again later.');
  });

  it('unreachable service becomes network_error', async () => {
    stubFetch({ '/integrations/airtable/authorize': [new TypeError('Failed to fetch')] });

    const error = (await authorize('airtable', 'U', 'O').catch((caught: unknown) => caught)) as ApiError;

    expect(error.status).toBe(0);
    expect(error.code).toBe('network_error');
    expect(error.detail).toContain('could not be reached for /integrations/airtable/authorize');
  });

  it('rejects a load answer that is no array', async () => {
    stubFetch({ '/integrations/airtable/load': [json({ items: [] })] });

    const error = (await loadItems('airtable', { access_token: 'A' }).catch((caught: unknown) => caught)) as ApiError;

    expect(error.code).toBe('unexpected_response');
    expect(error.detail).toContain('load');
  });

  it('prefixes VITE_API_BASE_URL', async () => {
    vi.stubEnv('VITE_API_BASE_URL', 'http://127.0.0.1:9123/');
    vi.resetModules();
    const api = await import('./api');
    const sent = stubFetch({ '/integrations/airtable/authorize': [json('https://airtable.test/')] });

    await api.authorize('airtable', 'U', 'O');

    expect(sent[0]!.url).toBe('http://127.0.0.1:9123/integrations/airtable/authorize');
  });
});
