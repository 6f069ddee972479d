import { useState } from 'react';
import Container from '@mui/material/Container';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import ConnectButton from './components/ConnectButton';
import DataPanel from './components/DataPanel';
import IntegrationForm from './components/IntegrationForm';
import type { ProviderOption } from './providers';
import type { Credentials } from './types';

/** Credentials together with the provider, user and organization they were collected for. */
interface Connection {
  providerKey: string;
  userId: string;
  orgId: string;
  credentials: Credentials;
}

/** Renders the page, where a person picks what to connect, connects it in a popup and loads its items. */
export default function App() {
  const [userId, setUserId] = useState('TestUser');
  const [orgId, setOrgId] = useState('TestOrg');
  const [provider, setProvider] = useState<ProviderOption | null>(null);
  const [connection, setConnection] = useState<Connection | null>(null);
  const [connecting, setConnecting] = useState(false);

  const selectionKey = provider === null ? '' : JSON.stringify([provider.key, userId, orgId]);
  const credentials =
    connection !== null && provider !== null && belongsTo(connection, provider, userId, orgId)
      ? connection.credentials
      : null;

  // Any change of provider, user or organization drops the credentials, so they are never used
  // for a selection they were not collected for.
  const changeUserId = (value: string) => {
    setUserId(value);
    setConnection(null);
  };
  const changeOrgId = (value: string) => {
    setOrgId(value);
    setConnection(null);
  };
  const changeProvider = (value: ProviderOption | null) => {
    setProvider(value);
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
    <Container maxWidth="md" sx={{ py: 6 }}>
      <Stack spacing={3}>
        <header>
          <Typography variant="h1" gutterBottom>
            Integrations
          </Typography>
          <Typography color="text.secondary">
            Connect an account, then load everything it holds as one list of items.
          </Typography>
        </header>
        <Paper sx={{ p: 3 }} component="section" aria-label="Connection">
          <IntegrationForm
            userId={userId}
            orgId={orgId}
            provider={provider}
            disabled={connecting}
            onUserIdChange={changeUserId}
            onOrgIdChange={changeOrgId}
            onProviderChange={changeProvider}
          />
          {provider !== null && (
            <ConnectButton
              key={selectionKey}
              provider={provider}
              userId={userId}
              orgId={orgId}
              connected={credentials !== null}
              onConnectingChange={setConnecting}
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
