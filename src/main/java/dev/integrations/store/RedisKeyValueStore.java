package dev.integrations.store;

import java.time.Duration;
import java.util.Optional;

import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * {@link KeyValueStore} in Redis, shared by every instance. Writes use {@code SET ... PX} (with
 * {@code NX} for {@link #putIfAbsent}) and reads use {@code GETDEL}, which needs Redis 6.2 or newer.
 */
public final class RedisKeyValueStore implements KeyValueStore {

	private final StringRedisTemplate redis;

	private final String keyPrefix;

	public RedisKeyValueStore(StringRedisTemplate redis, String keyPrefix) {
		this.redis = redis;
		this.keyPrefix = keyPrefix;
	}

	@Override
	public void put(String key, String value, Duration ttl) {
		this.redis.opsForValue().set(this.keyPrefix + key, value, ttl);
	}

	@Override
	public boolean putIfAbsent(String key, String value, Duration ttl) {
		return Boolean.TRUE.equals(this.redis.opsForValue().setIfAbsent(this.keyPrefix + key, value, ttl));
	}

	@Override
	public Optional<String> getAndDelete(String key) {
		return Optional.ofNullable(this.redis.opsForValue().getAndDelete(this.keyPrefix + key));
	}

	@Override
	public void ping() {
		this.redis.execute((connection) -> connection.ping(), true);
	}

}
