package dev.integrations.provider.airtable;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import dev.integrations.provider.ProviderProperties;

/**
 * Airtable settings under {@code integrations.providers.airtable}. The default scopes are read-only:
 * listing bases and their table schemas needs {@code schema.bases:read}.
 */
@Validated
@ConfigurationProperties("integrations.providers.airtable")
public class AirtableProperties extends ProviderProperties {

	public AirtableProperties() {
		super(URI.create("https://airtable.com/oauth2/v1/authorize"), URI.create("https://airtable.com/oauth2/v1/token"),
				URI.create("https://api.airtable.com"), List.of("schema.bases:read", "data.records:read"));
	}

}
