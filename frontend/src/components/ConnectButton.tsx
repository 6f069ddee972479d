import { useEffect, useRef, useState } from 'react';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';

import { ApiError, authorize, fetchCredentials } from '../api';
import type { ProviderOption } from '../providers';
import type { Credentials } from '../types';
import { useOAuthPopup, type PopupResult } from '../useOAuthPopup';
import ErrorAlert from './ErrorAlert';

export interface ConnectButtonProps {
  provider: ProviderOption;
  userId: string;
  orgId: string;
  connected: boolean;
  /** Called with true when a connection starts and with false when it ends or the button unmounts. */
  onConnectingChange: (connecting: boolean) => void;
  onConnected: (credentials: Credentials) => void;
}

/**
 * Connects the provider: requests the authorization URL, runs the consent in a popup, then collects
 * the credentials once. Unmounting abandons a connection under way, so a result never reaches a
 * different provider, user or organization.
 */
export default function ConnectButton({
  provider,
  userId,
  orgId,
  connected,
  onConnectingChange,
  onConnected,
}: ConnectButtonProps) {
  const theme = useTheme();
  const popup = useOAuthPopup();
  const [connecting, setConnecting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const abortRef = useRef<AbortController | null>(null);

  const reportConnecting = useRef(onConnectingChange);

  useEffect(() => {
    reportConnecting.current = onConnectingChange;
  });

  useEffect(
    () => () => {
      abortRef.current?.abort();
      reportConnecting.current(false);
    },
    [],
  );

  const setBusy = (busy: boolean) => {
    setConnecting(busy);
    onConnectingChange(busy);
  };

  const connect = async () => {
    const abort = new AbortController();
    abortRef.current = abort;
    setError(null);
    setBusy(true);
    try {
      const result = await popup.open(() => authorize(provider.key, userId, orgId, abort.signal));
      const failure = failureOf(result, provider);
      if (result.kind === 'cancelled' || abort.signal.aborted) {
        return;
      }
      if (failure !== null) {
        setError(failure);
        return;
      }
      onConnected(await collectCredentials(result, abort.signal));
    } catch (caught) {
      if (!abort.signal.aborted) {
        setError(caught instanceof Error ? caught.message : String(caught));
      }
    } finally {
      if (!abort.signal.aborted) {
        setBusy(false);
      }
    }
  };

  // A popup closed before the callback leaves nothing to collect, so the page explains that in place
  // of the server's 404.
  const collectCredentials = async (result: PopupResult, signal: AbortSignal): Promise<Credentials> => {
    try {
      return await fetchCredentials(provider.key, userId, orgId, signal);
    } catch (caught) {
      if (result.kind === 'closed' && caught instanceof ApiError && caught.code === 'credentials_not_found') {
        throw new Error(`The ${provider.label} window was closed before the connection finished. Connect again.`);
      }
      throw caught;
    }
  };

  const canConnect = userId.trim() !== '' && orgId.trim() !== '';
  const accent = theme.palette.augmentColor({ color: { main: provider.accent } });
  return (
    <Stack spacing={2} sx={{ mt: 1 }}>
      <Typography variant="body2" color="text.secondary">
        {provider.description}
      </Typography>
      <Button
        data-testid="connect-button"
        variant="contained"
        size="large"
        onClick={connect}
        disabled={connected || connecting || !canConnect}
        startIcon={connecting ? <CircularProgress size={18} color="inherit" /> : undefined}
        sx={{
          alignSelf: 'flex-start',
          bgcolor: accent.main,
          color: accent.contrastText,
          '&:hover': { bgcolor: accent.dark },
          '&.Mui-disabled': connected ? { bgcolor: 'success.main', color: 'success.contrastText' } : {},
        }}
      >
        {buttonLabel(provider, connected, connecting)}
      </Button>
      {error !== null && (
        <ErrorAlert
          title={`${provider.label} connection failed`}
          message={error}
          onClose={() => setError(null)}
          testId="error-alert"
        />
      )}
    </Stack>
  );
}

function buttonLabel(provider: ProviderOption, connected: boolean, connecting: boolean): string {
  if (connected) {
    return `${provider.label} Connected`;
  }
  if (connecting) {
    return `Connecting to ${provider.label}…`;
  }
  return `Connect to ${provider.label}`;
}

/**
 * Returns what to tell the person when the popup ended with nothing to collect, or null when
 * `/credentials` decides. That call decides after a popup closed without a message, and after a
 * message that reports a connection, a denial or a failure, because the service keeps the reason
 * of a failure and `/credentials` reports it.
 */
function failureOf(result: PopupResult, provider: ProviderOption): string | null {
  if (result.kind === 'blocked') {
    return `The browser blocked the ${provider.label} sign-in popup. Allow popups for this page, then click "Connect to ${provider.label}" again.`;
  }
  if (result.kind === 'message' && result.message.outcome === 'invalid') {
    return result.message.message;
  }
  return null;
}
