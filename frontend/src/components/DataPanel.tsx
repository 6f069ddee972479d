import { useEffect, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import { loadWithRefresh } from '../loading';
import { loggerFor } from '../logger';
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

const logger = loggerFor('DataPanel');

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
    const finished = logger.time('load');
    try {
      const loaded = await loadWithRefresh(provider.key, credentials, onCredentialsRefreshed, abort.signal);
      if (!abort.signal.aborted) {
        finished('info', { provider: provider.key, items: loaded.length });
        setItems(loaded);
      }
    } catch (caught) {
      if (!abort.signal.aborted) {
        finished('warn', { provider: provider.key, outcome: 'error' });
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
    logger.info('clear', { provider: provider.key });
  };

  return (
    <Paper sx={{ p: { xs: 2, sm: 3 } }} component="section" aria-labelledby="data-title" aria-busy={loading}>
      <Stack spacing={2}>
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="h2" id="data-title" sx={{ flexGrow: 1, width: { xs: '100%', sm: 'auto' } }}>
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
        {provider.status === 'sandbox' && (
          <Alert severity="warning" data-testid="sandbox-banner">
            Sandbox data: these items come from the service&apos;s built-in {provider.label} stand-in, not from a real{' '}
            {provider.label} account. Their links have the real site&apos;s format, so they open no such item.
          </Alert>
        )}
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
            <Typography data-testid="items-count" variant="body2" color="text.secondary" role="status">
              {items.length === 1 ? '1 item' : `${items.length} items`}
            </Typography>
            {items.length > 0 && <ItemsTable items={items} />}
          </>
        )}
      </Stack>
    </Paper>
  );
}
