package dev.integrations.provider.notion;

import java.net.URI;
import java.util.List;

import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import dev.integrations.provider.ProviderProperties;

/**
 * Notion settings under {@code integrations.providers.notion}. Notion takes no scopes: the user picks
 * the pages to share on the consent screen.
 */
@Validated
@ConfigurationProperties("integrations.providers.notion")
public class NotionProperties extends ProviderProperties {

	/** Notion-Version header sent on every API call; 2025-09-03 and 2022-06-28 shapes are both read. */
	@Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a Notion API version date such as 2025-09-03")
	private String version = "2025-09-03";

	public NotionProperties() {
		super(URI.create("https://api.notion.com/v1/oauth/authorize"), URI.create("https://api.notion.com/v1/oauth/token"),
				URI.create("https://api.notion.com"), List.of());
	}

	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

}
