import type { IntegrationItem } from './types';

/** Label of the items whose type is null, empty or blank. */
export const NO_TYPE_LABEL = '(no type)';

/** Selection of the type filter that shows the items of every type. */
export const ALL_TYPES = Symbol('all types');

/** The type filter's selection: every type, or one type, where null selects the items without a type. */
export type TypeSelection = typeof ALL_TYPES | string | null;

/** Number of loaded items of one type. A null type counts the items without a type. */
export interface TypeCount {
  type: string | null;
  count: number;
}

/** Returns the type of an item, with null for a missing, empty or blank type. */
export function typeOf(item: IntegrationItem): string | null {
  return item.type === null || item.type.trim() === '' ? null : item.type;
}

/** Counts the items of each type, listing the types in the order in which they first appear. */
export function countTypes(items: readonly IntegrationItem[]): TypeCount[] {
  const counts = new Map<string | null, number>();
  for (const item of items) {
    const type = typeOf(item);
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return Array.from(counts, ([type, count]) => ({ type, count }));
}

/** Returns the items of the selected type, or the items themselves when every type is selected. */
export function filterByType(items: readonly IntegrationItem[], selection: TypeSelection): readonly IntegrationItem[] {
  if (selection === ALL_TYPES) {
    return items;
  }
  return items.filter((item) => typeOf(item) === selection);
}

/** Returns the label that the page shows for a type. */
export function typeLabel(type: string | null): string {
  return type ?? NO_TYPE_LABEL;
}
