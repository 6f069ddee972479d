package dev.integrations.provider.hubspot;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Reads the date-time strings of CRM records. HubSpot sends ISO-8601 date-times such as
 * {@code 2024-02-01T14:31:48.469Z}, but date properties may hold epoch milliseconds (HubSpot's
 * OpenAPI example for the list endpoints shows {@code "1572480000000"}). Times without an offset
 * are taken as UTC.
 */
final class HubSpotTimestamps {

	private HubSpotTimestamps() {
	}

	/** Parses a timestamp, returning null for null, blank or unreadable text instead of failing. */
	static OffsetDateTime parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		try {
			return value.chars().allMatch(Character::isDigit) ? fromEpochMillis(value) : fromIso(value);
		}
		catch (DateTimeException | NumberFormatException ex) {
			return null;
		}
	}

	private static OffsetDateTime fromEpochMillis(String value) {
		return Instant.ofEpochMilli(Long.parseLong(value)).atOffset(ZoneOffset.UTC);
	}

	private static OffsetDateTime fromIso(String value) {
		if (!value.contains("T")) {
			return LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC);
		}
		TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(value, OffsetDateTime::from,
				LocalDateTime::from);
		if (parsed instanceof OffsetDateTime dateTime) {
			return dateTime;
		}
		return ((LocalDateTime) parsed).atOffset(ZoneOffset.UTC);
	}

}
