import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { item } from '../test/support';
import ItemsTable from './ItemsTable';

function rows() {
  return within(screen.getByTestId('items-table')).getAllByRole('row').slice(1);
}

describe('ItemsTable', () => {
  it('shows name, type, parent and time', () => {
    render(
      <ItemsTable
        items={[
          item({
            id: 'tbl1_Table',
            type: 'Table',
            name: 'Tasks',
            parent_path_or_name: 'Roadmap',
            last_modified_time: '2026-03-01T10:15:00Z',
          }),
        ]}
      />,
    );

    const cells = within(rows()[0]!)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells[0]).toBe('Tasks');
    expect(cells[1]).toBe('Table');
    expect(cells[2]).toBe('Roadmap');
    expect(cells[3]).toContain('2026');
    expect(cells[4]).toBe('');
  });

  it('links only web URLs', () => {
    render(
      <ItemsTable
        items={[
          item({ id: '1', name: 'Web', url: 'https://www.notion.so/Web-1' }),
          item({ id: '2', name: 'Script', url: 'javascript:alert(1)' }),
          item({ id: '3', name: 'Broken', url: 'not a url' }),
        ]}
      />,
    );

    const links = within(screen.getByTestId('items-table')).getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe('https://www.notion.so/Web-1');
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(links[0]!.getAttribute('target')).toBe('_blank');
  });

  it('names untitled items and keeps odd times', () => {
    render(<ItemsTable items={[item({ id: '1', name: null, last_modified_time: 'yesterday' })]} />);

    const cells = within(rows()[0]!)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells[0]).toBe('(untitled)');
    expect(cells[3]).toBe('yesterday');
  });

  it('pages through many items', async () => {
    const user = userEvent.setup({ delay: null });
    const items = Array.from({ length: 30 }, (_, index) => item({ id: `c${index}`, name: `Contact ${index + 1}` }));
    render(<ItemsTable items={items} />);

    expect(rows()).toHaveLength(25);
    await user.click(screen.getByRole('button', { name: /next page/i }));

    expect(rows()).toHaveLength(5);
    expect(within(rows()[0]!).getAllByRole('cell')[0]!.textContent).toBe('Contact 26');
  });
});
