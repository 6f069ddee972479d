package dev.integrations.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that runs with the system clock plus an offset that tests move forward to expire tokens. */
public final class OffsetClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	public void advance(Duration amount) {
		this.offset = this.offset.plus(amount);
	}

	public void reset() {
		this.offset = Duration.ZERO;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The test clock stays in UTC");
	}

}
