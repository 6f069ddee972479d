import { useEffect, useRef, useState } from 'react';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import { loadWithRefresh } from '../loading';
import type { ProviderOption } from '../providers';
import type { Credentials, IntegrationItem } from '../types';
import ErrorAlert from './ErrorAlert';
import ItemsTable from './ItemsTable';

export interface DataPanelProps {
  provider: ProviderOption;
  credentials: Credentials;
  /** Receives the credentials that a refresh returned, which replace the expired ones. */
  onCredentialsRefreshed: (credentials: Credentials) => void;
}

/** Loads the connected account's items on request and shows them with their count. */
export default function DataPanel({ provider, credentials, onCredentialsRefreshed }: DataPanelProps) {
  const [items, setItems] = useState<IntegrationItem[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const abortRef = useRef<AbortController | null>(null);

  useEffect(() => () => abortRef.current?.abort(), []);

  const load = async () => {
    abortRef.current?.abort();
    const abort = new AbortController();
    abortRef.current = abort;
    setError(null);
    setLoading(true);
    try {
      const loaded = await loadWithRefresh(provider.key, credentials, onCredentialsRefreshed, abort.signal);
      if (!abort.signal.aborted) {
        setItems(loaded);
      }
    } catch (caught) {
      if (!abort.signal.aborted) {
        setError(caught instanceof Error ? caught.message : String(caught));
      }
    } finally {
      if (!abort.signal.aborted) {
        setLoading(false);
      }
    }
  };

  const clear = () => {
    abortRef.current?.abort();
    setLoading(false);
    setItems(null);
    setError(null);
  };

  return (
    <Paper sx={{ p: 3 }} component="section" aria-labelledby="data-title">
      <Stack spacing={2}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Typography variant="h2" id="data-title" sx={{ flexGrow: 1 }}>
            {provider.label} data
          </Typography>
          <Button data-testid="load-button" variant="contained" onClick={load} disabled={loading}>
            Load Data
          </Button>
          <Button
            data-testid="clear-button"
            variant="outlined"
            onClick={clear}
            disabled={items === null && error === null && !loading}
          >
            Clear Data
          </Button>
        </Stack>
        {loading && <LinearProgress data-testid="load-progress" aria-label={`Loading ${provider.label} items`} />}
        {error !== null && (
          <ErrorAlert
            title={`Loading ${provider.label} items failed`}
            message={error}
            onClose={() => setError(null)}
            testId="load-error-alert"
          />
        )}
        {items !== null && (
          <>
            <Typography data-testid="items-count" variant="body2" color="text.secondary">
              {items.length === 1 ? '1 item' : `${items.length} items`}
            </Typography>
            {items.length > 0 && <ItemsTable items={items} />}
          </>
        )}
      </Stack>
    </Paper>
  );
}
