import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { columnTexts, displayedRows } from '../test/itemsTable';
import { item } from '../test/support';
import ItemsTable from './ItemsTable';

function header(name: string) {
  return screen.getByRole('columnheader', { name });
}

function sortButton(name: string) {
  return screen.getByRole('button', { name });
}

describe('ItemsTable sorting', () => {
  const named = [
    item({ id: '1', name: 'beta' }),
    item({ id: '2', name: null }),
    item({ id: '3', name: 'Alpha' }),
    item({ id: '4', name: 'gamma' }),
  ];

  it('starts in loaded order', () => {
    render(<ItemsTable items={named} />);

    expect(columnTexts(0)).toEqual(['beta', '(untitled)', 'Alpha', 'gamma']);
    expect(screen.getAllByRole('columnheader').filter((cell) => cell.hasAttribute('aria-sort'))).toEqual([]);
  });

  it('sorts names ascending, then descending', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ItemsTable items={named} />);

    await user.click(sortButton('Name'));
    expect(columnTexts(0)).toEqual(['Alpha', 'beta', 'gamma', '(untitled)']);
    expect(header('Name').getAttribute('aria-sort')).toBe('ascending');

    await user.click(sortButton('Name'));
    expect(columnTexts(0)).toEqual(['gamma', 'beta', 'Alpha', '(untitled)']);
    expect(header('Name').getAttribute('aria-sort')).toBe('descending');
  });

  it('returns to loaded order on third click', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ItemsTable items={named} />);

    await user.click(sortButton('Name'));
    await user.click(sortButton('Name'));
    await user.click(sortButton('Name'));

    expect(columnTexts(0)).toEqual(['beta', '(untitled)', 'Alpha', 'gamma']);
    expect(header('Name').hasAttribute('aria-sort')).toBe(false);
  });

  it('sorts modified by time, not text', async () => {
    const user = userEvent.setup({ delay: null });
    render(
      <ItemsTable
        items={[
          item({ id: 'a', name: '23:30 UTC', last_modified_time: '2026-01-09T23:30:00Z' }),
          item({ id: 'b', name: 'none', last_modified_time: null }),
          item({ id: 'c', name: '23:00 UTC', last_modified_time: '2026-01-10T08:00:00+09:00' }),
          item({ id: 'd', name: '10:00 UTC', last_modified_time: 'Fri, 09 Jan 2026 10:00:00 GMT' }),
        ]}
      />,
    );

    await user.click(sortButton('Modified'));
    expect(columnTexts(0)).toEqual(['10:00 UTC', '23:00 UTC', '23:30 UTC', 'none']);

    await user.click(sortButton('Modified'));
    expect(columnTexts(0)).toEqual(['23:30 UTC', '23:00 UTC', '10:00 UTC', 'none']);
    expect(header('Modified').getAttribute('aria-sort')).toBe('descending');
  });

  it('keeps loaded order of ties', async () => {
    const user = userEvent.setup({ delay: null });
    render(
      <ItemsTable
        items={[
          item({ id: '1', type: 'Table', name: 'Tasks' }),
          item({ id: '2', type: 'Base', name: 'Roadmap' }),
          item({ id: '3', type: 'Table', name: 'Bugs' }),
          item({ id: '4', type: 'table', name: 'Ideas' }),
        ]}
      />,
    );

    await user.click(sortButton('Type'));
    expect(columnTexts(0)).toEqual(['Roadmap', 'Tasks', 'Bugs', 'Ideas']);

    await user.click(sortButton('Type'));
    expect(columnTexts(0)).toEqual(['Tasks', 'Bugs', 'Ideas', 'Roadmap']);
  });

  it('moves the active sort between columns', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ItemsTable items={named} />);

    await user.click(sortButton('Name'));
    await user.click(sortButton('Parent'));

    expect(header('Parent').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Name').hasAttribute('aria-sort')).toBe(false);
  });

  it('sorts from the keyboard', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ItemsTable items={named} />);

    for (let presses = 0; presses < 10 && document.activeElement !== sortButton('Name'); presses++) {
      await user.tab();
    }
    expect(document.activeElement).toBe(sortButton('Name'));
    await user.keyboard('{Enter}');

    expect(header('Name').getAttribute('aria-sort')).toBe('ascending');
    expect(columnTexts(0)[0]).toBe('Alpha');
  });

  it('returns to the first page on sort', async () => {
    const user = userEvent.setup({ delay: null });
    const items = Array.from({ length: 30 }, (_, index) => item({ id: `c${index}`, name: `Contact ${index + 1}` }));
    render(<ItemsTable items={items} />);

    await user.click(screen.getByRole('button', { name: /next page/i }));
    expect(displayedRows()).toBe('26–30 of 30');
    await user.click(sortButton('Name'));

    expect(displayedRows()).toBe('1–25 of 30');
    expect(columnTexts(0)[0]).toBe('Contact 1');
  });
});
