package dev.integrations.sandbox.hubspot;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Renders CRM records and paging links in the shape of HubSpot's list responses. */
final class CrmPages {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private CrmPages() {
	}

	/** Renders a record with the given properties only, each a string or {@code null}. */
	static ObjectNode render(CrmRecord record, List<String> properties) {
		ObjectNode rendered = NODES.objectNode();
		rendered.put("id", Long.toString(record.id()));
		ObjectNode values = rendered.putObject("properties");
		properties.forEach((name) -> values.put(name, record.properties().get(name)));
		rendered.put("createdAt", HubSpotRecords.TIMESTAMP.format(record.createdAt()));
		rendered.put("updatedAt", HubSpotRecords.TIMESTAMP.format(record.updatedAt()));
		rendered.put("archived", record.isArchived());
		if (record.isArchived()) {
			rendered.put("archivedAt", HubSpotRecords.TIMESTAMP.format(record.archivedAt()));
		}
		return rendered;
	}

	/** Builds the next page's URL from the request's decoded parameters, each encoded again in full. */
	static String nextLink(HttpServletRequest request, String after) {
		UriComponentsBuilder link = UriComponentsBuilder.fromUriString(request.getRequestURL().toString());
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (!parameter.getKey().equals("after")) {
				for (String value : parameter.getValue()) {
					link.queryParam(encode(parameter.getKey()), encode(value));
				}
			}
		}
		return link.queryParam("after", encode(after)).build(true).toUriString();
	}

	private static String encode(String value) {
		return UriUtils.encode(value, StandardCharsets.UTF_8);
	}

}
