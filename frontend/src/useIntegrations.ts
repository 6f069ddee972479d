import { useCallback, useEffect, useState } from 'react';

import { listIntegrations } from './api';
import { toProviderOptions, type ProviderOption } from './providers';

/** The providers the service lists, while they load, or why they could not be loaded. */
export type IntegrationList =
  { state: 'loading' } | { state: 'loaded'; options: ProviderOption[] } | { state: 'failed'; message: string };

/** Loads the list of providers once, and again on `reload()`; a pending request ends on unmount. */
export function useIntegrations(): { list: IntegrationList; reload: () => void } {
  const [list, setList] = useState<IntegrationList>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const abort = new AbortController();
    listIntegrations(abort.signal)
      .then((summaries) => setList({ state: 'loaded', options: toProviderOptions(summaries) }))
      .catch((error: unknown) => {
        if (!abort.signal.aborted) {
          setList({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
        }
      });
    return () => abort.abort();
  }, [attempt]);

  const reload = useCallback(() => {
    setList({ state: 'loading' });
    setAttempt((previous) => previous + 1);
  }, []);

  return { list, reload };
}
