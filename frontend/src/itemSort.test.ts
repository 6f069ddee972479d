import { describe, expect, it } from 'vitest';

import { compareText, compareTimes, nextSortOrder, sortItems } from './itemSort';
import { item } from './test/support';
import type { IntegrationItem } from './types';

function ids(items: readonly IntegrationItem[]) {
  return items.map((each) => each.id);
}

describe('compareText', () => {
  it('ignores case and accents', () => {
    expect(compareText('apple', 'APPLE', 'asc')).toBe(0);
    expect(compareText('resume', 'résumé', 'asc')).toBe(0);
  });

  it('reads digit runs as numbers', () => {
    expect(compareText('Item 9', 'Item 10', 'asc')).toBeLessThan(0);
    expect(compareText('Item 9', 'Item 10', 'desc')).toBeGreaterThan(0);
  });

  it('puts missing text last both ways', () => {
    expect(compareText(null, 'a', 'asc')).toBeGreaterThan(0);
    expect(compareText(null, 'a', 'desc')).toBeGreaterThan(0);
    expect(compareText('a', '', 'asc')).toBeLessThan(0);
    expect(compareText('a', '  ', 'desc')).toBeLessThan(0);
  });

  it('ties two missing texts', () => {
    expect(compareText(null, '', 'asc')).toBe(0);
    expect(compareText(null, null, 'desc')).toBe(0);
  });

  it('ties equal texts descending without -0', () => {
    expect(Object.is(compareText('same', 'same', 'desc'), 0)).toBe(true);
  });
});

describe('compareTimes', () => {
  it('orders by instant, not text', () => {
    const earlierInstant = '2026-01-10T00:00:00Z';
    const laterInstant = '2026-01-09T23:00:00-05:00';

    expect(compareTimes(earlierInstant, laterInstant, 'asc')).toBeLessThan(0);
    expect(compareTimes(earlierInstant, laterInstant, 'desc')).toBeGreaterThan(0);
  });

  it('ties the same instant in two notations', () => {
    expect(compareTimes('2026-03-01T10:15:00Z', '2026-03-01T11:15:00.000+01:00', 'asc')).toBe(0);
  });

  it('puts unparseable times after parsed ones', () => {
    expect(compareTimes('yesterday', '2026-01-01T00:00:00Z', 'asc')).toBeGreaterThan(0);
    expect(compareTimes('yesterday', '2026-01-01T00:00:00Z', 'desc')).toBeGreaterThan(0);
  });

  it('orders unparseable times as text', () => {
    expect(compareTimes('later', 'soon', 'asc')).toBeLessThan(0);
    expect(compareTimes('later', 'soon', 'desc')).toBeGreaterThan(0);
  });

  it('puts missing times last both ways', () => {
    expect(compareTimes(null, 'yesterday', 'asc')).toBeGreaterThan(0);
    expect(compareTimes(null, '2026-01-01T00:00:00Z', 'desc')).toBeGreaterThan(0);
    expect(compareTimes('2026-01-01T00:00:00Z', '', 'desc')).toBeLessThan(0);
  });
});

describe('sortItems', () => {
  const loaded = [
    item({ id: 'b', name: 'beta', last_modified_time: '2026-01-10T00:00:00Z' }),
    item({ id: 'none', name: null, last_modified_time: null }),
    item({ id: 'a1', name: 'Alpha', last_modified_time: '2026-01-09T23:00:00-05:00' }),
    item({ id: 'a2', name: 'alpha', last_modified_time: '2026-01-02T00:00:00Z' }),
  ];

  it('keeps loaded order without sort', () => {
    expect(sortItems(loaded, null)).toBe(loaded);
  });

  it('sorts names ascending, missing last', () => {
    expect(ids(sortItems(loaded, { key: 'name', direction: 'asc' }))).toEqual(['a1', 'a2', 'b', 'none']);
  });

  it('sorts names descending, missing last', () => {
    expect(ids(sortItems(loaded, { key: 'name', direction: 'desc' }))).toEqual(['b', 'a1', 'a2', 'none']);
  });

  it('sorts modified times chronologically', () => {
    expect(ids(sortItems(loaded, { key: 'modified', direction: 'asc' }))).toEqual(['a2', 'b', 'a1', 'none']);
    expect(ids(sortItems(loaded, { key: 'modified', direction: 'desc' }))).toEqual(['a1', 'b', 'a2', 'none']);
  });

  it('sorts each column by its field', () => {
    const items = [
      item({ id: '1', type: 'Deal', parent_path_or_name: 'Pipeline', creation_time: '2026-02-01T00:00:00Z' }),
      item({ id: '2', type: 'Company', parent_path_or_name: 'Accounts', creation_time: '2026-01-01T00:00:00Z' }),
    ];

    expect(ids(sortItems(items, { key: 'type', direction: 'asc' }))).toEqual(['2', '1']);
    expect(ids(sortItems(items, { key: 'parent', direction: 'asc' }))).toEqual(['2', '1']);
    expect(ids(sortItems(items, { key: 'created', direction: 'asc' }))).toEqual(['2', '1']);
  });

  it('keeps loaded order of ties', () => {
    const items = ['t1', 't2', 't3', 't4'].map((id, index) => item({ id, type: index === 2 ? 'Base' : 'Table' }));

    expect(ids(sortItems(items, { key: 'type', direction: 'asc' }))).toEqual(['t3', 't1', 't2', 't4']);
    expect(ids(sortItems(items, { key: 'type', direction: 'desc' }))).toEqual(['t1', 't2', 't4', 't3']);
  });

  it('leaves the loaded list unchanged', () => {
    const before = ids(loaded);

    sortItems(loaded, { key: 'name', direction: 'desc' });

    expect(ids(loaded)).toEqual(before);
  });
});

describe('nextSortOrder', () => {
  it('starts a new column ascending', () => {
    expect(nextSortOrder(null, 'name')).toEqual({ key: 'name', direction: 'asc' });
    expect(nextSortOrder({ key: 'type', direction: 'desc' }, 'name')).toEqual({ key: 'name', direction: 'asc' });
  });

  it('turns ascending into descending', () => {
    expect(nextSortOrder({ key: 'name', direction: 'asc' }, 'name')).toEqual({ key: 'name', direction: 'desc' });
  });

  it('returns to loaded order after descending', () => {
    expect(nextSortOrder({ key: 'name', direction: 'desc' }, 'name')).toBeNull();
  });
});
