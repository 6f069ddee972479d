package dev.integrations.store;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.integrations.support.ApiClient;
import dev.integrations.support.FreePorts;
import dev.integrations.support.RedisServer;
import dev.integrations.support.SandboxConsent;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole connect flow with {@code integrations.store=redis} against a real redis-server: state
 * and credentials live in Redis with their TTLs and are gone once used.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class RedisStoreFlowTest {

	private static final int PORT = FreePorts.next();

	private final ApiClient api = ApiClient.onPort(PORT);

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	KeyValueStore store;

	@DynamicPropertySource
	static void redisStore(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("integrations.public-base-url", () -> "http://localhost:" + PORT);
		registry.add("integrations.sandbox.enabled", () -> "true");
		registry.add("integrations.store", () -> "redis");
		registry.add("spring.data.redis.url", RedisServer::url);
	}

	@Test
	void redisStoreIsChosen() {
		assertThat(this.store).isInstanceOf(RedisKeyValueStore.class);
	}

	@Test
	void flowKeepsStateAndCredentialsInRedis() {
		String authorizationUrl = authorize("U-redis");
		String state = ApiClient.queryOf(authorizationUrl).get("state");
		Long stateTtl = this.redis.getExpire("integrations:state:" + state);

		URI callback = SandboxConsent.decide(this.api, authorizationUrl, "allow");
		HttpResponse<String> page = this.api.get(callback.toString());
		Set<String> connectionKeys = this.redis.keys("integrations:connection:notion:*U-redis");
		HttpResponse<String> first = credentials("U-redis");
		HttpResponse<String> second = credentials("U-redis");

		assertThat(stateTtl).isBetween(1L, 600L);
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		assertThat(this.redis.hasKey("integrations:state:" + state)).isFalse();
		assertThat(connectionKeys).containsExactly("integrations:connection:notion:O-redis:U-redis");
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(first).get("access_token").stringValue()).startsWith("sbx-notion-at-");
		assertThat(second.statusCode()).isEqualTo(404);
		assertThat(this.redis.keys("integrations:connection:notion:*U-redis")).isEmpty();
	}

	@Test
	void connectionKeyHasCredentialsTtl() {
		String authorizationUrl = authorize("U-ttl");
		this.api.get(SandboxConsent.decide(this.api, authorizationUrl, "allow").toString());

		Long ttl = this.redis.getExpire("integrations:connection:notion:O-redis:U-ttl");

		assertThat(ttl).isBetween(1L, 600L);
	}

	@Test
	void healthReportsRedisStore() {
		HttpResponse<String> health = this.api.get("/actuator/health");

		JsonNode store = ApiClient.json(health).get("components").get("store");
		assertThat(store.get("status").stringValue()).isEqualTo("UP");
		assertThat(store.get("details").get("type").stringValue()).isEqualTo("redis");
	}

	private String authorize(String userId) {
		HttpResponse<String> response = this.api.postForm("/integrations/notion/authorize",
				Map.of("user_id", userId, "org_id", "O-redis"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return ApiClient.json(response).stringValue();
	}

	private HttpResponse<String> credentials(String userId) {
		return this.api.postForm("/integrations/notion/credentials", Map.of("user_id", userId, "org_id", "O-redis"));
	}

}
