package dev.integrations.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code redis-server} process on a free loopback port, started once per test JVM and stopped
 * when the JVM exits. Tests that need Redis call {@link #url()}; when the binary is missing they fail
 * with a message that names the install command, and never skip.
 */
public final class RedisServer {

	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(10);

	private static RedisServer instance;

	private final Process process;

	private final int port;

	private final Path logFile;

	private RedisServer(Process process, int port, Path logFile) {
		this.process = process;
		this.port = port;
		this.logFile = logFile;
	}

	/** Returns the {@code redis://} URL of the running server, starting it on first use. */
	public static synchronized String url() {
		if (instance == null) {
			instance = start();
			Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "redis-server-stop"));
		}
		return "redis://127.0.0.1:" + instance.port;
	}

	private static RedisServer start() {
		String binary = findBinary();
		try {
			int port = FreePorts.next();
			Path dir = Files.createTempDirectory("integrations-redis");
			Path log = dir.resolve("redis.log");
			Process process = new ProcessBuilder(binary, "--bind", "127.0.0.1", "--port", Integer.toString(port),
					"--save", "", "--appendonly", "no", "--dir", dir.toString(), "--logfile", log.toString())
				.redirectErrorStream(true)
				.redirectOutput(dir.resolve("redis.out").toFile())
				.start();
			RedisServer server = new RedisServer(process, port, log);
			server.awaitPong();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start " + binary + ": " + ex.getMessage(), ex);
		}
	}

	private static String findBinary() {
		for (String candidate : List.of("/usr/bin/redis-server", "/usr/local/bin/redis-server")) {
			if (Files.isExecutable(Path.of(candidate))) {
				return candidate;
			}
		}
		throw new IllegalStateException("redis-server is not installed, and the Redis tests need a real server: "
				+ "run 'sudo apt-get install redis-server' (Debian/Ubuntu) and run the tests again");
	}

	private void awaitPong() throws IOException {
		long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("redis-server exited with code " + this.process.exitValue()
						+ "; its log: " + readLog());
			}
			if (answersPing()) {
				return;
			}
			sleep(Duration.ofMillis(20));
		}
		stop();
		throw new IllegalStateException("redis-server did not answer PING within " + STARTUP_TIMEOUT.toSeconds()
				+ " s; its log: " + readLog());
	}

	private boolean answersPing() {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(1000);
			OutputStream out = socket.getOutputStream();
			out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			byte[] reply = in.readNBytes(5);
			return "+PONG".equals(new String(reply, StandardCharsets.US_ASCII));
		}
		catch (IOException ex) {
			return false;
		}
	}

	private String readLog() {
		try {
			return Files.exists(this.logFile) ? Files.readString(this.logFile) : "(no log written)";
		}
		catch (IOException ex) {
			return "(log unreadable: " + ex.getMessage() + ")";
		}
	}

	private void stop() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(5, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for redis-server", ex);
		}
	}

}
