package dev.integrations.provider.hubspot;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import dev.integrations.provider.ProviderProperties;

/**
 * HubSpot settings under {@code integrations.providers.hubspot}. The token endpoint defaults to the
 * v3 one, because HubSpot deprecates the v1 OAuth endpoints on 2027-02-16. The scopes must equal
 * the app's required scopes, {@code oauth} included, or HubSpot shows an error page.
 */
@Validated
@ConfigurationProperties("integrations.providers.hubspot")
public class HubSpotProperties extends ProviderProperties {

	public HubSpotProperties() {
		super(URI.create("https://app.hubspot.com/oauth/authorize"), URI.create("https://api.hubapi.com/oauth/v3/token"),
				URI.create("https://api.hubapi.com"), List.of("oauth", "crm.objects.contacts.read",
						"crm.objects.companies.read", "crm.objects.deals.read"));
	}

}
