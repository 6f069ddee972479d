import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { bodyRows, cellTexts, columnTexts, displayedRows } from '../test/itemsTable';
import { item } from '../test/support';
import ItemsTable from './ItemsTable';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function contacts(count: number) {
  return Array.from({ length: count }, (_, index) =>
    item({ id: `c${index}`, type: 'Contact', name: `Contact ${index + 1}` }),
  );
}

describe('ItemsTable', () => {
  it('shows cells in column order', () => {
    render(
      <ItemsTable
        items={[
          item({
            id: 'tbl1_Table',
            type: 'Table',
            name: 'Tasks',
            parent_path_or_name: 'Roadmap',
            creation_time: '2026-02-01T08:00:00Z',
            last_modified_time: '2026-03-01T10:15:00Z',
          }),
        ]}
      />,
    );

    const headers = screen.getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toEqual(['Name', 'Type', 'Parent', 'Created', 'Modified']);
    expect(cellTexts(bodyRows()[0]!)).toEqual([
      'Tasks',
      'Table',
      'Roadmap',
      dateFormat.format(new Date('2026-02-01T08:00:00Z')),
      dateFormat.format(new Date('2026-03-01T10:15:00Z')),
    ]);
  });

  it('links names to web URLs only', () => {
    render(
      <ItemsTable
        items={[
          item({ id: '1', name: 'Web', url: 'https://www.notion.so/Web-1' }),
          item({ id: '2', name: 'Plain', url: 'http://example.test/plain' }),
          item({ id: '3', name: 'Script', url: 'javascript:alert(1)' }),
          item({ id: '4', name: 'Broken', url: 'not a url' }),
          item({ id: '5', name: 'Nowhere', url: null }),
        ]}
      />,
    );

    const links = within(screen.getByTestId('items-table')).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Web', 'Plain']);
    expect(links[0]!.getAttribute('href')).toBe('https://www.notion.so/Web-1');
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(links[0]!.getAttribute('target')).toBe('_blank');
    expect(links[1]!.getAttribute('href')).toBe('http://example.test/plain');
    expect(columnTexts(0)).toEqual(['Web', 'Plain', 'Script', 'Broken', 'Nowhere']);
  });

  it('names untitled items and keeps odd times', () => {
    render(
      <ItemsTable
        items={[
          item({
            id: '1',
            name: null,
            url: 'https://example.test/1',
            creation_time: null,
            last_modified_time: 'yesterday',
          }),
        ]}
      />,
    );

    const cells = cellTexts(bodyRows()[0]!);
    expect(cells[0]).toBe('(untitled)');
    expect(screen.getByRole('link', { name: '(untitled)' }).getAttribute('href')).toBe('https://example.test/1');
    expect(cells[3]).toBe('');
    expect(cells[4]).toBe('yesterday');
  });

  it('gives the table a name', () => {
    render(<ItemsTable items={contacts(1)} />);

    expect(screen.getByRole('table', { name: 'Loaded items' })).toBe(screen.getByTestId('items-table'));
  });

  it('pages through many items', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ItemsTable items={contacts(30)} />);

    expect(bodyRows()).toHaveLength(25);
    expect(displayedRows()).toBe('1–25 of 30');
    await user.click(screen.getByRole('button', { name: /next page/i }));

    expect(bodyRows()).toHaveLength(5);
    expect(columnTexts(0)[0]).toBe('Contact 26');
    expect(displayedRows()).toBe('26–30 of 30');
  });

  it('hides paging up to 25 rows', () => {
    render(<ItemsTable items={contacts(25)} />);

    expect(bodyRows()).toHaveLength(25);
    expect(screen.queryByRole('button', { name: /next page/i })).toBeNull();
  });

  it('labels the rows per page select', () => {
    render(<ItemsTable items={contacts(30)} />);

    expect(screen.getByRole('combobox', { name: /rows per page/i })).toBeTruthy();
  });

  it('shows the filtered items as JSON', async () => {
    const user = userEvent.setup({ delay: null });
    const deal = item({ id: 'd1', type: 'Deal', name: 'Renewal', url: 'https://app.hubspot.com/d1' });
    render(<ItemsTable items={[...contacts(2), deal]} />);

    await user.click(screen.getByRole('button', { name: 'Deal 1' }));
    await user.click(screen.getByRole('switch', { name: 'Show raw JSON' }));

    expect(screen.getByTestId('raw-json-toggle')).toBe(screen.getByRole('switch', { name: 'Show raw JSON' }));
    expect(screen.getByTestId('raw-json').textContent).toBe(JSON.stringify([deal], null, 2));
    expect(screen.getByTestId('raw-json-caption').textContent).toBe('1 item in the order the service returned them.');
    expect(screen.queryByTestId('items-table')).toBeNull();
  });

  it('keeps loaded order in JSON', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ItemsTable items={contacts(3)} />);

    await user.click(screen.getByRole('button', { name: 'Name' }));
    await user.click(screen.getByRole('button', { name: 'Name' }));
    expect(columnTexts(0)).toEqual(['Contact 3', 'Contact 2', 'Contact 1']);
    await user.click(screen.getByTestId('raw-json-toggle'));

    expect(screen.getByTestId('raw-json').textContent).toBe(JSON.stringify(contacts(3), null, 2));
  });

  it('returns from JSON to the table', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ItemsTable items={contacts(2)} />);

    await user.click(screen.getByTestId('raw-json-toggle'));
    expect(screen.getByTestId('raw-json').textContent).toBe(JSON.stringify(contacts(2), null, 2));
    await user.click(screen.getByTestId('raw-json-toggle'));

    expect(screen.queryByTestId('raw-json')).toBeNull();
    expect(columnTexts(0)).toEqual(['Contact 1', 'Contact 2']);
  });
});
