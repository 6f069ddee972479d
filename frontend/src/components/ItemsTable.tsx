import { useState } from 'react';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';

import type { IntegrationItem } from '../types';

export interface ItemsTableProps {
  items: readonly IntegrationItem[];
}

const ROWS_PER_PAGE_OPTIONS = [25, 50, 100];

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Renders the loaded items one row each, a page at a time because an account can contain thousands. */
export default function ItemsTable({ items }: ItemsTableProps) {
  const [page, setPage] = useState(0);
  const [rowsPerPage, setRowsPerPage] = useState(ROWS_PER_PAGE_OPTIONS[0]!);
  const pageItems = items.slice(page * rowsPerPage, (page + 1) * rowsPerPage);
  return (
    <>
      <TableContainer>
        <Table size="small" data-testid="items-table">
          <TableHead>
            <TableRow>
              <TableCell>Name</TableCell>
              <TableCell>Type</TableCell>
              <TableCell>Parent</TableCell>
              <TableCell>Last modified</TableCell>
              <TableCell>Link</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {pageItems.map((item, index) => (
              <TableRow key={item.id ?? `row-${page * rowsPerPage + index}`} hover>
                <TableCell>{item.name ?? '(untitled)'}</TableCell>
                <TableCell>{item.type ?? ''}</TableCell>
                <TableCell>{item.parent_path_or_name ?? ''}</TableCell>
                <TableCell>{formatTime(item.last_modified_time)}</TableCell>
                <TableCell>{renderLink(item.url)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {items.length > ROWS_PER_PAGE_OPTIONS[0]! && (
        <TablePagination
          component="div"
          count={items.length}
          page={page}
          rowsPerPage={rowsPerPage}
          rowsPerPageOptions={ROWS_PER_PAGE_OPTIONS}
          onPageChange={(_event, next) => setPage(next)}
          onRowsPerPageChange={(event) => {
            setRowsPerPage(Number(event.target.value));
            setPage(0);
          }}
        />
      )}
    </>
  );
}

function formatTime(value: string | null): string {
  if (value === null) {
    return '';
  }
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? value : dateFormat.format(time);
}

/** Links only http and https URLs, because a `javascript:` URL from a provider would run here. */
function renderLink(url: string | null) {
  if (url === null || !isWebUrl(url)) {
    return null;
  }
  return (
    <Link href={url} target="_blank" rel="noopener noreferrer">
      Open
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
