package dev.integrations.provider;

import java.util.List;

import dev.integrations.item.IntegrationItem;

/**
 * A provider as the rest of the service uses it: its OAuth descriptor, its configured settings
 * and the loader for its items. Each provider package contributes one bean of this type.
 */
public interface Integration {

	ProviderDescriptor descriptor();

	ProviderProperties properties();

	/**
	 * Loads every item the connected account holds, following every page of every list.
	 * @param registration the registration in use (possibly a stand-in's)
	 * @param credentials the credentials that {@code /credentials} handed out
	 * @throws ProviderException when the provider fails or rejects the access token
	 */
	List<IntegrationItem> loadItems(ProviderRegistration registration, Credentials credentials);

}
