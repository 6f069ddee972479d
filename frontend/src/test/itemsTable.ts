import { screen, within } from '@testing-library/react';

/** Returns the body rows of the items table, without its header row. */
export function bodyRows(): HTMLElement[] {
  return within(screen.getByTestId('items-table')).getAllByRole('row').slice(1);
}

/** Returns the text of each cell of a row, in column order. */
export function cellTexts(row: HTMLElement): (string | null)[] {
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

/** Returns the text of one column across the body rows. */
export function columnTexts(column: number): (string | null)[] {
  return bodyRows().map((row) => cellTexts(row)[column] ?? null);
}

/** Returns the pagination's "1–25 of 30" text. */
export function displayedRows(): string | null {
  return document.querySelector('.MuiTablePagination-displayedRows')?.textContent ?? null;
}
