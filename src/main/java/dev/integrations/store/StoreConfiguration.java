package dev.integrations.store;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import dev.integrations.IntegrationsProperties;

/** Chooses the {@link KeyValueStore} that {@code integrations.store} names. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(StoreConfiguration.class);

	static final String REDIS_KEY_PREFIX = "integrations:";

	@Bean
	KeyValueStore keyValueStore(IntegrationsProperties properties, ObjectProvider<StringRedisTemplate> redis,
			Clock clock) {
		return switch (properties.store()) {
			case MEMORY -> inMemoryStore(clock);
			case REDIS -> redisStore(redis);
		};
	}

	@Bean
	HealthIndicator storeHealthIndicator(KeyValueStore store, IntegrationsProperties properties) {
		String type = properties.store().name().toLowerCase();
		return () -> {
			try {
				store.ping();
				return Health.up().withDetail("type", type).build();
			}
			catch (RuntimeException ex) {
				return Health.down().withDetail("type", type).withDetail("error", ex.getClass().getSimpleName())
					.build();
			}
		};
	}

	private static KeyValueStore inMemoryStore(Clock clock) {
		logger.info("Keeping OAuth state and credentials in memory; set integrations.store=redis to share them "
				+ "between instances");
		return new InMemoryKeyValueStore(clock);
	}

	private static KeyValueStore redisStore(ObjectProvider<StringRedisTemplate> redis) {
		StringRedisTemplate template = redis.getIfAvailable();
		if (template == null) {
			throw new IllegalStateException("integrations.store=redis needs a Redis connection: set "
					+ "spring.data.redis.url, for example redis://localhost:6379");
		}
		logger.info("Keeping OAuth state and credentials in Redis under the key prefix '{}'", REDIS_KEY_PREFIX);
		return new RedisKeyValueStore(template, REDIS_KEY_PREFIX);
	}

}
