import type { IntegrationItem } from './types';

/** A column of the items table that can be sorted. */
export type SortKey = 'name' | 'type' | 'parent' | 'created' | 'modified';

export type SortDirection = 'asc' | 'desc';

/** The active sort of the items table: one column and its direction. */
export interface SortOrder {
  key: SortKey;
  direction: SortDirection;
}

type ValueComparator = (left: string | null, right: string | null, direction: SortDirection) => number;

interface SortField {
  value: (item: IntegrationItem) => string | null;
  compare: ValueComparator;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Compares two texts in the browser's default locale, ignoring case and accents and reading digit runs as
 * numbers, so `Item 9` comes before `Item 10`. Null, empty and blank texts come last in both
 * directions.
 */
export function compareText(left: string | null, right: string | null, direction: SortDirection): number {
  const leftText = presentText(left);
  const rightText = presentText(right);
  if (leftText === null || rightText === null) {
    return compareMissingLast(leftText, rightText);
  }
  return directed(collator.compare(leftText, rightText), direction);
}

/**
 * Compares two times by their parsed value, so offsets and fractions do not distort the order.
 * Times that `Date.parse` rejects come after all parsed times and are compared as text, and null,
 * empty and blank times come last. Both rules hold in both directions.
 */
export function compareTimes(left: string | null, right: string | null, direction: SortDirection): number {
  const leftText = presentText(left);
  const rightText = presentText(right);
  if (leftText === null || rightText === null) {
    return compareMissingLast(leftText, rightText);
  }
  const leftTime = Date.parse(leftText);
  const rightTime = Date.parse(rightText);
  if (Number.isNaN(leftTime) || Number.isNaN(rightTime)) {
    const unparsedLast = Number(Number.isNaN(leftTime)) - Number(Number.isNaN(rightTime));
    return unparsedLast !== 0 ? unparsedLast : directed(collator.compare(leftText, rightText), direction);
  }
  return directed(Math.sign(leftTime - rightTime), direction);
}

const SORT_FIELDS: Record<SortKey, SortField> = {
  name: { value: (item) => item.name, compare: compareText },
  type: { value: (item) => item.type, compare: compareText },
  parent: { value: (item) => item.parent_path_or_name, compare: compareText },
  created: { value: (item) => item.creation_time, compare: compareTimes },
  modified: { value: (item) => item.last_modified_time, compare: compareTimes },
};

/**
 * Returns the items in the given order, or the items themselves when the order is null. Items with
 * equal values keep their loaded order, because `Array.prototype.sort` is stable since ES2019.
 */
export function sortItems(items: readonly IntegrationItem[], order: SortOrder | null): readonly IntegrationItem[] {
  if (order === null) {
    return items;
  }
  const field = SORT_FIELDS[order.key];
  return [...items].sort((left, right) => field.compare(field.value(left), field.value(right), order.direction));
}

/**
 * Returns the order after a click on a column header. A new column sorts ascending, a second click
 * sorts descending, and a third returns to the loaded order.
 */
export function nextSortOrder(current: SortOrder | null, key: SortKey): SortOrder | null {
  if (current === null || current.key !== key) {
    return { key, direction: 'asc' };
  }
  return current.direction === 'asc' ? { key, direction: 'desc' } : null;
}

function presentText(value: string | null): string | null {
  return value === null || value.trim() === '' ? null : value;
}

function compareMissingLast(left: string | null, right: string | null): number {
  return Number(left === null) - Number(right === null);
}

/** Flips an ascending result for the descending direction, returning 0 rather than -0 for ties. */
function directed(ascending: number, direction: SortDirection): number {
  if (ascending === 0 || direction === 'asc') {
    return ascending;
  }
  return -ascending;
}
