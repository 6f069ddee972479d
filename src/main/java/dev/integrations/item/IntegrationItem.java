package dev.integrations.item;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One object of a connected account (a base, table, page, contact and so on) in the uniform shape
 * that {@code /load} returns. Every field is serialized, {@code null} when unknown.
 *
 * @param id identifier, unique within one {@code /load} response
 * @param type kind of object, such as {@code Base}, {@code page} or {@code Contact}
 * @param directory whether the object contains other items
 * @param parentPathOrName name of the parent item, when known
 * @param parentId id of the parent item, in the same form as {@link #id}
 * @param name display name
 * @param creationTime when the object was created
 * @param lastModifiedTime when the object last changed
 * @param url link that opens the object in the provider's app
 * @param children ids of the items this one contains
 * @param mimeType media type of file-like objects
 * @param delta provider's change token for incremental loads
 * @param driveId id of the drive that contains the object
 * @param visibility whether the object is shown to users
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record IntegrationItem(String id, String type, boolean directory, String parentPathOrName, String parentId,
		String name, OffsetDateTime creationTime, OffsetDateTime lastModifiedTime, String url, List<String> children,
		String mimeType, String delta, String driveId, boolean visibility) {

	public IntegrationItem {
		children = (children != null) ? List.copyOf(children) : null;
	}

	/** Starts an item with the given id and type, visible and not a directory. */
	public static Builder builder(String id, String type) {
		return new Builder(id, type);
	}

	/** Returns a copy of this item with the given parent name. */
	public IntegrationItem withParentPathOrName(String parentName) {
		return new IntegrationItem(this.id, this.type, this.directory, parentName, this.parentId, this.name,
				this.creationTime, this.lastModifiedTime, this.url, this.children, this.mimeType, this.delta,
				this.driveId, this.visibility);
	}

	/** Step-by-step construction of an {@link IntegrationItem}, for mappers. */
	public static final class Builder {

		private final String id;

		private final String type;

		private boolean directory;

		private String parentPathOrName;

		private String parentId;

		private String name;

		private OffsetDateTime creationTime;

		private OffsetDateTime lastModifiedTime;

		private String url;

		private List<String> children;

		private boolean visibility = true;

		private Builder(String id, String type) {
			this.id = id;
			this.type = type;
		}

		public Builder directory(boolean directory) {
			this.directory = directory;
			return this;
		}

		public Builder parent(String parentId, String parentPathOrName) {
			this.parentId = parentId;
			this.parentPathOrName = parentPathOrName;
			return this;
		}

		public Builder name(String name) {
			this.name = name;
			return this;
		}

		public Builder creationTime(OffsetDateTime creationTime) {
			this.creationTime = creationTime;
			return this;
		}

		public Builder lastModifiedTime(OffsetDateTime lastModifiedTime) {
			this.lastModifiedTime = lastModifiedTime;
			return this;
		}

		public Builder url(String url) {
			this.url = url;
			return this;
		}

		public Builder children(List<String> children) {
			this.children = children;
			return this;
		}

		public Builder visibility(boolean visibility) {
			this.visibility = visibility;
			return this;
		}

		public IntegrationItem build() {
			return new IntegrationItem(this.id, this.type, this.directory, this.parentPathOrName, this.parentId,
					this.name, this.creationTime, this.lastModifiedTime, this.url, this.children, null, null, null,
					this.visibility);
		}

	}

}
