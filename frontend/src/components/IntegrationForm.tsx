import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';

import { PROVIDERS, type ProviderOption } from '../providers';

export interface IntegrationFormProps {
  userId: string;
  orgId: string;
  provider: ProviderOption | null;
  /** Locks the fields while a connection is under way, so its result belongs to what they show. */
  disabled: boolean;
  onUserIdChange: (userId: string) => void;
  onOrgIdChange: (orgId: string) => void;
  onProviderChange: (provider: ProviderOption | null) => void;
}

/** Renders the fields for the user, the organization and the integration type of a connection. */
export default function IntegrationForm(props: IntegrationFormProps) {
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
      <TextField
        label="User"
        value={props.userId}
        onChange={(event) => props.onUserIdChange(event.target.value)}
        disabled={props.disabled}
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
        disabled={props.disabled}
        required
        error={props.orgId.trim() === ''}
        helperText={props.orgId.trim() === '' ? 'Enter the id of the organization.' : ' '}
        fullWidth
        slotProps={{ htmlInput: { 'data-testid': 'org-input' } }}
      />
      <Autocomplete
        options={PROVIDERS}
        value={props.provider}
        onChange={(_event, provider) => props.onProviderChange(provider)}
        disabled={props.disabled}
        getOptionLabel={(provider) => provider.label}
        isOptionEqualToValue={(option, value) => option.key === value.key}
        renderOption={({ key, ...optionProps }, provider) => (
          <Box component="li" key={key} {...optionProps} sx={{ gap: 1.5 }}>
            <Box sx={{ width: 12, height: 12, borderRadius: '50%', bgcolor: provider.accent, flexShrink: 0 }} />
            <Typography variant="body2">{provider.label}</Typography>
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
