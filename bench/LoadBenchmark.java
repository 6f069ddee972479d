import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures a running service that has its sandbox stand-ins enabled: load latency per provider,
 * loads under concurrency, health check latency while loads run, and /authorize throughput.
 * Run it with the JDK's source launcher: java bench/LoadBenchmark.java http://localhost:PORT
 */
public class LoadBenchmark {

	private static final Pattern CONSENT_ID = Pattern.compile("name=\"consent\" value=\"([^\"]+)\"");

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	LoadBenchmark(String base) {
		this.base = base;
	}

	public static void main(String[] args) throws Exception {
		LoadBenchmark benchmark = new LoadBenchmark(args[0]);
		System.out.println("| measurement | result |");
		System.out.println("| --- | --- |");
		// The stand-ins enforce the providers' rate limits, so loads are spaced to stay within them:
		// Airtable allows 5 calls per second per base, HubSpot 110 calls per 10 s per account.
		benchmark.sequentialLoads("airtable", 5, 30, 250);
		benchmark.sequentialLoads("notion", 5, 30, 0);
		benchmark.sequentialLoads("hubspot", 5, 30, 600);
		benchmark.concurrentLoadsWithHealthChecks("hubspot", 8, 10);
		benchmark.authorizeThroughput(8, 500);
	}

	private void sequentialLoads(String provider, int warmUp, int measured, long pauseMillis) throws Exception {
		String credentials = connect(provider, "bench-" + provider);
		int items = 0;
		for (int i = 0; i < warmUp; i++) {
			items = countItems(load(provider, credentials));
			sleep(pauseMillis);
		}
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < measured; i++) {
			long start = System.nanoTime();
			load(provider, credentials);
			millis.add((System.nanoTime() - start) / 1e6);
			sleep(pauseMillis);
		}
		row(provider + " load, " + items + " items, " + measured + " sequential", summary(millis));
	}

	/** Runs loads from several clients at once, each with its own connection, as separate accounts would. */
	private void concurrentLoadsWithHealthChecks(String provider, int clients, int loadsEach) throws Exception {
		List<String> connections = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			connections.add(connect(provider, "bench-concurrent-" + c));
		}

		ConcurrentLinkedQueue<Double> loadMillis = new ConcurrentLinkedQueue<>();
		List<Double> healthMillis = Collections.synchronizedList(new ArrayList<>());
		AtomicBoolean loading = new AtomicBoolean(true);
		Thread prober = Thread.ofPlatform().start(() -> probeHealth(loading, healthMillis));

		long start = System.nanoTime();
		try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
			List<Future<?>> runs = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				String credentials = connections.get(c);
				runs.add(pool.submit(() -> {
					for (int i = 0; i < loadsEach; i++) {
						long loadStart = System.nanoTime();
						load(provider, credentials);
						loadMillis.add((System.nanoTime() - loadStart) / 1e6);
					}
					return null;
				}));
			}
			for (Future<?> run : runs) {
				run.get();
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		loading.set(false);
		prober.join();

		row(provider + " load, " + clients + " concurrent clients x " + loadsEach,
				summary(new ArrayList<>(loadMillis)) + String.format(", %.1f loads/s", clients * loadsEach / seconds));
		row("GET /healthcheck every 20 ms during those loads (" + healthMillis.size() + " calls)",
				summary(healthMillis));
	}

	private void probeHealth(AtomicBoolean loading, List<Double> healthMillis) {
		while (loading.get()) {
			long start = System.nanoTime();
			send(HttpRequest.newBuilder(URI.create(this.base + "/healthcheck")).GET());
			healthMillis.add((System.nanoTime() - start) / 1e6);
			sleep(20);
		}
	}

	private void authorizeThroughput(int clients, int calls) throws Exception {
		long start = System.nanoTime();
		try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
			List<Future<?>> runs = new ArrayList<>();
			for (int i = 0; i < calls; i++) {
				int n = i;
				runs.add(pool.submit(() -> postForm("/integrations/airtable/authorize",
						Map.of("user_id", "bench-" + n, "org_id", "bench"))));
			}
			for (Future<?> run : runs) {
				run.get();
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		row("POST /authorize, " + calls + " calls from " + clients + " clients",
				String.format("%.0f requests/s", calls / seconds));
	}

	private String connect(String provider, String userId) {
		Map<String, String> user = Map.of("user_id", userId, "org_id", "bench");
		String url = postForm("/integrations/" + provider + "/authorize", user).body().replace("\"", "");
		HttpResponse<String> consent = send(HttpRequest.newBuilder(URI.create(url)).GET());
		Matcher id = CONSENT_ID.matcher(consent.body());
		if (!id.find()) {
			throw new IllegalStateException("No consent form at " + url + "; is integrations.sandbox.enabled=true?");
		}
		HttpResponse<String> redirect = postAbsolute(url.split("\\?")[0],
				Map.of("consent", id.group(1), "decision", "allow"));
		send(HttpRequest.newBuilder(URI.create(redirect.headers().firstValue("Location").orElseThrow())).GET());
		return postForm("/integrations/" + provider + "/credentials", user).body();
	}

	private String load(String provider, String credentials) {
		HttpResponse<String> response = postForm("/integrations/" + provider + "/load",
				Map.of("credentials", credentials));
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Load of " + provider + " returned HTTP " + response.statusCode());
		}
		return response.body();
	}

	private static int countItems(String json) {
		return json.split("\"visibility\"", -1).length - 1;
	}

	private HttpResponse<String> postForm(String path, Map<String, String> fields) {
		return postAbsolute(this.base + path, fields);
	}

	private static HttpResponse<String> postAbsolute(String url, Map<String, String> fields) {
		StringJoiner body = new StringJoiner("&");
		fields.forEach((name, value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
				+ URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String summary(List<Double> millis) {
		List<Double> sorted = new ArrayList<>(millis);
		Collections.sort(sorted);
		return String.format("p50 %.1f ms, p95 %.1f ms, max %.1f ms", percentile(sorted, 50), percentile(sorted, 95),
				sorted.getLast());
	}

	private static double percentile(List<Double> sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index));
	}

	private static void row(String measurement, String result) {
		System.out.println("| " + measurement + " | " + result + " |");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
