package dev.integrations.store;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import dev.integrations.support.RedisServer;

import static org.assertj.core.api.Assertions.assertThat;

/** The store contract against a real redis-server process. */
class RedisKeyValueStoreTest extends KeyValueStoreContract {

	private static LettuceConnectionFactory connections;

	private static StringRedisTemplate redis;

	private static RedisKeyValueStore store;

	@BeforeAll
	static void connect() {
		URI url = URI.create(RedisServer.url());
		connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration(url.getHost(), url.getPort()));
		connections.afterPropertiesSet();
		connections.start();
		redis = new StringRedisTemplate(connections);
		store = new RedisKeyValueStore(redis, "integrations-test:");
	}

	@AfterAll
	static void disconnect() {
		connections.destroy();
	}

	@Override
	KeyValueStore store() {
		return store;
	}

	@Override
	void elapse(Duration duration) throws InterruptedException {
		Thread.sleep(duration);
	}

	@Test
	void putWritesValueAndTtlTogether() {
		String key = uniqueKey();

		store.put(key, "value", Duration.ofSeconds(30));

		Long ttlMillis = redis.getExpire("integrations-test:" + key, TimeUnit.MILLISECONDS);
		assertThat(ttlMillis).isBetween(1L, 30_000L);
	}

	@Test
	void putIfAbsentWritesTtlToo() {
		String key = uniqueKey();

		store.putIfAbsent(key, "value", Duration.ofSeconds(30));

		Long ttlMillis = redis.getExpire("integrations-test:" + key, TimeUnit.MILLISECONDS);
		assertThat(ttlMillis).isBetween(1L, 30_000L);
	}

	@Test
	void keysCarryThePrefix() {
		String key = uniqueKey();

		store.put(key, "value", Duration.ofSeconds(30));

		assertThat(redis.hasKey("integrations-test:" + key)).isTrue();
		assertThat(redis.hasKey(key)).isFalse();
	}

}
