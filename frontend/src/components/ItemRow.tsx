import Link from '@mui/material/Link';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';

import type { IntegrationItem } from '../types';

export interface ItemRowProps {
  item: IntegrationItem;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Renders one item's name, type, parent, creation time and last modification time. The minimum
 * widths keep names readable on a narrow screen, where the table scrolls sideways instead.
 */
export default function ItemRow({ item }: ItemRowProps) {
  return (
    <TableRow hover>
      <TableCell sx={{ minWidth: '12rem' }}>{renderName(item)}</TableCell>
      <TableCell>{item.type ?? ''}</TableCell>
      <TableCell sx={{ minWidth: '8rem' }}>{item.parent_path_or_name ?? ''}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatTime(item.creation_time)}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatTime(item.last_modified_time)}</TableCell>
    </TableRow>
  );
}

/** Links the name only to http and https URLs, because a `javascript:` URL from a provider would run here. */
function renderName(item: IntegrationItem) {
  const name = item.name ?? '(untitled)';
  if (item.url === null || !isWebUrl(item.url)) {
    return name;
  }
  return (
    <Link href={item.url} target="_blank" rel="noopener noreferrer">
      {name}
    </Link>
  );
}

function isWebUrl(url: string): boolean {
  try {
    const protocol = new URL(url).protocol;
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

function formatTime(value: string | null): string {
  if (value === null) {
    return '';
  }
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? value : dateFormat.format(time);
}
