import { useMemo, useState } from 'react';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableContainer from '@mui/material/TableContainer';
import TablePagination, { tablePaginationClasses } from '@mui/material/TablePagination';

import { nextSortOrder, sortItems, type SortKey, type SortOrder } from '../itemSort';
import { ALL_TYPES, countTypes, filterByType, type TypeSelection } from '../itemTypes';
import type { IntegrationItem } from '../types';
import ItemRow from './ItemRow';
import ItemsTableHead from './ItemsTableHead';
import RawJsonView from './RawJsonView';
import TypeFilter from './TypeFilter';

export interface ItemsTableProps {
  items: readonly IntegrationItem[];
}

const ROWS_PER_PAGE_OPTIONS = [25, 50, 100];

// A constant rather than a literal, because TypeScript's excess property check rejects `data-testid`
// in an object literal typed as Switch's input slot props.
const jsonToggleInput = { 'data-testid': 'raw-json-toggle' };

/**
 * Renders the loaded items with a filter by type, sortable columns and a raw JSON view. The table
 * shows a page at a time, because an account can contain thousands of items.
 */
export default function ItemsTable({ items }: ItemsTableProps) {
  const [typeSelection, setTypeSelection] = useState<TypeSelection>(ALL_TYPES);
  const [order, setOrder] = useState<SortOrder | null>(null);
  const [page, setPage] = useState(0);
  const [rowsPerPage, setRowsPerPage] = useState(ROWS_PER_PAGE_OPTIONS[0]!);
  const [showJson, setShowJson] = useState(false);

  const counts = useMemo(() => countTypes(items), [items]);
  // A reload can drop the selected type, and then the filter falls back to every type.
  const selection = counts.some((entry) => entry.type === typeSelection) ? typeSelection : ALL_TYPES;
  const filtered = useMemo(() => filterByType(items, selection), [items, selection]);
  const sorted = useMemo(() => sortItems(filtered, order), [filtered, order]);
  const loadedIndex = useMemo(() => new Map(items.map((item, index) => [item, index])), [items]);
  const lastPage = Math.max(0, Math.ceil(sorted.length / rowsPerPage) - 1);
  const shownPage = Math.min(page, lastPage);
  const pageItems = sorted.slice(shownPage * rowsPerPage, (shownPage + 1) * rowsPerPage);

  const changeSelection = (next: TypeSelection) => {
    setTypeSelection(next);
    setPage(0);
  };
  const sortBy = (key: SortKey) => {
    setOrder(nextSortOrder(order, key));
    setPage(0);
  };

  return (
    <Stack spacing={2}>
      <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
        <TypeFilter total={items.length} counts={counts} selection={selection} onChange={changeSelection} />
        <FormControlLabel
          label="Show raw JSON"
          control={
            <Switch
              checked={showJson}
              onChange={(event) => setShowJson(event.target.checked)}
              slotProps={{ input: jsonToggleInput }}
            />
          }
        />
      </Stack>
      {showJson ? (
        <RawJsonView items={filtered} />
      ) : (
        <div>
          <TableContainer>
            <Table size="small" aria-label="Loaded items" data-testid="items-table">
              <ItemsTableHead order={order} onSort={sortBy} />
              <TableBody>
                {pageItems.map((item) => (
                  <ItemRow key={loadedIndex.get(item)} item={item} />
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          {sorted.length > ROWS_PER_PAGE_OPTIONS[0]! && (
            <TablePagination
              component="div"
              count={sorted.length}
              page={shownPage}
              rowsPerPage={rowsPerPage}
              rowsPerPageOptions={ROWS_PER_PAGE_OPTIONS}
              onPageChange={(_event, next) => setPage(next)}
              onRowsPerPageChange={(event) => {
                setRowsPerPage(Number(event.target.value));
                setPage(0);
              }}
              sx={paginationStyle}
            />
          )}
        </div>
      )}
    </Stack>
  );
}

// Below the `sm` breakpoint the "Rows per page" label is hidden and the margins shrink, so the
// pagination fits a 360 px screen. The select keeps the hidden label as its accessible name.
const paginationStyle = {
  [`& .${tablePaginationClasses.toolbar}`]: { px: 0 },
  [`& .${tablePaginationClasses.selectLabel}`]: { display: { xs: 'none', sm: 'block' } },
  [`& .${tablePaginationClasses.input}`]: { mr: { xs: 2, sm: 4 } },
  [`& .${tablePaginationClasses.toolbar} .${tablePaginationClasses.actions}`]: { ml: { xs: 1, sm: 2.5 } },
};
