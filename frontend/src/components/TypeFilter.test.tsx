import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { bodyRows, columnTexts, displayedRows } from '../test/itemsTable';
import { item } from '../test/support';
import ItemsTable from './ItemsTable';

function toggles() {
  return within(screen.getByTestId('type-filter')).getAllByRole('button');
}

function pressed(name: string) {
  return screen.getByRole('button', { name }).getAttribute('aria-pressed');
}

/** 30 contacts and 30 deals, interleaved, so each type fills two pages. */
function contactsAndDeals() {
  return Array.from({ length: 60 }, (_, index) =>
    index % 2 === 0
      ? item({ id: `c${index}`, type: 'Contact', name: `Contact ${index / 2 + 1}` })
      : item({ id: `d${index}`, type: 'Deal', name: `Deal ${(index + 1) / 2}` }),
  );
}

describe('ItemsTable type filter', () => {
  it('shows a count per type', () => {
    render(
      <ItemsTable
        items={[
          item({ id: '1', type: 'Contact' }),
          item({ id: '2', type: 'Company' }),
          item({ id: '3', type: null }),
          item({ id: '4', type: 'Contact' }),
        ]}
      />,
    );

    expect(screen.getByRole('group', { name: 'Filter by type' })).toBe(screen.getByTestId('type-filter'));
    expect(toggles().map((toggle) => toggle.textContent)).toEqual(['All 4', 'Contact 2', 'Company 1', '(no type) 1']);
    expect(pressed('All 4')).toBe('true');
    expect(pressed('Contact 2')).toBe('false');
  });

  it('shows only the chosen type', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ItemsTable items={contactsAndDeals()} />);

    await user.click(screen.getByRole('button', { name: 'Deal 30' }));

    expect(pressed('Deal 30')).toBe('true');
    expect(pressed('All 60')).toBe('false');
    expect(bodyRows()).toHaveLength(25);
    expect(columnTexts(1).every((type) => type === 'Deal')).toBe(true);
    expect(displayedRows()).toBe('1–25 of 30');
  });

  it('returns to the first page on filter', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ItemsTable items={contactsAndDeals()} />);

    await user.click(screen.getByRole('button', { name: /next page/i }));
    expect(displayedRows()).toBe('26–50 of 60');
    await user.click(screen.getByRole('button', { name: 'Contact 30' }));

    expect(displayedRows()).toBe('1–25 of 30');
    expect(columnTexts(0)[0]).toBe('Contact 1');
  });

  it('restores every row with All', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ItemsTable items={contactsAndDeals()} />);

    await user.click(screen.getByRole('button', { name: 'Deal 30' }));
    await user.click(screen.getByRole('button', { name: 'All 60' }));

    expect(pressed('All 60')).toBe('true');
    expect(displayedRows()).toBe('1–25 of 60');
    expect(columnTexts(0).slice(0, 2)).toEqual(['Contact 1', 'Deal 1']);
  });

  it('filters items without a type', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ItemsTable items={[item({ id: '1', type: 'Page', name: 'Home' }), item({ id: '2', name: 'Loose' })]} />);

    await user.click(screen.getByRole('button', { name: '(no type) 1' }));

    expect(columnTexts(0)).toEqual(['Loose']);
  });

  it('keeps the type on a second click', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ItemsTable items={contactsAndDeals()} />);

    await user.click(screen.getByRole('button', { name: 'Deal 30' }));
    await user.click(screen.getByRole('button', { name: 'Deal 30' }));

    expect(pressed('Deal 30')).toBe('true');
    expect(displayedRows()).toBe('1–25 of 30');
  });

  it('falls back to All after a reload', async () => {
    const user = userEvent.setup({ delay: null });
    const { rerender } = render(<ItemsTable items={contactsAndDeals()} />);
    await user.click(screen.getByRole('button', { name: 'Deal 30' }));

    rerender(<ItemsTable items={[item({ id: 'c1', type: 'Contact', name: 'Only' })]} />);

    expect(pressed('All 1')).toBe('true');
    expect(columnTexts(0)).toEqual(['Only']);
  });
});
