import { useEffect, useRef, useState } from 'react';
import type { AlertColor } from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';

import { connectAccount, type ConnectResult } from '../connectAccount';
import { loggerFor } from '../logger';
import { openPopup } from '../popup';
import type { ProviderOption } from '../providers';
import type { Credentials } from '../types';
import ErrorAlert from './ErrorAlert';

export interface ConnectButtonProps {
  provider: ProviderOption;
  userId: string;
  orgId: string;
  connected: boolean;
  onConnected: (credentials: Credentials) => void;
}

type Phase = 'idle' | 'connecting' | 'waiting';

interface Notice {
  severity: AlertColor;
  title: string;
  message: string;
}

const logger = loggerFor('ConnectButton');

/**
 * Connects the provider in a popup and collects the credentials once. Each click starts a fresh
 * attempt and abandons the previous one, and so does unmounting, so a result never reaches a
 * different provider, user or organization.
 */
export default function ConnectButton({ provider, userId, orgId, connected, onConnected }: ConnectButtonProps) {
  const theme = useTheme();
  const [phase, setPhase] = useState<Phase>('idle');
  const [notice, setNotice] = useState<Notice | null>(null);
  const attemptRef = useRef<AbortController | null>(null);

  useEffect(() => () => attemptRef.current?.abort(), []);

  const connect = () => {
    attemptRef.current?.abort();
    const popup = openPopup();
    if (popup === null) {
      setNotice(blockedNotice(provider));
      logger.warn('connect.blocked', { provider: provider.key });
      return;
    }
    const attempt = new AbortController();
    attemptRef.current = attempt;
    setNotice(null);
    setPhase('connecting');
    const finished = logger.time('connect');
    const onWaiting = () => setPhase('waiting');
    connectAccount({ provider, userId, orgId, popup, signal: attempt.signal, onWaiting })
      .then((result) => {
        if (!attempt.signal.aborted) {
          finished('info', { provider: provider.key, outcome: result.kind });
          settle(result);
        }
      })
      .catch((error: unknown) => {
        if (attempt.signal.aborted) {
          finished('debug', { provider: provider.key, outcome: 'abandoned' });
          return;
        }
        finished('warn', { provider: provider.key, outcome: 'error' });
        setPhase('idle');
        setNotice(failureNotice(provider, error instanceof Error ? error.message : String(error)));
      });
  };

  const settle = (result: ConnectResult) => {
    setPhase('idle');
    if (result.kind === 'connected') {
      onConnected(result.credentials);
    } else if (result.kind === 'cancelled') {
      setNotice({ severity: 'info', title: 'Cancelled', message: result.message });
    } else {
      setNotice(failureNotice(provider, result.message));
    }
  };

  const configured = provider.status !== 'unconfigured';
  const canConnect = configured && userId.trim() !== '' && orgId.trim() !== '';
  const accent = theme.palette.augmentColor({ color: { main: provider.accent } });
  const visibleNotice = phase === 'waiting' ? waitingNotice(provider) : notice;
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
        disabled={connected || !canConnect}
        startIcon={phase === 'connecting' ? <CircularProgress size={18} color="inherit" /> : undefined}
        sx={{
          alignSelf: 'flex-start',
          bgcolor: accent.main,
          color: accent.contrastText,
          '&:hover': { bgcolor: accent.dark },
          '&.Mui-disabled': connected ? { bgcolor: 'success.main', color: 'success.contrastText' } : {},
        }}
      >
        {buttonLabel(provider, connected, phase)}
      </Button>
      <Typography variant="body2" role="status" data-testid="connect-status">
        {statusText(provider, connected, phase)}
      </Typography>
      {!configured && (
        <ErrorAlert
          severity="warning"
          title={`${provider.label} is not configured`}
          message={`The service has no client for ${provider.label}. Set integrations.providers.${provider.key}.client-id and client-secret, or start the service with integrations.sandbox.enabled=true.`}
          testId="unconfigured-alert"
        />
      )}
      {visibleNotice !== null && (
        <ErrorAlert
          severity={visibleNotice.severity}
          title={visibleNotice.title}
          message={visibleNotice.message}
          onClose={phase === 'waiting' ? undefined : () => setNotice(null)}
          testId={visibleNotice.severity === 'error' ? 'error-alert' : 'connect-notice'}
        />
      )}
    </Stack>
  );
}

function buttonLabel(provider: ProviderOption, connected: boolean, phase: Phase): string {
  if (connected) {
    return `${provider.label} Connected`;
  }
  return phase === 'idle' ? `Connect to ${provider.label}` : `Connecting to ${provider.label}…`;
}

function statusText(provider: ProviderOption, connected: boolean, phase: Phase): string {
  if (connected) {
    return 'Connected';
  }
  if (phase === 'connecting') {
    return `Finish signing in to ${provider.label} in the popup window. Clicking the button again starts over.`;
  }
  if (phase === 'waiting') {
    return `Waiting for ${provider.label}.`;
  }
  return '';
}

function waitingNotice(provider: ProviderOption): Notice {
  return {
    severity: 'info',
    title: `Waiting for ${provider.label}`,
    message: `This page can no longer see the ${provider.label} window: the sign-in page cut it off, or the window was closed. If you are still signing in there, this page connects when you finish. Otherwise click the button again to start over.`,
  };
}

function blockedNotice(provider: ProviderOption): Notice {
  return failureNotice(
    provider,
    `The browser blocked the ${provider.label} sign-in popup. Allow popups for this page, then click "Connect to ${provider.label}" again.`,
  );
}

function failureNotice(provider: ProviderOption, message: string): Notice {
  return { severity: 'error', title: `${provider.label} connection failed`, message };
}
