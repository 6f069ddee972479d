import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';

import type { SortKey, SortOrder } from '../itemSort';

export interface ItemsTableHeadProps {
  /** The active sort, or null while the items are in their loaded order. */
  order: SortOrder | null;
  onSort: (key: SortKey) => void;
}

interface Column {
  key: SortKey;
  label: string;
}

/** The columns in the order in which `ItemRow` renders its cells. */
const COLUMNS: readonly Column[] = [
  { key: 'name', label: 'Name' },
  { key: 'type', label: 'Type' },
  { key: 'parent', label: 'Parent' },
  { key: 'created', label: 'Created' },
  { key: 'modified', label: 'Modified' },
];

/** Renders the column headers as sort buttons, with `aria-sort` on the header of the sorted column. */
export default function ItemsTableHead({ order, onSort }: ItemsTableHeadProps) {
  return (
    <TableHead>
      <TableRow>
        {COLUMNS.map((column) => {
          const direction = order?.key === column.key ? order.direction : false;
          return (
            <TableCell key={column.key} sortDirection={direction} sx={{ whiteSpace: 'nowrap' }}>
              <TableSortLabel
                active={direction !== false}
                direction={direction === false ? 'asc' : direction}
                onClick={() => onSort(column.key)}
              >
                {column.label}
              </TableSortLabel>
            </TableCell>
          );
        })}
      </TableRow>
    </TableHead>
  );
}
