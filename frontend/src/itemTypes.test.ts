import { describe, expect, it } from 'vitest';

import { ALL_TYPES, countTypes, filterByType, typeLabel } from './itemTypes';
import { item } from './test/support';

const loaded = [
  item({ id: 'c1', type: 'Contact' }),
  item({ id: 'co1', type: 'Company' }),
  item({ id: 'c2', type: 'Contact' }),
  item({ id: 'x1', type: null }),
  item({ id: 'd1', type: 'Deal' }),
  item({ id: 'x2', type: ' ' }),
];

describe('countTypes', () => {
  it('counts types in order of appearance', () => {
    expect(countTypes(loaded)).toEqual([
      { type: 'Contact', count: 2 },
      { type: 'Company', count: 1 },
      { type: null, count: 2 },
      { type: 'Deal', count: 1 },
    ]);
  });

  it('returns nothing for no items', () => {
    expect(countTypes([])).toEqual([]);
  });
});

describe('filterByType', () => {
  it('keeps only the selected type', () => {
    expect(filterByType(loaded, 'Contact').map((each) => each.id)).toEqual(['c1', 'c2']);
  });

  it('selects untyped items with null', () => {
    expect(filterByType(loaded, null).map((each) => each.id)).toEqual(['x1', 'x2']);
  });

  it('returns every item for all types', () => {
    expect(filterByType(loaded, ALL_TYPES)).toBe(loaded);
  });
});

describe('typeLabel', () => {
  it('names the missing type', () => {
    expect(typeLabel(null)).toBe('(no type)');
    expect(typeLabel('Deal')).toBe('Deal');
  });
});
