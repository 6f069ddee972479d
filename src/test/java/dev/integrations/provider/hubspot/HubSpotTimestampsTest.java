package dev.integrations.provider.hubspot;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class HubSpotTimestampsTest {

	@ParameterizedTest
	@CsvSource({ "2024-02-01T14:31:48.469Z, 2024-02-01T14:31:48.469Z", "2024-02-01T14:31:48Z, 2024-02-01T14:31:48Z",
			"2024-02-01T14:31:48.123456789Z, 2024-02-01T14:31:48.123456789Z",
			"2024-02-01T15:31:48+01:00, 2024-02-01T15:31:48+01:00",
			"2024-02-01T15:31:48+01:00[Europe/Paris], 2024-02-01T15:31:48+01:00",
			"2024-02-01T14:31:48, 2024-02-01T14:31:48Z", "2024-02-01, 2024-02-01T00:00:00Z",
			"1572480000000, 2019-10-31T00:00:00Z", "' 2024-02-01T14:31:48Z ', 2024-02-01T14:31:48Z" })
	void parseReadsIsoAndEpochMillis(String text, String expected) {
		OffsetDateTime parsed = HubSpotTimestamps.parse(text);

		assertThat(parsed).isEqualTo(OffsetDateTime.parse(expected));
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "  ", "yesterday", "2024-13-45T99:00:00Z", "2024-02-30", "2024-02-01T25:00",
			"99999999999999999999999", "12:00", "-1" })
	void parseReturnsNullForMalformed(String text) {
		OffsetDateTime parsed = HubSpotTimestamps.parse(text);

		assertThat(parsed).isNull();
	}

	@Test
	void parseKeepsTheOffset() {
		OffsetDateTime parsed = HubSpotTimestamps.parse("2024-02-01T15:31:48-05:30");

		assertThat(parsed.getOffset().getTotalSeconds()).isEqualTo(-(5 * 3600 + 30 * 60));
	}

}
