import { ApiError, loadItems, refreshCredentials } from './api';
import type { Credentials, IntegrationItem } from './types';

/**
 * Loads the items, and when the service reports `token_expired`, refreshes the credentials once
 * and loads again. `onRefreshed` receives the fresh credentials before the second load, because
 * providers that rotate refresh tokens make the old credentials useless from then on.
 */
export async function loadWithRefresh(
  provider: string,
  credentials: Credentials,
  onRefreshed: (fresh: Credentials) => void,
  signal?: AbortSignal,
): Promise<IntegrationItem[]> {
  try {
    return await loadItems(provider, credentials, signal);
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'token_expired') {
      throw error;
    }
  }
  const fresh = await refreshCredentials(provider, credentials, signal);
  onRefreshed(fresh);
  return loadItems(provider, fresh, signal);
}
