import { useState } from 'react';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import ConnectButton from './components/ConnectButton';
import DataPanel from './components/DataPanel';
import ErrorAlert from './components/ErrorAlert';
import IntegrationForm from './components/IntegrationForm';
import type { ProviderOption } from './providers';
import type { Credentials } from './types';
import { useIntegrations } from './useIntegrations';

/** Credentials together with the provider, user and organization they were collected for. */
interface Connection {
  providerKey: string;
  userId: string;
  orgId: string;
  credentials: Credentials;
}

/** Renders the page, where a person picks what to connect, connects it in a popup and loads its items. */
export default function App() {
  const integrations = useIntegrations();
  const [userId, setUserId] = useState('TestUser');
  const [orgId, setOrgId] = useState('TestOrg');
  const [provider, setProvider] = useState<ProviderOption | null>(null);
  const [connection, setConnection] = useState<Connection | null>(null);

  // The key remounts the connect button and the data panel for every selection, which abandons an
  // attempt or a load under way, so no result reaches a selection it was not made for.
  const selectionKey = provider === null ? '' : JSON.stringify([provider.key, userId, orgId]);
  const credentials =
    connection !== null && provider !== null && belongsTo(connection, provider, userId, orgId)
      ? connection.credentials
      : null;

  const select = (change: () => void) => {
    change();
    setConnection(null);
  };

  const keepConnection = (collected: Credentials) => {
    if (provider !== null) {
      setConnection({ providerKey: provider.key, userId, orgId, credentials: collected });
    }
  };

  // Replaces the credentials only if the connection they were refreshed for is still the current one.
  const keepRefreshed = (current: Connection) => (fresh: Credentials) => {
    setConnection((latest) => (latest === current ? { ...current, credentials: fresh } : latest));
  };

  return (
    <Container maxWidth="lg" sx={{ py: { xs: 3, sm: 6 }, px: { xs: 1.5, sm: 3 } }}>
      <Stack spacing={3}>
        <header>
          <Typography variant="h1" gutterBottom>
            Integrations
          </Typography>
          <Typography color="text.secondary">
            Connect an account, then load everything it holds as one list of items.
          </Typography>
        </header>
        <Paper sx={{ p: { xs: 2, sm: 3 } }} component="section" aria-label="Connection">
          {integrations.list.state === 'loading' && <LinearProgress aria-label="Loading the integrations" />}
          {integrations.list.state === 'failed' && (
            <Stack spacing={2}>
              <ErrorAlert
                title="The integrations could not be listed"
                message={integrations.list.message}
                testId="integrations-error"
              />
              <Button variant="outlined" onClick={integrations.reload} sx={{ alignSelf: 'flex-start' }}>
                Try again
              </Button>
            </Stack>
          )}
          {integrations.list.state === 'loaded' && (
            <IntegrationForm
              userId={userId}
              orgId={orgId}
              provider={provider}
              options={integrations.list.options}
              onUserIdChange={(value) => select(() => setUserId(value))}
              onOrgIdChange={(value) => select(() => setOrgId(value))}
              onProviderChange={(value) => select(() => setProvider(value))}
            />
          )}
          {provider !== null && (
            <ConnectButton
              key={selectionKey}
              provider={provider}
              userId={userId}
              orgId={orgId}
              connected={credentials !== null}
              onConnected={keepConnection}
            />
          )}
        </Paper>
        {provider !== null && connection !== null && credentials !== null && (
          <DataPanel
            key={selectionKey}
            provider={provider}
            credentials={credentials}
            onCredentialsRefreshed={keepRefreshed(connection)}
          />
        )}
      </Stack>
    </Container>
  );
}

function belongsTo(connection: Connection, provider: ProviderOption, userId: string, orgId: string): boolean {
  return connection.providerKey === provider.key && connection.userId === userId && connection.orgId === orgId;
}
