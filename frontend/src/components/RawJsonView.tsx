import { useMemo } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

import type { IntegrationItem } from '../types';

export interface RawJsonViewProps {
  /** The items to show, in their loaded order, because the view shows what the service returned. */
  items: readonly IntegrationItem[];
}

/** Shows the items as indented JSON in a box that scrolls, so a long list keeps the page short. */
export default function RawJsonView({ items }: RawJsonViewProps) {
  const json = useMemo(() => JSON.stringify(items, null, 2), [items]);
  return (
    <>
      <Typography variant="body2" color="text.secondary" data-testid="raw-json-caption">
        {items.length === 1 ? '1 item' : `${items.length} items`} in the order the service returned them.
      </Typography>
      {/* The box takes focus, so keyboard users can scroll it. */}
      <Box
        role="region"
        aria-label="Raw JSON of the shown items"
        tabIndex={0}
        sx={{
          maxHeight: '60vh',
          overflow: 'auto',
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          bgcolor: 'grey.50',
          '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineStyle: 'solid' },
        }}
      >
        <Box component="pre" data-testid="raw-json" sx={{ m: 0, p: 2, fontSize: '0.8125rem' }}>
          {json}
        </Box>
      </Box>
    </>
  );
}
