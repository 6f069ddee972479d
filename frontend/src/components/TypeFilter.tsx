import Box from '@mui/material/Box';
import ToggleButton, { toggleButtonClasses } from '@mui/material/ToggleButton';
import ToggleButtonGroup, { toggleButtonGroupClasses } from '@mui/material/ToggleButtonGroup';

import { ALL_TYPES, typeLabel, type TypeCount, type TypeSelection } from '../itemTypes';

export interface TypeFilterProps {
  /** Number of loaded items, shown on the "All" toggle. */
  total: number;
  counts: readonly TypeCount[];
  selection: TypeSelection;
  onChange: (selection: TypeSelection) => void;
}

/** Toggle value of "All". The other toggles take their type's index in `counts`, because a type may be null. */
const ALL_VALUE = -1;

/** Renders one toggle per type with its count, plus "All", of which exactly one is selected. */
export default function TypeFilter({ total, counts, selection, onChange }: TypeFilterProps) {
  const selectedValue = selection === ALL_TYPES ? ALL_VALUE : counts.findIndex((entry) => entry.type === selection);

  // The group reports null when the selected toggle is clicked again. Ignoring it keeps one selected.
  const select = (_event: unknown, value: number | null) => {
    if (value === ALL_VALUE) {
      onChange(ALL_TYPES);
      return;
    }
    const chosen = value === null ? undefined : counts[value];
    if (chosen !== undefined) {
      onChange(chosen.type);
    }
  };

  return (
    <ToggleButtonGroup
      exclusive
      size="small"
      value={selectedValue}
      onChange={select}
      aria-label="Filter by type"
      data-testid="type-filter"
      sx={groupStyle}
    >
      <ToggleButton value={ALL_VALUE}>
        <ToggleLabel label="All" count={total} />
      </ToggleButton>
      {counts.map((entry, index) => (
        <ToggleButton key={index} value={index}>
          <ToggleLabel label={typeLabel(entry.type)} count={entry.count} />
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}

// One span around label and count, because the toggle is a flex box that would drop the space between them.
function ToggleLabel({ label, count }: { label: string; count: number }) {
  return (
    <span>
      {label}{' '}
      <Box component="span" sx={{ color: 'text.secondary', fontVariantNumeric: 'tabular-nums' }}>
        {count}
      </Box>
    </span>
  );
}

// The group joins its toggles into one bar, which breaks where it wraps on a narrow screen. Separate
// toggles with a gap wrap cleanly. The selected one is bold and underlined, so it does not rely on colour.
const groupStyle = {
  flexWrap: 'wrap',
  gap: 1,
  [`& .${toggleButtonGroupClasses.grouped}`]: {
    m: 0,
    border: 1,
    borderColor: 'divider',
    borderRadius: 1,
    textTransform: 'none',
    py: 0.5,
  },
  [`& .${toggleButtonGroupClasses.grouped}.${toggleButtonClasses.selected}`]: {
    fontWeight: 'fontWeightBold',
    boxShadow: 'inset 0 -3px 0 currentColor',
  },
} as const;
