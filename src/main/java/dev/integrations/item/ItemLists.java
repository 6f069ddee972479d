package dev.integrations.item;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Final touches that every {@code /load} response gets, whichever provider filled it. */
public final class ItemLists {

	private ItemLists() {
	}

	/**
	 * Drops later items whose id repeats an earlier one, so ids are unique in the response, and fills
	 * a missing parent name from the parent item when the list contains it.
	 */
	public static List<IntegrationItem> finish(List<IntegrationItem> items) {
		Map<String, IntegrationItem> byId = withoutRepeatedIds(items);
		Map<String, String> namesById = new HashMap<>();
		byId.values().forEach((item) -> namesById.put(item.id(), item.name()));
		List<IntegrationItem> finished = new ArrayList<>(byId.size());
		for (IntegrationItem item : byId.values()) {
			finished.add(withParentName(item, namesById));
		}
		return finished;
	}

	private static Map<String, IntegrationItem> withoutRepeatedIds(List<IntegrationItem> items) {
		Map<String, IntegrationItem> byId = new LinkedHashMap<>();
		for (IntegrationItem item : items) {
			byId.putIfAbsent(item.id(), item);
		}
		return byId;
	}

	private static IntegrationItem withParentName(IntegrationItem item, Map<String, String> namesById) {
		if (item.parentPathOrName() != null || item.parentId() == null) {
			return item;
		}
		String parentName = namesById.get(item.parentId());
		return (parentName != null) ? item.withParentPathOrName(parentName) : item;
	}

}
