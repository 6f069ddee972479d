package dev.integrations.provider.hubspot;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;

import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.integrations.provider.ProviderApi;
import dev.integrations.provider.ProviderRegistration;
import dev.integrations.provider.ProviderTestSupport;
import dev.integrations.support.NoDelayMockWebServer;

import static org.assertj.core.api.Assertions.assertThat;

class HubSpotCrmClientTest {

	private final MockWebServer server = NoDelayMockWebServer.create();

	private final FakeHubSpotCrm crm = new FakeHubSpotCrm();

	private ProviderApi api;

	@BeforeEach
	void startServer() throws IOException {
		this.server.setDispatcher(this.crm);
		this.server.start(InetAddress.getLoopbackAddress(), 0);
		ProviderRegistration registration = ProviderTestSupport.registration(HubSpotIntegration.DESCRIPTOR,
				this.server.url("/").uri());
		this.api = ProviderTestSupport.providerHttp(1).api(registration, "token");
	}

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void listingWaitsForThePacer() {
		servePages("contacts", 3);
		HubSpotCrmClient client = new HubSpotCrmClient(this.api, new HubSpotCallPacer(2, Duration.ofMillis(400)),
				"HubSpot");
		long start = System.nanoTime();

		List<HubSpotObject> objects = client.listObjects(HubSpotObjectType.CONTACTS);

		assertThat(objects).hasSize(3);
		assertThat((System.nanoTime() - start) / 1_000_000).as("the third page waits for the 400 ms window")
			.isGreaterThanOrEqualTo(400);
	}

	@Test
	void listingKeepsPageOrder() {
		servePages("deals", 4);
		HubSpotCrmClient client = new HubSpotCrmClient(this.api, new HubSpotCallPacer(100, Duration.ofSeconds(10)),
				"HubSpot");

		List<HubSpotObject> objects = client.listObjects(HubSpotObjectType.DEALS);

		assertThat(objects).extracting(HubSpotObject::id).containsExactly("0", "1", "2", "3");
		assertThat(this.crm.requests("deals")).extracting((request) -> request.getUrl().queryParameter("after"))
			.containsExactly(null, "page-1", "page-2", "page-3");
	}

	/** Serves {@code count} pages of one record each, the record id being the page number. */
	private void servePages(String objectType, int count) {
		for (int page = 0; page < count; page++) {
			String body = "{\"results\": [{\"id\": \"" + page + "\", \"properties\": {}, \"archived\": false}]}";
			String after = (page == 0) ? null : "page-" + page;
			this.crm.page(objectType, after, (page + 1 < count) ? FakeHubSpotCrm.withCursor(body, "page-" + (page + 1))
					: body);
		}
	}

}
