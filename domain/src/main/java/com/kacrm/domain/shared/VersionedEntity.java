package com.kacrm.domain.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * Identity and optimistic-lock version of every record users edit. The version travels in
 * edit forms; a save based on an older version is refused, so concurrent edits never
 * silently overwrite each other.
 */
@MappedSuperclass
public abstract class VersionedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

}
