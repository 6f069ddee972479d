import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';

import type { ProviderOption } from '../providers';
import type { IntegrationStatus } from '../types';

export interface IntegrationFormProps {
  userId: string;
  orgId: string;
  provider: ProviderOption | null;
  /** The providers the service lists. */
  options: readonly ProviderOption[];
  onUserIdChange: (userId: string) => void;
  onOrgIdChange: (orgId: string) => void;
  onProviderChange: (provider: ProviderOption | null) => void;
}

const STATUS_LABELS: Readonly<Record<IntegrationStatus, string>> = {
  configured: 'Ready',
  unconfigured: 'Not configured',
  sandbox: 'Sandbox',
};

/** Renders the fields for the user, the organization and the integration type of a connection. */
export default function IntegrationForm(props: IntegrationFormProps) {
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 1, sm: 2 }}>
      <TextField
        label="User"
        value={props.userId}
        onChange={(event) => props.onUserIdChange(event.target.value)}
        required
        error={props.userId.trim() === ''}
        helperText={props.userId.trim() === '' ? 'Enter the id of the user to connect.' : ' '}
        fullWidth
        slotProps={{ htmlInput: { 'data-testid': 'user-input' } }}
      />
      <TextField
        label="Organization"
        value={props.orgId}
        onChange={(event) => props.onOrgIdChange(event.target.value)}
        required
        error={props.orgId.trim() === ''}
        helperText={props.orgId.trim() === '' ? 'Enter the id of the organization.' : ' '}
        fullWidth
        slotProps={{ htmlInput: { 'data-testid': 'org-input' } }}
      />
      <Autocomplete
        options={props.options}
        value={props.provider}
        onChange={(_event, provider) => props.onProviderChange(provider)}
        getOptionLabel={(provider) => provider.label}
        isOptionEqualToValue={(option, value) => option.key === value.key}
        renderOption={({ key, ...optionProps }, provider) => (
          <Box component="li" key={key} {...optionProps} sx={{ gap: 1.5 }}>
            <Box sx={{ width: 12, height: 12, borderRadius: '50%', bgcolor: provider.accent, flexShrink: 0 }} />
            <Typography variant="body2" sx={{ flexGrow: 1 }}>
              {provider.label}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {STATUS_LABELS[provider.status]}
            </Typography>
          </Box>
        )}
        renderInput={(params) => (
          <TextField
            {...params}
            label="Integration type"
            helperText=" "
            slotProps={{
              ...params.slotProps,
              htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'integration-select' },
            }}
          />
        )}
        fullWidth
      />
    </Stack>
  );
}
